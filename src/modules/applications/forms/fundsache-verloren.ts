import { defineForm, when } from "../domain";

/**
 * Verlustmeldung at the Fundbüro (§§ 965, 971 BGB): what was lost (a category, and the kind
 * in words for "other"), a description to recognise it by, where and when it was lost, and
 * its value if the owner wants to say. The date lies within the last year: an item lost
 * longer ago is asked for at the Fundbüro directly. How to reach the owner is handled by the
 * platform, not by the form. No FIM field ids: none of them is known here with certainty.
 */
export const fundsacheVerloren = defineForm({
  serviceKey: "fundsache-verloren",
  version: 1,
  title: { de: "Verlust beim Fundbüro melden", en: "Report a lost item to the lost-property office" },
  pages: [
    {
      id: "category",
      kind: "questions",
      questions: [
        {
          id: "category",
          kind: "choice",
          label: { de: "Was haben Sie verloren?", en: "What have you lost?" },
          hint: {
            de: "Haben Sie mehrere Dinge zusammen verloren, etwa eine Tasche mit Schlüsseln, wählen Sie das größte aus und beschreiben Sie den Rest.",
            en: "If you lost several things together, such as a bag with keys in it, select the largest and describe the rest.",
          },
          options: [
            { value: "wallet", label: { de: "Geldbörse", en: "Wallet or purse" } },
            {
              value: "id-documents",
              label: { de: "Ausweise oder Karten", en: "ID documents or cards" },
              hint: {
                de: "Einen verlorenen Personalausweis oder Reisepass melden Sie außerdem der Ausweisbehörde als verloren.",
                en: "A lost ID card or passport must also be reported as lost to the ID card authority.",
              },
            },
            { value: "keys", label: { de: "Schlüssel", en: "Keys" } },
            { value: "phone", label: { de: "Handy oder Smartphone", en: "Mobile phone" } },
            { value: "bag", label: { de: "Tasche, Rucksack oder Koffer", en: "Bag, backpack or suitcase" } },
            { value: "jewellery", label: { de: "Schmuck oder Uhr", en: "Jewellery or watch" } },
            { value: "bicycle", label: { de: "Fahrrad", en: "Bicycle" } },
            { value: "clothing", label: { de: "Kleidung", en: "Clothing" } },
            { value: "other", label: { de: "Etwas anderes", en: "Something else" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, was Sie verloren haben.",
              en: "Select what you have lost.",
            },
          },
        },
      ],
    },
    {
      id: "category-other",
      kind: "questions",
      when: when.equals("category", "other"),
      questions: [
        {
          id: "categoryOther",
          kind: "text",
          maxLength: 100,
          label: { de: "Was ist es?", en: "What is it?" },
          hint: {
            de: "Mit einem Wort oder wenigen Wörtern, zum Beispiel „Brille“ oder „Regenschirm“.",
            en: "In a word or a few words, for example ‘glasses’ or ‘umbrella’.",
          },
          errors: {
            required: {
              de: "Geben Sie an, was Sie verloren haben.",
              en: "Enter what you have lost.",
            },
          },
        },
      ],
    },
    {
      id: "description",
      kind: "questions",
      questions: [
        {
          id: "description",
          kind: "text",
          multiline: true,
          maxLength: 1000,
          label: {
            de: "Beschreiben Sie den Gegenstand",
            en: "Describe the item",
          },
          hint: {
            de: "Woran kann das Fundbüro ihn erkennen? Zum Beispiel Farbe, Marke, Material, Inhalt, Aufkleber oder Gravuren; bei einem Fahrrad die Rahmennummer, bei einem Handy das Modell und die Hülle.",
            en: "How can the office recognise it? For example colour, brand, material, contents, stickers or engravings; for a bicycle the frame number, for a phone the model and its case.",
          },
          errors: {
            required: {
              de: "Beschreiben Sie den Gegenstand, damit das Fundbüro ihn erkennen kann.",
              en: "Describe the item so that the office can recognise it.",
            },
            tooLong: {
              de: "Die Beschreibung darf höchstens {max} Zeichen lang sein. Beschränken Sie sich auf die Merkmale, an denen man den Gegenstand erkennt.",
              en: "The description must be {max} characters or fewer. Keep to the features by which the item can be recognised.",
            },
          },
        },
      ],
    },
    {
      id: "place",
      kind: "questions",
      questions: [
        {
          id: "placeLost",
          kind: "text",
          maxLength: 200,
          label: { de: "Wo haben Sie den Gegenstand verloren?", en: "Where did you lose the item?" },
          hint: {
            de: "So genau wie möglich, zum Beispiel eine Straße, ein Gebäude oder eine Buslinie. Wissen Sie es nicht genau, beschreiben Sie Ihren Weg.",
            en: "As precisely as you can, for example a street, a building or a bus line. If you are not sure, describe the way you went.",
          },
          errors: {
            required: {
              de: "Geben Sie an, wo Sie den Gegenstand verloren haben.",
              en: "Enter where you lost the item.",
            },
          },
        },
      ],
    },
    {
      id: "date",
      kind: "questions",
      questions: [
        {
          id: "dateLost",
          kind: "date",
          earliest: { fromToday: { years: -1 } },
          latest: { fromToday: {} },
          label: { de: "Wann haben Sie den Gegenstand verloren?", en: "When did you lose the item?" },
          hint: {
            de: "Wissen Sie es nicht genau, geben Sie den Tag an, an dem Sie ihn zuletzt noch hatten. Zum Beispiel 27 3 2026",
            en: "If you are not sure, enter the day you last had it. For example 27 3 2026",
          },
          errors: {
            required: {
              de: "Geben Sie an, wann Sie den Gegenstand verloren haben.",
              en: "Enter when you lost the item.",
            },
            notInFuture: {
              de: "Das Datum des Verlusts darf nicht in der Zukunft liegen.",
              en: "The date of the loss must be today or in the past.",
            },
            tooEarly: {
              de: "Das Datum darf höchstens ein Jahr zurückliegen (ab {date}). Liegt der Verlust länger zurück, fragen Sie bitte direkt beim Fundbüro nach.",
              en: "The date must be within the last year (from {date}). If you lost the item longer ago, please ask the lost-property office directly.",
            },
          },
        },
      ],
    },
    {
      id: "value",
      kind: "questions",
      questions: [
        {
          id: "estimatedValue",
          kind: "number",
          optional: true,
          // a rough value; whole euros also keep "49,9 €" out of the answer's display
          integer: true,
          min: 0,
          max: 1_000_000,
          unit: { de: "€", en: "€" },
          label: { de: "Welchen Wert hat der Gegenstand ungefähr?", en: "Roughly what is the item worth?" },
          hint: {
            de: "Freiwillige Angabe in ganzen Euro. Sie können das Feld leer lassen.",
            en: "Optional, in whole euros. You can leave this empty.",
          },
          errors: {
            notANumber: {
              de: "Geben Sie den Wert als Zahl in Euro ein, zum Beispiel 120.",
              en: "Enter the value as a number in euros, for example 120.",
            },
            notAnInteger: {
              de: "Geben Sie den Wert in ganzen Euro ohne Cent ein, zum Beispiel 50.",
              en: "Enter the value in whole euros without cents, for example 50.",
            },
            tooSmall: {
              de: "Der Wert darf nicht negativ sein.",
              en: "The value must not be negative.",
            },
          },
        },
      ],
    },
  ],
});
