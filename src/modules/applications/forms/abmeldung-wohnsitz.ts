import { defineForm, when } from "../domain";

/**
 * Abmeldung of a residence (§ 17 Abs. 2 BMG): only when moving abroad or giving up a secondary
 * residence; a move within Germany needs none, since registering at the new place is enough.
 * The engine has no page that ends a form, so the first question offers only the two cases
 * and its hint sends everyone else away. No FIM field ids: none of them is known here with
 * certainty.
 */
export const abmeldungWohnsitz = defineForm({
  serviceKey: "abmeldung-wohnsitz",
  version: 1,
  title: { de: "Wohnsitz abmelden", en: "Deregister your address" },
  pages: [
    {
      id: "deregistration-case",
      kind: "questions",
      questions: [
        {
          id: "deregistrationCase",
          kind: "choice",
          label: { de: "Warum melden Sie sich ab?", en: "Why are you deregistering?" },
          hint: {
            de: "Abmelden müssen Sie sich nur, wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben. Ziehen Sie innerhalb Deutschlands um, brauchen Sie keine Abmeldung: Es genügt, dass Sie sich am neuen Wohnort anmelden. Bei einem Umzug innerhalb der Stadt nutzen Sie dafür den Antrag „Wohnsitz anmelden“.",
            en: "You only need to deregister when you move abroad or give up a secondary residence. If you move within Germany, you need no deregistration: registering at your new place is enough. For a move within the town, use the application ‘Register your address’.",
          },
          options: [
            {
              value: "abroad",
              label: { de: "Ich ziehe ins Ausland", en: "I am moving abroad" },
              hint: {
                de: "Sie geben Ihre Wohnung in der Stadt auf und beziehen keine neue Wohnung in Deutschland.",
                en: "You give up your home in the town and do not move into a new home in Germany.",
              },
            },
            {
              value: "secondary",
              label: {
                de: "Ich gebe eine Nebenwohnung in der Stadt auf",
                en: "I am giving up a secondary residence in the town",
              },
              hint: {
                de: "Sie bleiben mit Ihrer Hauptwohnung gemeldet und beziehen keine neue Wohnung in Deutschland.",
                en: "You stay registered at your main residence and do not move into a new home in Germany.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, ob Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben.",
              en: "Select whether you are moving abroad or giving up a secondary residence.",
            },
          },
        },
      ],
    },
    {
      id: "persons",
      kind: "group",
      title: { de: "Personen, die sich abmelden", en: "People deregistering" },
      hint: {
        de: "Geben Sie zuerst sich selbst an, dann alle, die mit Ihnen ausziehen und die Sie mit abmelden, zum Beispiel Ihre Kinder. Kinder unter 16 Jahren meldet die Person ab, aus deren Wohnung sie ausziehen.",
        en: "Enter yourself first, then everyone moving out with you whom you deregister as well, for example your children. Children under 16 are deregistered by the person whose home they move out of.",
      },
      itemName: { de: "Person", en: "Person" },
      itemTitleFrom: "person",
      minItems: 1,
      maxItems: 10,
      questions: [
        {
          id: "person",
          kind: "person",
          doctoralDegree: true,
          label: { de: "Name und Geburtsdatum", en: "Name and date of birth" },
          hint: {
            de: "So, wie sie im Melderegister stehen, zum Beispiel wie im Personalausweis.",
            en: "As they appear in the population register, for example as in the ID card.",
          },
        },
      ],
    },
    {
      id: "address",
      kind: "questions",
      questions: [
        {
          id: "addressGivenUp",
          kind: "address",
          label: { de: "Welche Wohnung geben Sie auf?", en: "Which home are you giving up?" },
          hint: {
            de: "Die Anschrift in der Stadt, unter der Sie bisher gemeldet sind.",
            en: "The address in the town where you have been registered so far.",
          },
        },
      ],
    },
    {
      id: "move-out",
      kind: "questions",
      questions: [
        {
          id: "moveOutDate",
          kind: "date",
          // § 17 Abs. 2 BMG: deregistering is possible one week before moving out at the earliest
          latest: { fromToday: { days: 7 } },
          label: {
            de: "An welchem Tag ziehen Sie aus oder sind Sie ausgezogen?",
            en: "On which day do you move out, or did you move out?",
          },
          hint: {
            de: "Sie können sich frühestens eine Woche vor dem Auszug abmelden und müssen es spätestens zwei Wochen danach tun.",
            en: "You can deregister one week before moving out at the earliest, and must do so within two weeks after moving out.",
          },
          errors: {
            required: { de: "Geben Sie das Datum Ihres Auszugs ein.", en: "Enter the date you move out." },
            tooLate: {
              de: "Sie können sich frühestens eine Woche vor dem Auszug abmelden. Das Auszugsdatum darf deshalb nicht nach dem {date} liegen.",
              en: "You can deregister one week before moving out at the earliest, so the date you move out must be on or before {date}.",
            },
          },
        },
      ],
    },
    {
      id: "new-country",
      kind: "questions",
      when: when.equals("deregistrationCase", "abroad"),
      questions: [
        {
          id: "newCountry",
          kind: "text",
          maxLength: 100,
          label: { de: "In welchen Staat ziehen Sie?", en: "Which country are you moving to?" },
          hint: { de: "Zum Beispiel Österreich.", en: "For example Austria." },
          errors: {
            required: {
              de: "Geben Sie den Staat ein, in den Sie ziehen.",
              en: "Enter the country you are moving to.",
            },
          },
        },
      ],
    },
    {
      id: "new-address-abroad",
      kind: "questions",
      when: when.equals("deregistrationCase", "abroad"),
      questions: [
        {
          id: "newAddressAbroad",
          kind: "text",
          multiline: true,
          optional: true,
          maxLength: 500,
          label: { de: "Ihre neue Anschrift im Ausland", en: "Your new address abroad" },
          hint: {
            de: "Freiwillige Angabe, wenn Sie die Anschrift schon kennen. Schreiben Sie sie so, wie sie im neuen Land üblich ist. Sie können das Feld leer lassen.",
            en: "Optional, if you already know the address. Write it as is usual in the new country. You can leave this empty.",
          },
        },
      ],
    },
    {
      id: "main-residence",
      kind: "questions",
      when: when.equals("deregistrationCase", "secondary"),
      questions: [
        {
          id: "mainResidence",
          kind: "address",
          label: { de: "Anschrift Ihrer Hauptwohnung", en: "Address of your main residence" },
          hint: {
            de: "Die Wohnung in Deutschland, unter der Sie weiter mit Hauptwohnung gemeldet sind.",
            en: "The home in Germany where you stay registered as your main residence.",
          },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Sie erhalten eine Bestätigung Ihrer Abmeldung; sie ist gebührenfrei.",
        en: "You receive a confirmation of your deregistration free of charge.",
      },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig und vollständig sind und dass ich alle genannten Personen abmelden darf.",
            en: "I confirm that my details are correct and complete and that I may deregister everyone named.",
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
