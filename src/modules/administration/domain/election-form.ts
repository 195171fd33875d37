import { ELECTION_FIELDS, type Election, type ElectionInput } from "../../applications/domain/index";
import { clockTimeOf, type FormValues, isoDateOf, textOf } from "./form-values";

/** The fields of the election form, in page order (the error summary's order). */
export const ELECTION_FORM_FIELDS = ELECTION_FIELDS;

/**
 * An election as the form posted it: texts trimmed, German dates ("6.10.2028") and times
 * ("18.00") read; on an edit the key is the stored one (it names the election in links).
 */
export function electionInputOf(values: FormValues, storedKey?: string): ElectionInput {
  const t = (name: string) => textOf(values, name);
  return {
    key: storedKey ?? t("key"),
    nameDe: t("name-de"),
    nameEn: t("name-en"),
    electionDay: isoDateOf(t("election-day")),
    applicationsFrom: isoDateOf(t("applications-from")),
    deadlineDate: isoDateOf(t("deadline-date")),
    deadlineTime: clockTimeOf(t("deadline-time")),
  };
}

/** A stored election as the form's values; the deadline in the tenant's zone. */
export function electionFormValues(
  election: Election,
  deadline: { date: string; time: string },
): Record<string, string> {
  return {
    key: election.key,
    "name-de": election.name.de,
    "name-en": election.name.en,
    "election-day": election.electionDay,
    "applications-from": election.applicationsFrom,
    "deadline-date": deadline.date,
    "deadline-time": deadline.time,
  };
}
