import type { CertificateContent, ExtendedItem, RegisterExtract } from "../meldebescheinigung-content";
import { DOCUMENT_TEXTS } from "./document-texts";
import { addressLine, numericGermanDate } from "./format";
import { type DocumentFrame, startDocument } from "./frame";
import { drawHeading, drawParagraph, drawRows, gap } from "./pdf-document";

const T = DOCUMENT_TEXTS.meldebescheinigung;

export interface MeldebescheinigungInput extends DocumentFrame {
  /** see `certificateContentFrom`: the answers as confirmed by the clerk, and the register extract */
  certificate: CertificateContent;
}

const ITEM_LABEL: Record<ExtendedItem, string> = {
  "place-of-birth": T.placeOfBirth,
  nationalities: T.nationalities,
  "marital-status": T.maritalStatus,
  "move-in-date": T.moveInDate,
  "previous-addresses": T.previousAddresses,
};

function itemValue(item: ExtendedItem, extract: RegisterExtract): string {
  switch (item) {
    case "place-of-birth":
      return extract.placeOfBirth ?? "";
    case "nationalities":
      return (extract.nationalities ?? []).join(", ");
    case "marital-status":
      return extract.maritalStatus ?? "";
    case "move-in-date":
      return extract.moveInDate ? numericGermanDate(extract.moveInDate) : "";
    case "previous-addresses":
      return (extract.previousAddresses ?? []).map(addressLine).join("\n");
  }
}

/**
 * Renders a Meldebescheinigung as PDF: letterhead, title naming the kind and its legal basis,
 * the person's data, for an extended certificate the further register data, the day of the
 * register's state, and on every page the verification footer.
 * @throws Error from pdfkit or qrcode (not expected for valid input)
 */
export async function renderMeldebescheinigung(input: MeldebescheinigungInput): Promise<Buffer> {
  const { certificate } = input;
  const { doc, issuedOn, finish } = startDocument(input, {
    title: T.title,
    subtitle: T.subtitle[certificate.kind],
  });
  drawParagraph(doc, T.intro);
  gap(doc, 4);
  const { person } = certificate;
  drawRows(doc, [
    { label: T.familyName, value: person.familyName, bold: true },
    { label: T.givenNames, value: person.givenNames, bold: true },
    ...(person.doctoralDegree ? [{ label: T.doctoralDegree, value: person.doctoralDegree }] : []),
    { label: T.dateOfBirth, value: numericGermanDate(person.dateOfBirth) },
    { label: T.mainAddress, value: addressLine(certificate.mainAddress) },
  ]);
  if (certificate.kind === "extended" && certificate.items.length > 0) {
    gap(doc, 8);
    drawHeading(doc, T.extendedTitle, 11.5);
    drawRows(
      doc,
      certificate.items.map((item) => ({
        label: ITEM_LABEL[item],
        value: itemValue(item, certificate.extract),
      })),
    );
  }
  gap(doc, 10);
  drawParagraph(doc, T.asOf(issuedOn));
  drawParagraph(doc, T.electronic, { size: 9.5 });
  return finish();
}
