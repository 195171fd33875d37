import { z } from "zod";
import { LocalizedText } from "../../../../domain/locale";
import { Slug } from "../../../../domain/text";
import { PageId, QuestionId } from "./base";
import { Condition } from "./condition";
import { Question } from "./question";

/**
 * A form as data: the service it belongs to, its version, its pages. Answers are plain JSON
 * keyed by question id; a repeating group's answer is a list of item answers keyed by the
 * group page's id.
 */

const pageBase = {
  id: PageId,
  /** the page's heading; a page of one question may leave it out and use the label */
  title: LocalizedText.optional(),
  hint: LocalizedText.optional(),
  /** the page is shown only when this holds for the answers of the pages before it */
  when: Condition.optional(),
};

/** A question page: normally one question, that is one decision; a few closely related ones allowed. */
export const QuestionPage = z.strictObject({
  ...pageBase,
  kind: z.literal("questions"),
  questions: z.array(Question).min(1, "at least one question").max(10),
});
export type QuestionPage = z.infer<typeof QuestionPage>;

/**
 * "Add another": the same questions asked once per item (a person involved), with a list
 * page to add, change and remove items. Its id is also the key of its answer, so it is a word
 * a question id could be (`persons`).
 */
export const GroupPage = z.strictObject({
  ...pageBase,
  id: PageId.pipe(QuestionId),
  kind: z.literal("group"),
  title: LocalizedText,
  /** what one item is called: "Person", so the list says "Person 1", "Person 2" */
  itemName: LocalizedText,
  /** an item question whose answer names the item in the list (the person's name) */
  itemTitleFrom: QuestionId.optional(),
  minItems: z.number().int().min(0).default(1),
  maxItems: z.number().int().min(1).max(50),
  questions: z.array(Question).min(1, "at least one question").max(10),
});
export type GroupPage = z.infer<typeof GroupPage>;

export const Page = z.discriminatedUnion("kind", [QuestionPage, GroupPage]);
export type Page = z.infer<typeof Page>;

export const FormDefinition = z.strictObject({
  /** the catalogue key of the service (`meldebescheinigung`) */
  serviceKey: Slug,
  /** raised whenever anything changes once a case uses the version; a case keeps its version */
  version: z.number().int().min(1),
  title: LocalizedText,
  pages: z.array(Page).min(1, "at least one page").max(100),
  /**
   * What the law requires in person after the form is filed (an identity check, a signature,
   * the eID an online Anmeldung would need): the case page says so and offers to book the
   * visit. Absent: the case can be finished without a visit.
   */
  inPerson: z.strictObject({ reason: LocalizedText }).optional(),
});
export type FormDefinition = z.infer<typeof FormDefinition>;
/** A form as written in a definition file (defaults not yet applied). */
export type FormDefinitionInput = z.input<typeof FormDefinition>;
