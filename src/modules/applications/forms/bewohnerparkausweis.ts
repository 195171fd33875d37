import { defineForm, when } from "../domain";

/**
 * A German number plate as people type it: the district (1–3 letters, umlauts possible), a
 * hyphen or space, 1–2 letters, 1–4 digits without a leading zero, and E (electric) or H
 * (historic) at the end. Small letters are accepted. A plausibility check against typing
 * mistakes, not the full rules of the FZV (such as the limit of eight characters).
 */
const NUMBER_PLATE = "[A-ZÄÖÜa-zäöü]{1,3}[- ][A-Za-z]{1,2}[- ]?[1-9][0-9]{0,3}( ?[EHeh])?";

/**
 * Bewohnerparkausweis (§ 45 StVO): a resident of a zone with resident parking applies for a
 * permit for one vehicle — the applicant, the address in the zone, the zone if known, the
 * number plate, and whether the applicant is the vehicle's keeper; if not, how they use it
 * and a proof of that. The registration certificate (Zulassungsbescheinigung Teil I) is
 * uploaded. Marburg's zones are not known here, so the zone is asked as free text. The fee
 * comes from the catalogue, not from the form. No FIM field ids: none of them is known here
 * with certainty.
 */
export const bewohnerparkausweis = defineForm({
  serviceKey: "bewohnerparkausweis",
  version: 1,
  title: { de: "Bewohnerparkausweis beantragen", en: "Apply for a resident parking permit" },
  pages: [
    {
      id: "applicant",
      kind: "questions",
      questions: [
        {
          id: "applicant",
          kind: "person",
          label: { de: "Ihre Angaben", en: "Your details" },
          hint: {
            de: "Geben Sie Ihre Namen so an, wie sie in Ihrem Personalausweis oder Reisepass stehen.",
            en: "Enter your names as they appear in your ID card or passport.",
          },
        },
      ],
    },
    {
      id: "address",
      kind: "questions",
      questions: [
        {
          id: "homeAddress",
          kind: "address",
          label: { de: "Ihre Wohnanschrift", en: "Your home address" },
          hint: {
            de: "Die Anschrift, unter der Sie wohnen und gemeldet sind. Sie muss in einer Zone mit Bewohnerparken liegen.",
            en: "The address where you live and are registered. It must lie in a resident parking zone.",
          },
        },
      ],
    },
    {
      id: "zone",
      kind: "questions",
      questions: [
        {
          id: "zone",
          kind: "text",
          optional: true,
          maxLength: 50,
          label: {
            de: "In welcher Bewohnerparkzone liegt Ihre Anschrift?",
            en: "Which resident parking zone is your address in?",
          },
          hint: {
            de: "Freiwillige Angabe. Die Zone steht auf dem Zusatzschild „Bewohner mit Parkausweis Nr. … frei“. Wenn Sie sie nicht kennen, lassen Sie das Feld leer; das Amt ermittelt sie anhand Ihrer Anschrift.",
            en: "Optional. The zone is shown on the sign ‘Bewohner mit Parkausweis Nr. … frei’. If you do not know it, leave this empty; the office finds it from your address.",
          },
        },
      ],
    },
    {
      id: "vehicle",
      kind: "questions",
      questions: [
        {
          id: "numberPlate",
          kind: "text",
          maxLength: 12,
          pattern: NUMBER_PLATE,
          label: { de: "Amtliches Kennzeichen des Fahrzeugs", en: "Number plate of the vehicle" },
          hint: { de: "Zum Beispiel MR-AB 123.", en: "For example MR-AB 123." },
          errors: {
            required: {
              de: "Geben Sie das amtliche Kennzeichen des Fahrzeugs ein.",
              en: "Enter the number plate of the vehicle.",
            },
            pattern: {
              de: "Geben Sie das Kennzeichen so ein, wie es auf dem Schild steht, mit Bindestrich oder Leerzeichen nach dem Ortskürzel, zum Beispiel MR-AB 123.",
              en: "Enter the number plate as it is shown on the plate, with a hyphen or space after the district letters, for example MR-AB 123.",
            },
          },
        },
      ],
    },
    {
      id: "keeper",
      kind: "questions",
      questions: [
        {
          id: "isKeeper",
          kind: "yesNo",
          label: {
            de: "Sind Sie Halterin oder Halter des Fahrzeugs?",
            en: "Are you the registered keeper of the vehicle?",
          },
          hint: {
            de: "Die Halterin oder der Halter steht in der Zulassungsbescheinigung Teil I (Fahrzeugschein).",
            en: "The keeper is named in the vehicle registration certificate, Part I (Fahrzeugschein).",
          },
          errors: {
            required: {
              de: "Wählen Sie „Ja“, wenn das Fahrzeug auf Sie zugelassen ist, sonst „Nein“.",
              en: "Select yes if the vehicle is registered to you, otherwise no.",
            },
          },
        },
      ],
    },
    {
      id: "keeper-relation",
      kind: "questions",
      when: when.no("isKeeper"),
      questions: [
        {
          id: "keeperRelation",
          kind: "choice",
          label: {
            de: "Warum nutzen Sie das Fahrzeug, obwohl es nicht auf Sie zugelassen ist?",
            en: "Why do you use the vehicle although it is not registered to you?",
          },
          options: [
            {
              value: "company-car",
              label: { de: "Es ist ein Firmenwagen", en: "It is a company car" },
              hint: {
                de: "Ihr Arbeitgeber überlässt Ihnen das Fahrzeug auch zur privaten Nutzung.",
                en: "Your employer lets you use the vehicle privately too.",
              },
            },
            {
              value: "leased",
              label: {
                de: "Es ist geleast oder langfristig gemietet",
                en: "It is leased or on a long-term rental",
              },
            },
            {
              value: "family",
              label: {
                de: "Es gehört einem Familienmitglied",
                en: "It belongs to a member of my family",
              },
              hint: {
                de: "Sie nutzen es dauerhaft und überwiegend selbst.",
                en: "You use it permanently and mostly yourself.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, warum Sie das Fahrzeug nutzen.",
              en: "Select why you use the vehicle.",
            },
          },
        },
      ],
    },
    {
      id: "keeper-proof",
      kind: "questions",
      when: when.no("isKeeper"),
      questions: [
        {
          id: "keeperProof",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 3,
          accept: ["pdf", "jpeg", "png"],
          label: {
            de: "Nachweis über die Nutzung hochladen",
            en: "Upload proof that you use the vehicle",
          },
          hint: {
            de: "Bei einem Firmenwagen eine Bestätigung des Arbeitgebers über die private Nutzung, bei Leasing oder Miete den Vertrag, bei einem Fahrzeug der Familie eine unterschriebene Erklärung der Halterin oder des Halters. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 3 Dateien.",
            en: "For a company car, your employer's confirmation of private use; for a leased or rented vehicle, the contract; for a family member's vehicle, a statement signed by the keeper. PDF, JPG and PNG up to 10 MB are possible, at most 3 files.",
          },
          errors: {
            required: {
              de: "Laden Sie einen Nachweis hoch, dass Sie das Fahrzeug nutzen dürfen.",
              en: "Upload proof that you may use the vehicle.",
            },
          },
        },
      ],
    },
    {
      id: "registration-certificate",
      kind: "questions",
      questions: [
        {
          id: "registrationCertificate",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 2,
          accept: ["pdf", "jpeg", "png"],
          label: {
            de: "Zulassungsbescheinigung Teil I hochladen",
            en: "Upload the vehicle registration certificate, Part I",
          },
          hint: {
            de: "Ein Foto oder Scan des Fahrzeugscheins, auf dem Kennzeichen und Halter gut lesbar sind. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
            en: "A photo or scan of the Fahrzeugschein on which the number plate and the keeper can be read clearly. PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
          },
          errors: {
            required: {
              de: "Laden Sie die Zulassungsbescheinigung Teil I hoch.",
              en: "Upload the vehicle registration certificate, Part I.",
            },
          },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Der Parkausweis gilt nur für das angegebene Fahrzeug und nur in der Zone Ihrer Anschrift. Änderungen, etwa ein neues Kennzeichen, erledigen Sie persönlich im Stadtbüro.",
        en: "The permit is valid only for the vehicle given here and only in the zone of your address. Changes, such as a new number plate, are made in person at the Stadtbüro.",
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
