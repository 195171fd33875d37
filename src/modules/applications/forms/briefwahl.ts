import { defineForm, when } from "../domain";

/**
 * Briefwahl: the application for a Wahlschein and the postal voting documents (§ 36 BWahlG,
 * § 27 BWO; the state and municipal election rules say the same in substance). The voter's
 * names, date of birth and registered address, which the office matches against the
 * electoral roll; where the documents go (the registered address, another address, or
 * collected at the Wahlamt). Someone else may apply for the voter only with a written
 * authorisation, which is confirmed and uploaded.
 *
 * The form names no election: which election it is for is configured by the administration,
 * and the form is offered only while an election is configured. No FIM field ids: none of
 * them is known here with certainty.
 */
export const briefwahl = defineForm({
  serviceKey: "briefwahl",
  version: 1,
  title: {
    de: "Briefwahl beantragen (Wahlschein)",
    en: "Apply for a postal vote (Wahlschein)",
  },
  pages: [
    {
      id: "for-whom",
      kind: "questions",
      questions: [
        {
          id: "forSelf",
          kind: "yesNo",
          label: {
            de: "Beantragen Sie den Wahlschein für sich selbst?",
            en: "Are you applying for your own polling card?",
          },
          hint: {
            de: "Für eine andere wahlberechtigte Person dürfen Sie den Antrag nur mit ihrer schriftlichen Vollmacht stellen.",
            en: "You may apply for another voter only with their written authorisation.",
          },
          errors: {
            required: {
              de: "Wählen Sie „Ja“, wenn der Wahlschein für Sie selbst ist, sonst „Nein“.",
              en: "Select yes if the polling card is for you, or no if it is for someone else.",
            },
          },
        },
      ],
    },
    {
      id: "voter",
      kind: "questions",
      questions: [
        {
          id: "voter",
          kind: "person",
          label: { de: "Für wen ist der Wahlschein?", en: "Who is the polling card for?" },
          hint: {
            de: "Geben Sie die Namen so an, wie sie im Melderegister stehen, zum Beispiel wie im Personalausweis. Das Wahlamt gleicht sie mit dem Wählerverzeichnis ab.",
            en: "Enter the names as they appear in the population register, for example as in the ID card. The election office checks them against the electoral roll.",
          },
        },
      ],
    },
    {
      id: "registered-address",
      kind: "questions",
      questions: [
        {
          id: "registeredAddress",
          kind: "address",
          label: {
            de: "Anschrift, unter der die Person gemeldet ist",
            en: "Address at which the person is registered",
          },
          hint: {
            de: "Die Anschrift in unserer Stadt, wie sie auf der Wahlbenachrichtigung steht.",
            en: "The address in our town as it is printed on the poll card.",
          },
        },
      ],
    },
    {
      id: "representative",
      kind: "questions",
      when: when.no("forSelf"),
      questions: [
        {
          id: "representative",
          kind: "person",
          label: {
            de: "Ihre Angaben als bevollmächtigte Person",
            en: "Your details as the authorised person",
          },
        },
      ],
    },
    {
      id: "authorisation",
      kind: "questions",
      when: when.no("forSelf"),
      title: { de: "Schriftliche Vollmacht", en: "Written authorisation" },
      hint: {
        de: "Wer den Wahlschein für eine andere Person beantragt, muss mit einer schriftlichen Vollmacht nachweisen, dass er dazu berechtigt ist. Die wahlberechtigte Person muss die Vollmacht selbst unterschrieben haben.",
        en: "Anyone who applies for a polling card for another person must prove with a written authorisation that they may do so. The voter must have signed the authorisation themselves.",
      },
      questions: [
        {
          id: "authorisation",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 2,
          accept: ["pdf", "jpeg", "png"],
          label: { de: "Vollmacht hochladen", en: "Upload the authorisation" },
          hint: {
            de: "Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
            en: "PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
          },
          errors: {
            required: {
              de: "Laden Sie die unterschriebene Vollmacht hoch.",
              en: "Upload the signed authorisation.",
            },
          },
        },
        {
          id: "authorised",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass mich die wahlberechtigte Person schriftlich bevollmächtigt hat, den Wahlschein für sie zu beantragen.",
            en: "I confirm that the voter has authorised me in writing to apply for the polling card on their behalf.",
          },
          errors: {
            required: {
              de: "Bestätigen Sie, dass die wahlberechtigte Person Sie schriftlich bevollmächtigt hat.",
              en: "Confirm that the voter has authorised you in writing.",
            },
          },
        },
      ],
    },
    {
      id: "delivery",
      kind: "questions",
      questions: [
        {
          id: "delivery",
          kind: "choice",
          label: {
            de: "Wie sollen die Briefwahlunterlagen zugestellt werden?",
            en: "How should the postal voting documents be delivered?",
          },
          options: [
            {
              value: "registered-address",
              label: { de: "Per Post an die Meldeanschrift", en: "By post to the registered address" },
            },
            {
              value: "other-address",
              label: { de: "Per Post an eine andere Anschrift", en: "By post to another address" },
              hint: {
                de: "Zum Beispiel, wenn die wahlberechtigte Person zur Wahl verreist ist.",
                en: "For example, if the voter is away at the time of the election.",
              },
            },
            {
              value: "collect",
              label: { de: "Persönlich im Wahlamt abholen", en: "Collect in person at the election office" },
              hint: {
                de: "Bringen Sie Ihren Personalausweis oder Reisepass mit. Wer die Unterlagen für eine andere Person abholt, braucht ihre schriftliche Vollmacht.",
                en: "Bring your ID card or passport. Anyone collecting the documents for another person needs their written authorisation.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, wie die Briefwahlunterlagen zugestellt werden sollen.",
              en: "Select how the postal voting documents should be delivered.",
            },
          },
        },
      ],
    },
    {
      id: "delivery-address",
      kind: "questions",
      when: when.equals("delivery", "other-address"),
      questions: [
        {
          id: "deliveryAddress",
          kind: "address",
          label: {
            de: "An welche Anschrift sollen wir die Unterlagen schicken?",
            en: "Which address should we send the documents to?",
          },
          hint: {
            de: "Nur Anschriften in Deutschland. Sollen die Unterlagen ins Ausland gehen, wenden Sie sich bitte direkt an das Wahlamt.",
            en: "Only addresses in Germany. If the documents should go abroad, please contact the election office directly.",
          },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Schicken Sie den Wahlbrief so rechtzeitig ab, dass er spätestens am Wahltag um 18 Uhr ankommt.",
        en: "Send the ballot letter early enough for it to arrive by 6 pm on election day at the latest.",
      },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig und vollständig sind.",
            en: "I confirm that my details are correct and complete.",
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
