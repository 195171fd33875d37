import type { Locale } from "../../../domain/locale";
import { type FormMessages, formDe } from "./form-de";
import { formEn } from "./form-en";

export type { FormMessages } from "./form-de";

/** Texts of the residents' application pages. */
export const FORM_MESSAGES: Record<Locale, FormMessages> = { de: formDe, en: formEn };
