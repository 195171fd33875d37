import type { VerifyMessages } from "./verify-de";

/** Texts of the public verification page (`/en/pruefen`), English. */
export const verifyEn: VerifyMessages = {
  title: "Check that a document is genuine",
  titleWithResult: "Result of the check",
  lead: "Registration certificates and fee notices of the city carry a verification code at the bottom of every page. With it you can check whether the city issued the document and whether it is still valid.",
  privacy:
    "The check shows only the kind of document and the day it was issued, never its content. Compare both with the document in front of you.",
  codeLabel: "Verification code",
  codeHint:
    "13 characters, for example 7KQ2-M9XD-4HTF-8. Capital or small letters and the hyphens make no difference.",
  submit: "Check",
  errorSummaryTitle: "Please check what you entered",
  problems: {
    empty: "Enter the verification code from the bottom of the document.",
    format:
      "Enter the verification code as it appears on the document: 13 letters and digits, for example 7KQ2-M9XD-4HTF-8.",
    check:
      "A character of the code is wrong or two are swapped. Compare it with the document character by character.",
  },
  valid: {
    title: (kind: string, date: string) => `Genuine: ${kind}, issued on ${date}`,
    text: "The city issued the document with this verification code, and it has not been revoked.",
  },
  revoked: {
    title: "This document has been revoked",
    text: (kind: string, date: string) =>
      `The city has revoked the document with this verification code (${kind}, issued on ${date}). It is no longer valid.`,
  },
  unknown: {
    title: "No document found",
    text: "There is no document with this code. Check what you entered.",
  },
  checkedCode: (code: string) => `Code checked: ${code}`,
  doubtTitle: "In doubt?",
  doubtText:
    "If the result does not match the document, or you want its content confirmed, contact the Stadtbüro and give them the verification code.",
  locationsLink: "Places and opening hours",
  another: "Check another document",
};
