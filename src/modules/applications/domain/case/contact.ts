import { z } from "zod";

/*
 * How the office reaches the resident about a case: the e-mail address its status mails and the
 * resume link go to, and a telephone number for questions (optional). Asked once per form, after
 * the form's own questions; never part of a form definition.
 */

export type CaseContactField = "email" | "phone";
export type CaseContactProblem = "emailInvalid" | "phoneInvalid" | "tooLong";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const CaseContact = z.strictObject({
  email: z
    .string({ error: "emailInvalid" })
    .trim()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "emailInvalid" })),
  phone: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(50, { error: "tooLong" })
      .regex(/^\+?[0-9 ()/-]{4,}$/, { error: "phoneInvalid" })
      .optional(),
  ),
});
export type CaseContact = z.infer<typeof CaseContact>;

export type CaseContactParse =
  | { ok: true; value: CaseContact }
  | { ok: false; problems: { field: CaseContactField; problem: CaseContactProblem }[] };

/** Reads the contact page; one problem per field, in the page's order. */
export function parseCaseContact(body: { email?: unknown; phone?: unknown }): CaseContactParse {
  const result = CaseContact.safeParse({ email: body.email ?? "", phone: body.phone });
  if (result.success) return { ok: true, value: result.data };
  const problems: { field: CaseContactField; problem: CaseContactProblem }[] = [];
  for (const field of ["email", "phone"] as const) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (!issue) continue;
    const problem =
      issue.message === "tooLong" || issue.message === "phoneInvalid" ? issue.message : "emailInvalid";
    problems.push({
      field,
      problem: field === "phone" && problem === "emailInvalid" ? "phoneInvalid" : problem,
    });
  }
  return { ok: false, problems };
}
