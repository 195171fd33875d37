import { z } from "zod";
import { isCleanLine, isCleanText } from "../../../domain/text";

/** Message keys of feedback validation problems (texts live in the catalogues). */
export type FeedbackProblem =
  | "messageRequired"
  | "messageTooLong"
  | "emailInvalid"
  | "pageTooLong"
  | "invalidCharacters";

export const MAX_MESSAGE = 5000;
export const MAX_PAGE = 500;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A report of a barrier, as the accessibility statement's form submits it. */
export const FeedbackInput = z.object({
  message: z
    .string({ error: "messageRequired" satisfies FeedbackProblem })
    .trim()
    .min(1, { error: "messageRequired" satisfies FeedbackProblem })
    .max(MAX_MESSAGE, { error: "messageTooLong" satisfies FeedbackProblem })
    .refine(isCleanText, { error: "invalidCharacters" satisfies FeedbackProblem }),
  email: z.preprocess(
    blankToUndefined,
    z
      .email({ error: "emailInvalid" satisfies FeedbackProblem })
      .max(254, { error: "emailInvalid" satisfies FeedbackProblem })
      .optional(),
  ),
  page: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(MAX_PAGE, { error: "pageTooLong" satisfies FeedbackProblem })
      .refine(isCleanLine, { error: "invalidCharacters" satisfies FeedbackProblem })
      .optional(),
  ),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

export type FeedbackParse =
  | { ok: true; value: FeedbackInput }
  | { ok: false; problems: { field: "message" | "email" | "page"; problem: FeedbackProblem }[] };

/** Validates a submitted form; every field gets at most one problem, in form order. */
export function parseFeedback(form: Record<string, unknown>): FeedbackParse {
  const result = FeedbackInput.safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const problems: { field: "message" | "email" | "page"; problem: FeedbackProblem }[] = [];
  for (const field of ["message", "email", "page"] as const) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, problem: issue.message as FeedbackProblem });
  }
  return { ok: false, problems };
}
