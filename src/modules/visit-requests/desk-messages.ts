import type { Locale } from "../../domain/locale";
import { type DeskMessages, deskDe } from "./messages/desk-de";
import { deskEn } from "./messages/desk-en";
import { type VisitMailMessages, visitMailDe } from "./messages/visit-mail-de";
import { visitMailEn } from "./messages/visit-mail-en";

export type { DeskMessages } from "./messages/desk-de";
export type { CallBack, VisitMailMessages, VisitPlace } from "./messages/visit-mail-de";

/** Texts of the back-office pages for visit requests. */
export const DESK_MESSAGES: Record<Locale, DeskMessages> = { de: deskDe, en: deskEn };

/** The mails a resident gets about their request once staff handle it, in the request's language. */
export const VISIT_MAIL_MESSAGES: Record<Locale, VisitMailMessages> = { de: visitMailDe, en: visitMailEn };
