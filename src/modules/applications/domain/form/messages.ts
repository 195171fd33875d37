import type { Locale, LocalizedText } from "../../../../domain/locale";

/**
 * The engine's own texts: error messages per kind of question and code (GOV.UK style: say
 * what is wrong and how to put it right), and the words of "check your answers". A question
 * may replace any of its messages with its own `errors`; placeholders such as `{max}` work
 * there too.
 */
const t = (de: string, en: string): LocalizedText => ({ de, en });

const INVALID_CHARACTERS = t(
  "Die Angabe enthält unsichtbare Steuerzeichen, die nicht erlaubt sind. Tippen Sie den Text bitte neu ein.",
  "This contains invisible control characters that are not allowed. Please type the text again.",
);
const TOO_LONG = t(
  "Die Angabe darf höchstens {max} Zeichen lang sein. Kürzen Sie sie bitte.",
  "This must be {max} characters or fewer. Please shorten it.",
);

export const ERROR_MESSAGES = {
  common: {
    invalid: t("Prüfen Sie diese Angabe.", "Check this answer."),
    tooLong: TOO_LONG,
    invalidCharacters: INVALID_CHARACTERS,
  },
  text: {
    required: t("Geben Sie eine Antwort ein.", "Enter an answer."),
    pattern: t("Die Antwort hat nicht die erwartete Form.", "The answer is not in the expected form."),
  },
  number: {
    required: t("Geben Sie eine Zahl ein.", "Enter a number."),
    notANumber: t(
      "Geben Sie eine Zahl in Ziffern ein, zum Beispiel 12.",
      "Enter a number in digits, for example 12.",
    ),
    notAnInteger: t(
      "Geben Sie eine ganze Zahl ohne Komma ein, zum Beispiel 3.",
      "Enter a whole number without a decimal point, for example 3.",
    ),
    tooSmall: t("Die Zahl muss {min} oder größer sein.", "The number must be {min} or more."),
    tooLarge: t("Die Zahl darf höchstens {max} sein.", "The number must be {max} or less."),
  },
  date: {
    required: t("Geben Sie ein Datum ein.", "Enter a date."),
    dayMissing: t("Das Datum muss einen Tag enthalten.", "The date must include a day."),
    monthMissing: t("Das Datum muss einen Monat enthalten.", "The date must include a month."),
    yearMissing: t("Das Datum muss ein Jahr enthalten.", "The date must include a year."),
    notARealDate: t(
      "Das Datum muss ein echtes Datum sein. Geben Sie Tag, Monat und Jahr in Ziffern ein, zum Beispiel 27 3 2026.",
      "The date must be a real date. Enter the day, month and year in digits, for example 27 3 2026.",
    ),
    tooEarly: t("Das Datum muss am {date} oder später liegen.", "The date must be on or after {date}."),
    tooLate: t("Das Datum muss am {date} oder früher liegen.", "The date must be on or before {date}."),
    notInFuture: t("Das Datum darf nicht in der Zukunft liegen.", "The date must be today or in the past."),
    notInPast: t(
      "Das Datum darf nicht in der Vergangenheit liegen.",
      "The date must be today or in the future.",
    ),
  },
  choice: {
    required: t("Wählen Sie {howMany} aus.", "Select {howMany}."),
    invalidOption: t("Wählen Sie eine der angebotenen Antworten aus.", "Select one of the answers offered."),
  },
  yesNo: {
    required: t("Wählen Sie „Ja“ oder „Nein“ aus.", "Select yes or no."),
  },
  address: {
    streetRequired: t("Geben Sie die Straße ein.", "Enter the street."),
    houseNumberRequired: t("Geben Sie die Hausnummer ein.", "Enter the house number."),
    houseNumberInvalid: t(
      "Geben Sie die Hausnummer so ein, wie sie am Haus steht, zum Beispiel 12, 12a oder 12-14.",
      "Enter the house number as it is shown on the building, for example 12, 12a or 12-14.",
    ),
    postalCodeRequired: t("Geben Sie die Postleitzahl ein.", "Enter the postcode."),
    postalCodeInvalid: t(
      "Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 35037.",
      "The postcode must have 5 digits, for example 35037.",
    ),
    cityRequired: t("Geben Sie den Ort ein.", "Enter the town or city."),
  },
  person: {
    familyNameRequired: t("Geben Sie den Familiennamen ein.", "Enter the family name."),
    givenNamesRequired: t("Geben Sie die Vornamen ein.", "Enter the given names."),
    dateOfBirthRequired: t("Geben Sie das Geburtsdatum ein.", "Enter the date of birth."),
    dayMissing: t("Das Geburtsdatum muss einen Tag enthalten.", "The date of birth must include a day."),
    monthMissing: t(
      "Das Geburtsdatum muss einen Monat enthalten.",
      "The date of birth must include a month.",
    ),
    yearMissing: t("Das Geburtsdatum muss ein Jahr enthalten.", "The date of birth must include a year."),
    notARealDate: t(
      "Das Geburtsdatum muss ein echtes Datum sein. Geben Sie Tag, Monat und Jahr in Ziffern ein, zum Beispiel 27 3 1980.",
      "The date of birth must be a real date. Enter the day, month and year in digits, for example 27 3 1980.",
    ),
    dateOfBirthInFuture: t(
      "Das Geburtsdatum darf nicht in der Zukunft liegen.",
      "The date of birth must be today or in the past.",
    ),
  },
  file: {
    required: t("Wählen Sie eine Datei aus.", "Select a file."),
    tooManyFiles: t(
      "Sie können höchstens {maxFiles} Dateien hochladen. Entfernen Sie bitte eine Datei.",
      "You can upload up to {maxFiles} files. Please remove a file.",
    ),
    fileTooLarge: t(
      "Die Datei „{name}“ ist größer als {maxBytes}. Wählen Sie eine kleinere Datei.",
      "The file ‘{name}’ is larger than {maxBytes}. Select a smaller file.",
    ),
    fileKind: t("Die Datei „{name}“ muss im Format {kinds} sein.", "The file ‘{name}’ must be a {kinds}."),
  },
  declaration: {
    required: t("Bestätigen Sie die Erklärung, um fortzufahren.", "Confirm the declaration to continue."),
  },
  group: {
    tooManyItems: t("Sie können höchstens {entries} hinzufügen.", "You can add up to {entries}."),
    tooFewItems: t("Fügen Sie mindestens {entries} hinzu.", "Add at least {entries}."),
  },
} satisfies Record<string, Record<string, LocalizedText>>;

/** The words "check your answers" and list pages use. */
export const WORDS = {
  yes: t("Ja", "Yes"),
  no: t("Nein", "No"),
  or: t("oder", "or"),
  notProvided: t("Nicht angegeben", "Not provided"),
  notAnswered: t("Noch nicht beantwortet", "Not answered yet"),
  confirmed: t("Bestätigt", "Confirmed"),
  noEntries: t("Keine Einträge", "No entries"),
  birthName: t("Geburtsname", "birth name"),
  bornOn: t("geboren am", "born on"),
  oneAnswer: t("eine Antwort", "an answer"),
  atLeastOneAnswer: t("mindestens eine Antwort", "at least one answer"),
  oneEntry: t("einen Eintrag", "one entry"),
  entries: t("{count} Einträge", "{count} entries"),
} satisfies Record<string, LocalizedText>;

export type MessageKind = keyof typeof ERROR_MESSAGES;

/** Puts the values into a text's `{placeholders}`; unknown placeholders stay as they are. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message for a problem: the question's own text for the code when it has one, else the
 * kind's, else the common one, else "check this answer".
 */
export function errorMessage(
  kind: MessageKind,
  code: string,
  locale: Locale,
  params: Readonly<Record<string, string | number>>,
  custom?: Readonly<Record<string, LocalizedText | undefined>>,
): string {
  const own = ERROR_MESSAGES[kind] as Record<string, LocalizedText | undefined>;
  const common = ERROR_MESSAGES.common as Record<string, LocalizedText | undefined>;
  const text = custom?.[code] ?? own[code] ?? common[code] ?? ERROR_MESSAGES.common.invalid;
  return fill(text[locale], params);
}

/** "einen Eintrag" / "3 Einträge". */
export function entries(locale: Locale, count: number): string {
  return count === 1 ? WORDS.oneEntry[locale] : fill(WORDS.entries[locale], { count });
}
