import type { ExtendedItem } from "../../domain";
import type { ExtractProblem, MaritalStatus } from "../extract-form";

/** Texts of the register data asked when approving an extended Meldebescheinigung, German. */
export const extractDe = {
  title: "Daten aus dem Melderegister",
  intro:
    "Beantragt ist eine erweiterte Meldebescheinigung mit den folgenden weiteren Angaben. Tragen Sie die Daten so ein, wie sie im Melderegister stehen. Sie werden verschlüsselt gespeichert und nur auf die Bescheinigung gedruckt.",
  labels: {
    "place-of-birth": "Geburtsort",
    nationalities: "Staatsangehörigkeiten",
    "marital-status": "Familienstand",
    "move-in-date": "Tag des Einzugs in die Hauptwohnung",
    "previous-addresses": "Frühere Anschriften",
  } satisfies Record<ExtendedItem, string>,
  hints: {
    "place-of-birth": "Zum Beispiel Gießen",
    nationalities: "Mehrere durch Komma getrennt, zum Beispiel: deutsch, italienisch",
    "marital-status": "",
    "move-in-date": "Zum Beispiel 01.04.2019",
    "previous-addresses":
      "Jede Anschrift in eine eigene Zeile, zum Beispiel: Heideweg 12, 35039 Marburg. Ein Zusatz steht zwischen Hausnummer und Postleitzahl: Heideweg 12, Hinterhaus, 35039 Marburg",
  } satisfies Record<ExtendedItem, string>,
  maritalStatuses: {
    single: "ledig",
    married: "verheiratet",
    widowed: "verwitwet",
    divorced: "geschieden",
    "marriage-annulled": "Ehe aufgehoben",
    "civil-partnership": "in eingetragener Lebenspartnerschaft",
    "partnership-ended-by-death": "durch Tod aufgelöste Lebenspartnerschaft",
    "partnership-annulled": "aufgehobene Lebenspartnerschaft",
    "partnership-ended-by-declaration-of-death": "durch Todeserklärung aufgelöste Lebenspartnerschaft",
  } satisfies Record<MaritalStatus, string>,
  /** the history's text of an approval that carried register data (never the data) */
  recorded: "Daten aus dem Melderegister für die erweiterte Meldebescheinigung erfasst",
  inLine: (line: number, message: string) => `Zeile ${line}: ${message}`,
  problems: {
    placeOfBirthRequired: "Tragen Sie den Geburtsort ein",
    placeOfBirthTooLong: "Der Geburtsort darf höchstens 100 Zeichen haben",
    nationalitiesRequired: "Tragen Sie mindestens eine Staatsangehörigkeit ein",
    nationalityTooLong: "Eine Staatsangehörigkeit darf höchstens 60 Zeichen haben",
    nationalitiesTooMany: "Es passen höchstens 10 Staatsangehörigkeiten auf die Bescheinigung",
    maritalStatusRequired: "Wählen Sie den Familienstand aus",
    moveInDateRequired: "Tragen Sie den Tag des Einzugs ein",
    moveInDateInvalid: "Geben Sie den Tag des Einzugs als Datum an, zum Beispiel 01.04.2019",
    moveInDateInFuture: "Der Tag des Einzugs darf nicht in der Zukunft liegen",
    previousAddressesRequired: "Tragen Sie mindestens eine frühere Anschrift ein",
    previousAddressInvalid:
      "Schreiben Sie die Anschrift mit Straße, Hausnummer, Postleitzahl (5 Ziffern) und Ort, zum Beispiel: Heideweg 12, 35039 Marburg",
    previousAddressesTooMany: "Es passen höchstens 10 frühere Anschriften auf die Bescheinigung",
    invalidCharacters:
      "Der Text enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Tippen Sie ihn bitte neu ein",
  } satisfies Record<ExtractProblem, string>,
};
export type ExtractMessages = typeof extractDe;
