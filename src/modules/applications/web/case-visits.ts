import type { Locale, LocalizedText } from "../../../domain/locale";
import type { CaseRecord } from "../cases";
import { isCaseOpen } from "../domain";
import type { CaseMessages } from "../messages";
import { visitTimeText } from "./format";

/** A booked visit for a case, as booking tells it (`app.appointments.visitsOfCase`), with its place's name. */
export interface BookedVisit {
  code: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  placeName: LocalizedText | undefined;
}

/** What the case page says about the visit a form asks for, and the visits booked for the case. */
export interface VisitSectionModel {
  /** why the case needs a visit, while it is open */
  reason: string | undefined;
  visits: { code: string; text: string }[];
  /** where to book the visit: while one is needed and none is booked */
  bookHref: string | undefined;
}

/**
 * The case page's part about visits: the form's reason for one while the case is open, the
 * booked visits still to come, and the way to book one only while none is booked.
 * @param bookHref where the booking flow starts with the case attached
 */
export function visitSectionModel(input: {
  record: CaseRecord;
  visits: readonly BookedVisit[];
  locale: Locale;
  timeZone: string;
  t: CaseMessages;
  bookHref: string;
}): VisitSectionModel {
  const { record, locale, t } = input;
  const reason = isCaseOpen(record.state.status)
    ? record.form.definition.inPerson?.reason[locale]
    : undefined;
  const visits = input.visits.map((v) => ({
    code: v.code,
    text: t.visit.entry(
      visitTimeText(locale, v.startsAt, v.endsAt, input.timeZone, t.visit.when),
      v.placeName?.[locale] ?? v.location,
      v.code,
    ),
  }));
  return { reason, visits, bookHref: reason && visits.length === 0 ? input.bookHref : undefined };
}
