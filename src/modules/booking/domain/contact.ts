import { z } from "zod";
import { isCleanLine, isCleanText } from "../../../domain/text";

/** Message keys of contact problems (texts live in the booking catalogue). */
export type ContactProblem =
  | "nameRequired"
  | "emailInvalid"
  | "phoneInvalid"
  | "tooLong"
  | "invalidCharacters";
export type ContactField = "name" | "email" | "phone" | "needOther";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** What a resident tells us to book: the least the appointment needs. */
export const ContactInput = z.object({
  name: z
    .string({ error: "nameRequired" })
    .trim()
    .min(2, { error: "nameRequired" })
    .max(200, { error: "tooLong" })
    .refine(isCleanLine, { error: "invalidCharacters" }),
  email: z
    .string({ error: "emailInvalid" })
    .trim()
    .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "tooLong" })),
  phone: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(50, { error: "tooLong" })
      .regex(/^\+?[0-9 ()/-]{4,}$/, { error: "phoneInvalid" })
      .optional(),
  ),
  needWheelchair: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
  needSignLanguage: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
  needOther: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(300, { error: "tooLong" })
      .refine(isCleanText, { error: "invalidCharacters" })
      .optional(),
  ),
});
export type ContactInput = z.infer<typeof ContactInput>;

export type ContactParse =
  | { ok: true; value: ContactInput }
  | { ok: false; problems: { field: ContactField; problem: ContactProblem }[] };

/** Validates the contact form; one problem per field, in form order. */
export function parseContact(form: Record<string, unknown>): ContactParse {
  const result = ContactInput.safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const problems: { field: ContactField; problem: ContactProblem }[] = [];
  for (const field of ["name", "email", "phone", "needOther"] as const) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, problem: issue.message as ContactProblem });
  }
  return { ok: false, problems };
}
