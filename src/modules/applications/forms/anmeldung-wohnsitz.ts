import { defineForm, when } from "../domain";
import { landlordPages } from "./anmeldung-wohnsitz-landlord";

/**
 * Anmeldung of a residence (§ 17 Abs. 1 BMG, the Meldeschein of § 23 BMG): whether the move
 * comes into the town or stays within it, the people moving in, the new home, the move-in
 * date, main or secondary residence, where they come from, and the Wohnungsgeberbestätigung
 * (§ 19 BMG, pages in `anmeldung-wohnsitz-landlord.ts`). A move within the town is legally an
 * Anmeldung too, so this one form asks for both; the catalogue's `ummeldung-wohnsitz` offers
 * its pages under its own key (`ummeldung-wohnsitz.ts`). No FIM field ids: none of them is known
 * here with certainty.
 */
export const anmeldungWohnsitz = defineForm({
  serviceKey: "anmeldung-wohnsitz",
  version: 1,
  title: { de: "Wohnsitz anmelden", en: "Register your address" },
  inPerson: {
    reason: {
      de: "Eine Anmeldung ganz online setzt die Online-Ausweisfunktion voraus, die diese Plattform noch nicht annehmen kann. Ihre Identität wird deshalb bei einem Besuch im Stadtbüro oder im mobilen Stadtbüro geprüft; dort wird die Anmeldung abgeschlossen. Bringen Sie die Ausweise oder Reisepässe aller Personen mit, die Sie anmelden, für Kinder ohne eigenes Dokument die Geburtsurkunde.",
      en: "Registering entirely online needs the online ID function (eID), which this platform cannot accept yet. Your identity is therefore checked at a visit to the Stadtbüro or the mobile Stadtbüro, where the registration is completed. Bring the ID cards or passports of everyone you register, and for children without a document of their own their birth certificate.",
    },
  },
  pages: [
    {
      id: "move-kind",
      kind: "questions",
      questions: [
        {
          id: "moveKind",
          kind: "choice",
          label: {
            de: "Ziehen Sie neu in die Stadt oder innerhalb der Stadt um?",
            en: "Are you moving into the town or within the town?",
          },
          options: [
            {
              value: "into-town",
              label: { de: "Ich ziehe neu in die Stadt", en: "I am moving into the town" },
              hint: {
                de: "Von einem anderen Ort in Deutschland oder aus dem Ausland.",
                en: "From another place in Germany or from abroad.",
              },
            },
            {
              value: "within-town",
              label: { de: "Ich ziehe innerhalb der Stadt um", en: "I am moving within the town" },
              hint: {
                de: "Sie sind schon in der Stadt gemeldet und beziehen hier eine andere Wohnung (Ummeldung).",
                en: "You are already registered in the town and move into another home here.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, ob Sie neu in die Stadt ziehen oder innerhalb der Stadt umziehen.",
              en: "Select whether you are moving into the town or within the town.",
            },
          },
        },
      ],
    },
    {
      id: "persons",
      kind: "group",
      title: { de: "Personen, die einziehen", en: "People moving in" },
      hint: {
        de: "Geben Sie zuerst sich selbst an, dann alle, die mit Ihnen einziehen und die Sie mit anmelden: Ihre Ehegattin oder Ihren Ehegatten, Ihre Lebenspartnerin oder Ihren Lebenspartner und Ihre Kinder. Kinder unter 16 Jahren meldet die Person an, bei der sie einziehen. Andere Erwachsene, zum Beispiel in einer Wohngemeinschaft, melden sich selbst an.",
        en: "Enter yourself first, then everyone moving in with you whom you register as well: your spouse or civil partner and your children. Children under 16 are registered by the person they move in with. Other adults, for example in a shared flat, register themselves.",
      },
      itemName: { de: "Person", en: "Person" },
      itemTitleFrom: "person",
      minItems: 1,
      maxItems: 10,
      questions: [
        {
          id: "person",
          kind: "person",
          birthName: true,
          doctoralDegree: true,
          label: { de: "Name und Geburtsdatum", en: "Name and date of birth" },
          hint: {
            de: "So, wie sie im Ausweis, im Reisepass oder in der Geburtsurkunde stehen.",
            en: "As shown in the ID card, the passport or the birth certificate.",
          },
        },
        {
          id: "sex",
          kind: "choice",
          label: { de: "Geschlecht", en: "Sex" },
          hint: {
            de: "So, wie es im Geburtenregister oder im Ausweisdokument eingetragen ist.",
            en: "As entered in the birth register or in the identity document.",
          },
          options: [
            { value: "female", label: { de: "Weiblich", en: "Female" } },
            { value: "male", label: { de: "Männlich", en: "Male" } },
            { value: "diverse", label: { de: "Divers", en: "Diverse" } },
            { value: "none", label: { de: "Ohne Angabe (kein Eintrag)", en: "Not stated (no entry)" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie das Geschlecht aus, wie es eingetragen ist.",
              en: "Select the sex as it is entered.",
            },
          },
        },
        {
          id: "nationality",
          kind: "text",
          maxLength: 200,
          label: { de: "Staatsangehörigkeiten", en: "Nationalities" },
          hint: {
            de: "Alle Staatsangehörigkeiten der Person, zum Beispiel „deutsch“ oder „deutsch, italienisch“.",
            en: "Every nationality of the person, for example ‘German’ or ‘German, Italian’.",
          },
          errors: {
            required: {
              de: "Geben Sie mindestens eine Staatsangehörigkeit ein. Hat die Person keine, geben Sie „staatenlos“ ein.",
              en: "Enter at least one nationality. If the person has none, enter ‘stateless’.",
            },
          },
        },
        {
          id: "relation",
          kind: "choice",
          label: { de: "Wer ist diese Person für Sie?", en: "Who is this person to you?" },
          options: [
            { value: "self", label: { de: "Das bin ich", en: "This is me" } },
            {
              value: "spouse-or-partner",
              label: {
                de: "Meine Ehegattin, mein Ehegatte, meine Lebenspartnerin oder mein Lebenspartner",
                en: "My spouse or civil partner",
              },
            },
            { value: "child", label: { de: "Mein Kind", en: "My child" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, wer die Person für Sie ist.",
              en: "Select who the person is to you.",
            },
          },
        },
      ],
    },
    {
      id: "new-address",
      kind: "questions",
      questions: [
        {
          id: "newAddress",
          kind: "address",
          label: { de: "Anschrift der neuen Wohnung", en: "Address of the new home" },
          hint: {
            de: "Die Wohnung in der Stadt, in die Sie einziehen. Im Zusatz können Sie angeben, wo die Wohnung im Haus liegt, zum Beispiel „2. OG links“.",
            en: "The home in the town you are moving into. In the addition you can say where the home is in the building, for example ‘2nd floor left’.",
          },
        },
      ],
    },
    {
      id: "move-in",
      kind: "questions",
      questions: [
        {
          id: "moveInDate",
          kind: "date",
          latest: { fromToday: {} },
          label: { de: "Wann sind Sie eingezogen?", en: "When did you move in?" },
          hint: {
            de: "Sie müssen sich innerhalb von zwei Wochen nach dem Einzug anmelden. Ist die Frist schon vorbei, melden Sie sich bitte trotzdem jetzt an.",
            en: "You must register within two weeks after moving in. If that time has passed, please register now all the same.",
          },
          errors: {
            required: { de: "Geben Sie das Datum Ihres Einzugs ein.", en: "Enter the date you moved in." },
            notInFuture: {
              de: "Sie können sich frühestens am Tag des Einzugs anmelden. Das Einzugsdatum darf nicht in der Zukunft liegen.",
              en: "You can register on the day you move in at the earliest. The date you moved in must be today or in the past.",
            },
          },
        },
      ],
    },
    {
      id: "residence-kind",
      kind: "questions",
      questions: [
        {
          id: "residenceKind",
          kind: "choice",
          label: {
            de: "Ist die neue Wohnung Ihre Hauptwohnung oder eine Nebenwohnung?",
            en: "Is the new home your main residence or a secondary residence?",
          },
          hint: {
            de: "Die Antwort gilt für alle Personen, die Sie anmelden. Ist es nicht für alle gleich, melden Sie die Personen bitte getrennt an.",
            en: "The answer applies to everyone you register. If it is not the same for everyone, please register them separately.",
          },
          options: [
            {
              value: "main",
              label: { de: "Hauptwohnung", en: "Main residence" },
              hint: {
                de: "Die Wohnung, die Sie vorwiegend benutzen. Haben Sie nur eine Wohnung, ist sie Ihre Hauptwohnung.",
                en: "The home you mainly use. If you have only one home, it is your main residence.",
              },
            },
            {
              value: "secondary",
              label: { de: "Nebenwohnung", en: "Secondary residence" },
              hint: {
                de: "Jede weitere Wohnung in Deutschland, die Sie weniger benutzen als Ihre Hauptwohnung.",
                en: "Any further home in Germany that you use less than your main residence.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, ob die neue Wohnung Ihre Hauptwohnung oder eine Nebenwohnung ist.",
              en: "Select whether the new home is your main residence or a secondary residence.",
            },
          },
        },
      ],
    },
    {
      id: "main-residence",
      kind: "questions",
      when: when.equals("residenceKind", "secondary"),
      questions: [
        {
          id: "mainResidence",
          kind: "address",
          label: { de: "Anschrift Ihrer Hauptwohnung", en: "Address of your main residence" },
          hint: {
            de: "Die Wohnung in Deutschland, unter der Sie mit Hauptwohnung gemeldet sind und bleiben.",
            en: "The home in Germany where you are, and stay, registered as your main residence.",
          },
        },
      ],
    },
    {
      id: "from-abroad",
      kind: "questions",
      when: when.equals("moveKind", "into-town"),
      questions: [
        {
          id: "fromAbroad",
          kind: "yesNo",
          label: { de: "Ziehen Sie aus dem Ausland zu?", en: "Are you moving here from abroad?" },
          hint: {
            de: "Wählen Sie „Ja“, wenn Sie zuletzt keine Wohnung in Deutschland hatten.",
            en: "Select yes if you last had no home in Germany.",
          },
          errors: {
            required: {
              de: "Wählen Sie „Ja“, wenn Sie aus dem Ausland zuziehen, sonst „Nein“.",
              en: "Select yes if you are moving here from abroad, otherwise no.",
            },
          },
        },
      ],
    },
    {
      id: "previous-country",
      kind: "questions",
      when: when.yes("fromAbroad"),
      questions: [
        {
          id: "previousCountry",
          kind: "text",
          maxLength: 100,
          label: { de: "Aus welchem Staat ziehen Sie zu?", en: "Which country are you moving from?" },
          hint: { de: "Zum Beispiel Frankreich.", en: "For example France." },
          errors: {
            required: {
              de: "Geben Sie den Staat ein, aus dem Sie zuziehen.",
              en: "Enter the country you are moving from.",
            },
          },
        },
      ],
    },
    {
      id: "previous-address",
      kind: "questions",
      when: when.any(when.equals("moveKind", "within-town"), when.no("fromAbroad")),
      questions: [
        {
          id: "previousAddress",
          kind: "address",
          label: { de: "Ihre bisherige Anschrift", en: "Your previous address" },
          hint: {
            de: "Die Anschrift in Deutschland, unter der Sie bisher gemeldet waren.",
            en: "The address in Germany where you were registered until now.",
          },
        },
      ],
    },
    ...landlordPages,
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Wer sich nicht oder nicht rechtzeitig anmeldet, handelt ordnungswidrig; das kann ein Bußgeld bis zu 1.000 Euro kosten.",
        en: "Not registering, or registering late, is an administrative offence and can be fined up to 1,000 euros.",
      },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig und vollständig sind, dass alle genannten Personen in die Wohnung eingezogen sind und dass ich sie anmelden darf.",
            en: "I confirm that my details are correct and complete, that everyone named has moved into the home and that I may register them.",
          },
          errors: {
            required: {
              de: "Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.",
              en: "Confirm that your details are correct and complete.",
            },
          },
        },
      ],
    },
  ],
});
