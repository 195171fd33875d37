import { defineForm, when } from "../domain";

/**
 * Fundanzeige: a finder reports a found item to the Fundbüro (§ 965 Abs. 2 BGB: a find worth
 * more than ten euros must be reported) before handing it in (§ 967 BGB). What it is, a
 * description, where and when it was found (within the last month: an older find is told to
 * the Fundbüro directly), whether the finder keeps their rights (finder's reward, § 971 BGB,
 * and ownership after six months, § 973 BGB), which needs their name and address, and the
 * declaration. The item itself is brought to a visit: `inPerson`, so the case page offers to
 * book it and the clerk at the counter finds the report there. No FIM field ids: none of them
 * is known here with certainty.
 */
export const fundsacheGefunden = defineForm({
  serviceKey: "fundsache-abgeben",
  version: 1,
  title: { de: "Fund melden und abgeben", en: "Report and hand in a found item" },
  inPerson: {
    reason: {
      de: "Die Fundsache selbst geben Sie im Stadtbüro oder im mobilen Stadtbüro ab. Mit dieser Meldung liegen Ihre Angaben dort schon vor. Bringen Sie den Gegenstand und, wenn Sie Ihre Rechte als Finderin oder Finder wahren, Ihren Ausweis mit. Geld, Schlüssel und Ausweise geben Sie bitte möglichst bald ab.",
      en: "You hand in the found item itself at the Stadtbüro or the mobile Stadtbüro; with this report your details are already there. Bring the item and, if you keep your rights as its finder, your ID. Please hand in money, keys and ID documents as soon as you can.",
    },
  },
  pages: [
    {
      id: "category",
      kind: "questions",
      questions: [
        {
          id: "category",
          kind: "choice",
          label: { de: "Was haben Sie gefunden?", en: "What have you found?" },
          hint: {
            de: "Haben Sie mehrere Dinge zusammen gefunden, etwa eine Tasche mit Schlüsseln, wählen Sie das größte aus und beschreiben Sie den Rest.",
            en: "If you found several things together, such as a bag with keys in it, select the largest and describe the rest.",
          },
          options: [
            { value: "wallet", label: { de: "Geldbörse oder Geld", en: "Wallet, purse or money" } },
            { value: "id-documents", label: { de: "Ausweise oder Karten", en: "ID documents or cards" } },
            { value: "keys", label: { de: "Schlüssel", en: "Keys" } },
            { value: "phone", label: { de: "Handy oder Smartphone", en: "Mobile phone" } },
            { value: "bag", label: { de: "Tasche, Rucksack oder Koffer", en: "Bag, backpack or suitcase" } },
            { value: "jewellery", label: { de: "Schmuck oder Uhr", en: "Jewellery or watch" } },
            { value: "bicycle", label: { de: "Fahrrad", en: "Bicycle" } },
            { value: "clothing", label: { de: "Kleidung", en: "Clothing" } },
            { value: "other", label: { de: "Etwas anderes", en: "Something else" } },
          ],
          errors: {
            required: { de: "Wählen Sie aus, was Sie gefunden haben.", en: "Select what you have found." },
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
          label: { de: "Beschreiben Sie den Fund", en: "Describe what you found" },
          hint: {
            de: "Was ist es, und woran ist es zu erkennen? Zum Beispiel Farbe, Marke und Inhalt. Nennen Sie keine Kartennummern oder Geheimzahlen; die Eigentümerin oder der Eigentümer beschreibt sie dem Fundbüro selbst.",
            en: "What is it, and how can it be recognised? For example colour, brand and contents. Do not give card numbers or PINs: the owner describes those to the office themselves.",
          },
          errors: {
            required: {
              de: "Beschreiben Sie, was Sie gefunden haben.",
              en: "Describe what you have found.",
            },
            tooLong: {
              de: "Die Beschreibung darf höchstens {max} Zeichen lang sein.",
              en: "The description must be {max} characters or fewer.",
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
          id: "placeFound",
          kind: "text",
          maxLength: 200,
          label: { de: "Wo haben Sie es gefunden?", en: "Where did you find it?" },
          hint: {
            de: "So genau wie möglich, zum Beispiel eine Straße und Hausnummer, ein Gebäude oder eine Haltestelle.",
            en: "As precisely as you can, for example a street and number, a building or a bus stop.",
          },
          errors: {
            required: { de: "Geben Sie an, wo Sie es gefunden haben.", en: "Enter where you found it." },
          },
        },
      ],
    },
    {
      id: "date",
      kind: "questions",
      questions: [
        {
          id: "dateFound",
          kind: "date",
          earliest: { fromToday: { months: -1 } },
          latest: { fromToday: {} },
          label: { de: "Wann haben Sie es gefunden?", en: "When did you find it?" },
          hint: { de: "Zum Beispiel 27 3 2026", en: "For example 27 3 2026" },
          errors: {
            required: { de: "Geben Sie an, wann Sie es gefunden haben.", en: "Enter when you found it." },
            notInFuture: {
              de: "Der Tag des Fundes darf nicht in der Zukunft liegen.",
              en: "The day of the find must be today or in the past.",
            },
            tooEarly: {
              de: "Der Fund darf höchstens einen Monat zurückliegen (ab {date}). Bei einem älteren Fund wenden Sie sich bitte direkt an das Fundbüro.",
              en: "The find must be within the last month (from {date}). For an older find, please contact the lost-property office directly.",
            },
          },
        },
      ],
    },
    {
      id: "finder-rights",
      kind: "questions",
      questions: [
        {
          id: "keepRights",
          kind: "yesNo",
          label: {
            de: "Möchten Sie Ihre Rechte als Finderin oder Finder wahren?",
            en: "Do you want to keep your rights as the finder?",
          },
          hint: {
            de: "Dann steht Ihnen ein Finderlohn zu, wenn die Eigentümerin oder der Eigentümer sich meldet, und Sie können Eigentümerin oder Eigentümer werden, wenn sich sechs Monate lang niemand meldet. Das Fundbüro braucht dafür Ihren Namen und Ihre Anschrift.",
            en: "You are then entitled to a finder's reward if the owner comes forward, and you can become the owner if nobody does within six months. For this the office needs your name and address.",
          },
          errors: {
            required: {
              de: "Wählen Sie „Ja“, wenn Sie Ihre Rechte als Finderin oder Finder wahren möchten, sonst „Nein“.",
              en: "Select yes if you want to keep your rights as the finder, or no if not.",
            },
          },
        },
      ],
    },
    {
      id: "finder",
      kind: "questions",
      when: when.yes("keepRights"),
      questions: [
        {
          id: "finder",
          kind: "person",
          label: { de: "Ihr Name", en: "Your name" },
          hint: {
            de: "So wie in Ihrem Ausweis. Das Fundbüro prüft ihn bei der Abgabe.",
            en: "As in your ID. The office checks it when you hand in the item.",
          },
        },
        {
          id: "finderAddress",
          kind: "address",
          label: { de: "Ihre Anschrift", en: "Your address" },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig sind und dass ich den Fund beim Fundbüro abgebe.",
            en: "I confirm that my details are correct and that I will hand in the item at the lost-property office.",
          },
          errors: {
            required: {
              de: "Bestätigen Sie, dass Ihre Angaben richtig sind und Sie den Fund abgeben.",
              en: "Confirm that your details are correct and that you will hand in the item.",
            },
          },
        },
      ],
    },
  ],
});
