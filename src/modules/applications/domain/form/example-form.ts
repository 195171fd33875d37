import { when } from "./condition";
import { defineForm } from "./define-form";

/**
 * A small form that uses every kind of question and every kind of condition. The engine's
 * tests run on it, and it shows how a form is written; it belongs to no real service.
 */
export const exampleForm = defineForm({
  serviceKey: "beispiel",
  version: 1,
  title: { de: "Beispielformular", en: "Example form" },
  pages: [
    {
      id: "name",
      kind: "questions",
      questions: [
        {
          id: "fullName",
          kind: "text",
          maxLength: 60,
          label: { de: "Wie heißen Sie?", en: "What is your name?" },
        },
      ],
    },
    {
      id: "has-pet",
      kind: "questions",
      questions: [
        { id: "hasPet", kind: "yesNo", label: { de: "Haben Sie ein Haustier?", en: "Do you have a pet?" } },
      ],
    },
    {
      id: "pet-kind",
      kind: "questions",
      when: when.yes("hasPet"),
      questions: [
        {
          id: "petKind",
          kind: "choice",
          label: { de: "Welches Tier?", en: "Which animal?" },
          options: [
            { value: "dog", label: { de: "Hund", en: "Dog" } },
            { value: "cat", label: { de: "Katze", en: "Cat" } },
            { value: "other", label: { de: "Ein anderes Tier", en: "Another animal" } },
          ],
        },
      ],
    },
    {
      id: "pet-other",
      kind: "questions",
      when: when.all(when.yes("hasPet"), when.equals("petKind", "other")),
      questions: [{ id: "petOther", kind: "text", label: { de: "Welches Tier?", en: "Which animal?" } }],
    },
    {
      id: "dogs",
      kind: "questions",
      when: when.oneOf("petKind", ["dog"]),
      questions: [
        {
          id: "dogCount",
          kind: "number",
          integer: true,
          min: 1,
          max: 5,
          unit: { de: "Hunde", en: "dogs" },
          label: { de: "Wie viele Hunde halten Sie?", en: "How many dogs do you keep?" },
        },
      ],
    },
    {
      id: "no-pet",
      kind: "questions",
      when: when.no("hasPet"),
      questions: [
        {
          id: "plate",
          kind: "text",
          pattern: "[A-Z]{1,3}-[A-Z]{1,2} \\d{1,4}",
          label: { de: "Kfz-Kennzeichen", en: "Number plate" },
          errors: {
            pattern: {
              de: "Geben Sie das Kennzeichen wie auf dem Schild ein, zum Beispiel MR-AB 123.",
              en: "Enter the number plate as shown on the plate, for example MR-AB 123.",
            },
          },
        },
      ],
    },
    {
      id: "interests",
      kind: "questions",
      questions: [
        {
          id: "interests",
          kind: "choice",
          multiple: true,
          optional: true,
          label: { de: "Was interessiert Sie?", en: "What are you interested in?" },
          options: [
            { value: "sport", label: { de: "Sport", en: "Sport" } },
            { value: "music", label: { de: "Musik", en: "Music" } },
            { value: "reading", label: { de: "Lesen", en: "Reading" } },
          ],
        },
      ],
    },
    {
      id: "music",
      kind: "questions",
      when: when.any(when.equals("interests", "music"), when.not(when.yes("hasPet"))),
      questions: [
        {
          id: "musicNote",
          kind: "text",
          multiline: true,
          maxLength: 500,
          optional: true,
          label: { de: "Was möchten Sie uns sagen?", en: "What would you like to tell us?" },
        },
      ],
    },
    {
      id: "children",
      kind: "group",
      title: { de: "Ihre Kinder", en: "Your children" },
      itemName: { de: "Kind", en: "Child" },
      itemTitleFrom: "child",
      minItems: 0,
      maxItems: 3,
      questions: [
        { id: "child", kind: "person", label: { de: "Angaben zum Kind", en: "About the child" } },
        {
          id: "atSchool",
          kind: "yesNo",
          label: { de: "Geht das Kind zur Schule?", en: "Does the child go to school?" },
        },
      ],
    },
    {
      id: "home",
      kind: "questions",
      title: { de: "Ihre Wohnung", en: "Your home" },
      questions: [
        // a made-up FIM id, only to show where one goes
        { id: "home", kind: "address", fimId: "F99000001", label: { de: "Anschrift", en: "Address" } },
        {
          id: "since",
          kind: "date",
          earliest: { date: "1950-01-01" },
          latest: { fromToday: {} },
          label: { de: "Seit wann wohnen Sie dort?", en: "Since when have you lived there?" },
        },
      ],
    },
    {
      id: "preferred",
      kind: "questions",
      questions: [
        {
          id: "preferredDay",
          kind: "date",
          earliest: { fromToday: { days: 1 } },
          latest: { fromToday: { days: 30 } },
          label: { de: "An welchem Tag passt es Ihnen?", en: "Which day suits you?" },
        },
      ],
    },
    {
      id: "proof",
      kind: "questions",
      questions: [
        {
          id: "proof",
          kind: "file",
          optional: true,
          maxBytes: 1_000_000,
          maxFiles: 2,
          accept: ["pdf", "png"],
          label: { de: "Nachweis", en: "Proof" },
        },
      ],
    },
    {
      id: "confirm",
      kind: "questions",
      questions: [
        {
          id: "confirm",
          kind: "declaration",
          label: { de: "Meine Angaben sind richtig.", en: "My answers are correct." },
        },
      ],
    },
  ],
});
