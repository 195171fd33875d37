import type { ExtractMessages } from "./extract-de";

/** Texts of the register data asked when approving an extended Meldebescheinigung, English. */
export const extractEn: ExtractMessages = {
  title: "Data from the population register",
  intro:
    "An extended registration certificate with the further details below was applied for. Enter the data as the population register holds them. They are stored encrypted and only printed on the certificate.",
  labels: {
    "place-of-birth": "Place of birth",
    nationalities: "Nationalities",
    "marital-status": "Marital status",
    "move-in-date": "Date of moving into the main residence",
    "previous-addresses": "Previous addresses",
  },
  hints: {
    "place-of-birth": "For example Gießen",
    nationalities:
      "Several separated by commas, for example: deutsch, italienisch (the certificate is in German)",
    "marital-status": "",
    "move-in-date": "For example 01.04.2019",
    "previous-addresses":
      "Each address on a line of its own, for example: Heideweg 12, 35039 Marburg. An addition goes between house number and postcode: Heideweg 12, Hinterhaus, 35039 Marburg",
  },
  maritalStatuses: {
    single: "Single (ledig)",
    married: "Married (verheiratet)",
    widowed: "Widowed (verwitwet)",
    divorced: "Divorced (geschieden)",
    "marriage-annulled": "Marriage annulled (Ehe aufgehoben)",
    "civil-partnership": "In a registered civil partnership (in eingetragener Lebenspartnerschaft)",
    "partnership-ended-by-death":
      "Civil partnership ended by death (durch Tod aufgelöste Lebenspartnerschaft)",
    "partnership-annulled": "Civil partnership annulled (aufgehobene Lebenspartnerschaft)",
    "partnership-ended-by-declaration-of-death":
      "Civil partnership ended by declaration of death (durch Todeserklärung aufgelöste Lebenspartnerschaft)",
  },
  recorded: "Register data for the extended registration certificate recorded",
  inLine: (line: number, message: string) => `Line ${line}: ${message}`,
  problems: {
    placeOfBirthRequired: "Enter the place of birth",
    placeOfBirthTooLong: "The place of birth can have at most 100 characters",
    nationalitiesRequired: "Enter at least one nationality",
    nationalityTooLong: "A nationality can have at most 60 characters",
    nationalitiesTooMany: "At most 10 nationalities fit on the certificate",
    maritalStatusRequired: "Select the marital status",
    moveInDateRequired: "Enter the date of moving in",
    moveInDateInvalid: "Enter the date of moving in as a date, for example 01.04.2019",
    moveInDateInFuture: "The date of moving in cannot be in the future",
    previousAddressesRequired: "Enter at least one previous address",
    previousAddressInvalid:
      "Write the address with street, house number, postcode (5 digits) and town, for example: Heideweg 12, 35039 Marburg",
    previousAddressesTooMany: "At most 10 previous addresses fit on the certificate",
    invalidCharacters:
      "The text contains invisible control characters, for example from copied text. Please type it again",
  },
};
