import type { Locale } from "../../../domain/locale";
import { type DeskMessages, deskDe } from "./messages/desk-de";
import { deskEn } from "./messages/desk-en";

export type { DeskMessages } from "./messages/desk-de";

/** Texts of the back office's case processing. */
export const DESK_MESSAGES: Record<Locale, DeskMessages> = { de: deskDe, en: deskEn };
