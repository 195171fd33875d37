import { z } from "zod";
import {
  Address,
  type Answers,
  EXTENDED_ITEMS,
  EXTRACT_FIELD,
  type ExtendedItem,
  RegisterExtract,
} from "../domain";

export { EXTENDED_ITEMS, type ExtendedItem, RegisterExtract } from "../domain";

/*
 * What a Meldebescheinigung certifies, read from the case. The simple certificate's data —
 * names, doctoral degree, date of birth, main residence — are the case's answers as the clerk
 * confirmed them against the population register when approving the case: the certificate
 * prints nothing else. The extended certificate's further data are not asked in the form (the
 * resident only chooses which ones the certificate shall show), so the clerk gives them from the
 * register (`RegisterExtract`); a chosen item the clerk did not give cannot be certified and
 * stops the issue instead of printing a gap or a guess.
 */

const IsoDate = z.iso.date();

const CertifiedPerson = z.object({
  familyName: z.string().min(1),
  givenNames: z.string().min(1),
  doctoralDegree: z.string().min(1).optional(),
  dateOfBirth: IsoDate,
});

const CertificateAnswers = z.object({
  person: CertifiedPerson,
  mainAddress: Address,
  certificateKind: z.enum(["simple", "extended"]),
  extendedData: z.array(z.enum(EXTENDED_ITEMS)).min(1).nullish(),
});

/** Everything a Meldebescheinigung prints about the person. */
export interface CertificateContent {
  kind: "simple" | "extended";
  person: z.infer<typeof CertifiedPerson>;
  mainAddress: Address;
  /** the further items chosen (empty for a simple certificate), in the form's order */
  items: ExtendedItem[];
  /** the register data for `items` */
  extract: RegisterExtract;
}

/** The case's answers or the clerk's extract do not hold what the certificate must print. */
export class CertificateDataError extends Error {
  override name = "CertificateDataError";
  constructor(
    message: string,
    /** the chosen items without register data, when that is the problem */
    readonly missing: readonly ExtendedItem[] = [],
  ) {
    super(message);
  }
}

/**
 * The content of the certificate of a Meldebescheinigung case: its answers, and for an extended
 * certificate the register data of every chosen item.
 * @throws CertificateDataError when the answers are not those of the form, or a chosen item
 *   lacks its register data
 */
export function certificateContentFrom(answers: Answers, extract: RegisterExtract = {}): CertificateContent {
  const parsed = CertificateAnswers.safeParse(answers);
  if (!parsed.success) throw new CertificateDataError("the answers are not those of a Meldebescheinigung");
  const checkedExtract = RegisterExtract.safeParse(extract);
  if (!checkedExtract.success) throw new CertificateDataError("the register extract is not valid");
  const { person, mainAddress, certificateKind, extendedData } = parsed.data;
  const chosen = certificateKind === "extended" ? new Set(extendedData ?? []) : new Set<ExtendedItem>();
  if (certificateKind === "extended" && chosen.size === 0)
    throw new CertificateDataError("an extended certificate without chosen items");
  const items = EXTENDED_ITEMS.filter((item) => chosen.has(item));
  const missing = items.filter((item) => checkedExtract.data[EXTRACT_FIELD[item]] === undefined);
  if (missing.length > 0)
    throw new CertificateDataError(`no register data for ${missing.join(", ")}`, missing);
  // only what was chosen is printed, whatever else the extract holds
  const kept = Object.fromEntries(
    items.map((item) => [EXTRACT_FIELD[item], checkedExtract.data[EXTRACT_FIELD[item]]]),
  ) as RegisterExtract;
  return { kind: certificateKind, person, mainAddress, items, extract: kept };
}

/**
 * The items whose register data the clerk must give to approve a case: those the resident
 * chose for an extended Meldebescheinigung, in the form's order; none for any other case.
 */
export function extractItemsOf(serviceKey: string, answers: Answers): ExtendedItem[] {
  if (serviceKey !== "meldebescheinigung" || answers.certificateKind !== "extended") return [];
  const chosen: unknown[] = Array.isArray(answers.extendedData) ? answers.extendedData : [];
  return EXTENDED_ITEMS.filter((item) => chosen.includes(item));
}
