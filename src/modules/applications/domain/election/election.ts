import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { IsoDate, isCleanLine, isIsoDate, Slug } from "../../../../domain/text";
import { civilDate, civilToInstant } from "../../../../domain/zoned-time";

/**
 * An election the administration configured, for which residents apply online for a
 * Wahlschein (Briefwahl): open from the first day applications are accepted (a civil day in
 * the tenant's zone) until the deadline (an instant).
 */
export const ELECTION_NAME_MAX = 200;
export const ELECTION_KEY_MAX = 80;
/** The hour applications close on the Friday before election day (§ 27 Abs. 4 BWO). */
export const DEFAULT_DEADLINE_TIME = "18:00";

const ElectionName = z.string().trim().min(1).max(ELECTION_NAME_MAX).refine(isCleanLine);

export const Election = z.strictObject({
  id: z.uuid(),
  key: Slug.refine((k) => k.length <= ELECTION_KEY_MAX),
  name: z.strictObject({ de: ElectionName, en: ElectionName }),
  electionDay: IsoDate,
  applicationsFrom: IsoDate,
  deadline: z.date(),
  withdrawn: z.boolean(),
});
export type Election = z.infer<typeof Election>;

/** The deadline the law sets when none is given: the Friday before election day, 18:00. */
export function defaultDeadline(electionDay: string): { date: string; time: string } {
  const day = Temporal.PlainDate.from(electionDay);
  // dayOfWeek: Monday 1 … Sunday 7; the Friday strictly before the day
  const back = (day.dayOfWeek - 5 + 7) % 7 || 7;
  return { date: day.subtract({ days: back }).toString(), time: DEFAULT_DEADLINE_TIME };
}

/**
 * Whether residents may apply for a Wahlschein for the election at `now`: not withdrawn, today
 * (in `timeZone`) on or after the first day, and the deadline not yet reached.
 */
export function isOpenForApplications(
  election: Pick<Election, "withdrawn" | "applicationsFrom" | "deadline">,
  now: Date,
  timeZone: string,
): boolean {
  if (election.withdrawn) return false;
  const today = civilDate(now.toISOString(), timeZone).toString();
  return today >= election.applicationsFrom && now.getTime() < election.deadline.getTime();
}

/** The elections open for applications at `now`, the one whose deadline comes first first. */
export function openElections<E extends Pick<Election, "withdrawn" | "applicationsFrom" | "deadline">>(
  elections: readonly E[],
  now: Date,
  timeZone: string,
): E[] {
  return elections
    .filter((e) => isOpenForApplications(e, now, timeZone))
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}

/** An election as the administration enters it, texts trimmed, dates as typed. */
export interface ElectionInput {
  key: string;
  nameDe: string;
  nameEn: string;
  electionDay: string;
  applicationsFrom: string;
  /** blank: the Friday before election day */
  deadlineDate: string;
  /** blank: 18:00 */
  deadlineTime: string;
}

export const ELECTION_FIELDS = [
  "key",
  "name-de",
  "name-en",
  "election-day",
  "applications-from",
  "deadline-date",
  "deadline-time",
] as const;
export type ElectionField = (typeof ELECTION_FIELDS)[number];

export type ElectionProblemCode =
  | "required"
  | "too-long"
  | "characters"
  | "slug"
  | "date"
  | "time"
  | "not-future"
  | "start-after-deadline"
  | "deadline-not-before-election";

export interface ElectionProblem {
  field: ElectionField;
  code: ElectionProblemCode;
  max?: number;
}

/** What an election's values are once checked: the deadline as an instant. */
export interface ElectionValues {
  key: string;
  name: { de: string; en: string };
  electionDay: string;
  applicationsFrom: string;
  deadline: Date;
}

/**
 * Checks an election as entered: key and names given, short enough and clean; real dates;
 * election day after `today` when `requireFuture` (a new election, or a changed election day);
 * first day ≤ deadline < election day. The deadline defaults to the Friday before election day,
 * 18:00, in `timeZone`.
 */
export function checkElection(
  input: ElectionInput,
  rules: { today: string; timeZone: string; requireFuture: boolean },
): { ok: true; values: ElectionValues } | { ok: false; problems: ElectionProblem[] } {
  const problems: ElectionProblem[] = [];
  const text = (field: ElectionField, value: string, max: number) => {
    if (value === "") problems.push({ field, code: "required" });
    else if (value.length > max) problems.push({ field, code: "too-long", max });
    else if (!isCleanLine(value)) problems.push({ field, code: "characters" });
  };
  text("key", input.key, ELECTION_KEY_MAX);
  if (problems.length === 0 && !Slug.safeParse(input.key).success)
    problems.push({ field: "key", code: "slug" });
  text("name-de", input.nameDe, ELECTION_NAME_MAX);
  text("name-en", input.nameEn, ELECTION_NAME_MAX);
  const date = (field: ElectionField, value: string) => {
    if (value === "") problems.push({ field, code: "required" });
    else if (!isIsoDate(value)) problems.push({ field, code: "date" });
    else return value;
    return undefined;
  };
  const electionDay = date("election-day", input.electionDay);
  const applicationsFrom = date("applications-from", input.applicationsFrom);
  if (electionDay && rules.requireFuture && electionDay <= rules.today)
    problems.push({ field: "election-day", code: "not-future" });
  const fallback = electionDay ? defaultDeadline(electionDay) : undefined;
  let deadlineDate: string | undefined;
  if (input.deadlineDate === "") deadlineDate = fallback?.date;
  else if (!isIsoDate(input.deadlineDate)) problems.push({ field: "deadline-date", code: "date" });
  else deadlineDate = input.deadlineDate;
  const deadlineTime = input.deadlineTime === "" ? DEFAULT_DEADLINE_TIME : input.deadlineTime;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(deadlineTime))
    problems.push({ field: "deadline-time", code: "time" });
  if (electionDay && deadlineDate && deadlineDate >= electionDay)
    problems.push({ field: "deadline-date", code: "deadline-not-before-election" });
  if (applicationsFrom && deadlineDate && applicationsFrom > deadlineDate)
    problems.push({ field: "applications-from", code: "start-after-deadline" });
  if (problems.length > 0 || !electionDay || !applicationsFrom || !deadlineDate)
    return { ok: false, problems: inFieldOrder(problems) };
  const deadline = new Date(civilToInstant(deadlineDate, deadlineTime, rules.timeZone).epochMilliseconds);
  return {
    ok: true,
    values: {
      key: input.key,
      name: { de: input.nameDe, en: input.nameEn },
      electionDay,
      applicationsFrom,
      deadline,
    },
  };
}

/** One problem per field, in the form's order (the error summary's order). */
function inFieldOrder(problems: readonly ElectionProblem[]): ElectionProblem[] {
  return ELECTION_FIELDS.flatMap((f) => problems.find((p) => p.field === f) ?? []);
}
