import { defineForm, type FormDefinition } from "../domain";
import { anmeldungWohnsitz } from "./anmeldung-wohnsitz";

type Page = FormDefinition["pages"][number];

/** Pages of the Anmeldung that only a move into the town asks. */
const INTO_TOWN_ONLY = new Set(["move-kind", "from-abroad", "previous-country"]);

/** The previous address of a move within the town: always asked, and in the town. */
function withinTown(page: Page): Page {
  if (page.id !== "previous-address" || page.kind !== "questions") return page;
  const { when: _intoTownCondition, ...always } = page;
  return {
    ...always,
    questions: page.questions.map((q) => ({
      ...q,
      label: { de: "Ihre bisherige Anschrift in der Stadt", en: "Your previous address in the town" },
      hint: {
        de: "Die Wohnung in der Stadt, unter der Sie bisher gemeldet waren.",
        en: "The home in the town where you were registered until now.",
      },
    })),
  };
}

/**
 * Ummeldung: a move within the town (§ 17 Abs. 1 BMG; legally an Anmeldung of the new home,
 * which is why the catalogue's service `ummeldung-wohnsitz` offers the Anmeldung's questions
 * under its own key). The same people, new home, move-in date, residence and landlord pages,
 * without the question where the move comes from: the previous address is always asked, and
 * is the one in the town. Like the Anmeldung it needs a visit for the identity check.
 */
export const ummeldungWohnsitz = defineForm({
  ...anmeldungWohnsitz,
  serviceKey: "ummeldung-wohnsitz",
  version: 1,
  title: { de: "Umzug innerhalb der Stadt melden", en: "Report a move within the town" },
  pages: anmeldungWohnsitz.pages.filter((p) => !INTO_TOWN_ONLY.has(p.id)).map(withinTown),
});
