import type { Locale } from "../../../domain/locale";
import { type CaseMessages, caseDe } from "./case-de";
import { caseEn } from "./case-en";
import { type FormMessages, formDe } from "./form-de";
import { formEn } from "./form-en";

export type { CaseMessages } from "./case-de";
export type { FormMessages } from "./form-de";

/** Texts of the residents' application pages. */
export const FORM_MESSAGES: Record<Locale, FormMessages> = { de: formDe, en: formEn };

/** Texts of the resident's case page. */
export const CASE_MESSAGES: Record<Locale, CaseMessages> = { de: caseDe, en: caseEn };
