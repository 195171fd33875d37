import type { Locale } from "../../../domain/locale";
import { Input, RadioGroup, Select, TextArea } from "../../../platform/views/fields";
import { CsrfInput, errorFor, type FieldError } from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import { Table } from "../../../platform/views/Table";
import type { BackOfficeContext } from "../../staff";
import type { DeskMessages } from "../desk-messages";
import type { ScheduleView } from "../desk-queries";
import type { StopVisits } from "../desk-service";
import { MOBILE_VISIT_WEEKS } from "../domain/scheduling";
import { SCHEDULED_KINDS } from "../domain/visit-status";
import { civil, shortDate } from "./desk-format";

/** What staff typed into the scheduling form, echoed back after a failed submit. */
export interface ScheduleFormValues {
  kind?: string;
  stop?: string;
  visitDate?: string;
  homeDate?: string;
  homeTime?: string;
  homeUntil?: string;
  note?: string;
}

/** The form's values for a request: the current schedule to change, or only the team's note (kept when a visit was cancelled). */
export function scheduleFormValues(
  schedule: ScheduleView | null,
  note: string | null,
  timeZone: string,
): ScheduleFormValues {
  if (!schedule) return note ? { note } : {};
  const { date, time } = civil(schedule.at, timeZone);
  const common = { kind: schedule.kind, note: note ?? undefined };
  return schedule.kind === "mobile-visit"
    ? { ...common, stop: schedule.location ?? undefined, visitDate: date }
    : {
        ...common,
        homeDate: date,
        homeTime: time,
        homeUntil: schedule.until ? civil(schedule.until, timeZone).time : undefined,
      };
}

export interface ScheduleFormView {
  action: string;
  version: string;
  rescheduling: boolean;
  hasEmail: boolean;
  stops: StopVisits[];
  timeZone: string;
  values: ScheduleFormValues;
  errors: FieldError[];
}

const stopLabel = (stop: StopVisits, locale: Locale) => stop.districtName ?? stop.name[locale];

/** Scheduling into a visit of the mobile Stadtbüro at a stop, or a home visit at a date and time. */
export function ScheduleForm({
  ctx,
  t,
  form,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  form: ScheduleFormView;
}) {
  const { locale } = ctx;
  const { values, errors } = form;
  const err = (field: string) => errorFor(errors, field);
  return (
    <Section id="schedule-form-title" title={form.rescheduling ? t.rescheduleFormTitle : t.scheduleFormTitle}>
      <form class="sb-form" method="post" action={form.action} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <RadioGroup
          name="kind"
          legend={t.kindLegend}
          choices={SCHEDULED_KINDS.map((k) => ({ value: k, label: t.kindChoices[k] }))}
          value={values.kind}
          error={err("kind")}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t.mobileLegend}</legend>
          <div class="kern-fieldset__body">
            <Select
              name="stop"
              label={t.stop}
              optionalLabel={t.onlyMobile}
              choices={form.stops.map((s) => ({ value: s.key, label: stopLabel(s, locale) }))}
              emptyLabel={t.stopEmpty}
              value={values.stop}
              error={err("stop")}
            />
            <Input
              name="visitDate"
              type="date"
              label={t.visitDate}
              hint={t.visitDateHint}
              condition={t.onlyMobile}
              value={values.visitDate}
              error={err("visitDate")}
            />
          </div>
        </fieldset>
        <VisitsTable ctx={ctx} t={t} stops={form.stops} timeZone={form.timeZone} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t.homeLegend}</legend>
          <div class="kern-fieldset__body">
            <Input
              name="homeDate"
              type="date"
              label={t.homeDate}
              hint={t.homeDateHint}
              condition={t.onlyHome}
              value={values.homeDate}
              error={err("homeDate")}
            />
            <Input
              name="homeTime"
              type="time"
              label={t.homeTime}
              hint={t.homeTimeHint}
              condition={t.onlyHome}
              value={values.homeTime}
              error={err("homeTime")}
            />
            <Input
              name="homeUntil"
              type="time"
              label={t.homeUntil}
              hint={t.homeUntilHint}
              condition={t.onlyHome}
              value={values.homeUntil}
              error={err("homeUntil")}
            />
          </div>
        </fieldset>
        <TextArea
          name="note"
          label={t.note}
          hint={t.noteHint}
          condition={t.optional}
          rows={3}
          value={values.note}
          error={err("note")}
        />
        <p class="kern-body">{form.hasEmail ? t.mailWillBeSent : t.noMailAddress}</p>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t.scheduleSubmit}</span>
        </button>
      </form>
    </Section>
  );
}

/** The next visits of every stop, so staff can offer a day on the phone. */
function VisitsTable(props: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  stops: StopVisits[];
  timeZone: string;
}) {
  const { ctx, t, stops, timeZone } = props;
  const { locale } = ctx;
  return (
    <Table
      caption={t.visitsCaption(MOBILE_VISIT_WEEKS)}
      columns={[
        { key: "stop", header: t.visitsStop, rowHeader: true, cell: (s) => stopLabel(s, locale) },
        {
          key: "days",
          header: t.visitsDays,
          cell: (s) =>
            s.visits.length === 0 ? (
              t.noVisits
            ) : (
              <ul class="kern-list">
                {s.visits.map((v) => (
                  <li key={v.start}>
                    {t.at(
                      shortDate(locale, v.date),
                      t.timeRange(civil(v.start, timeZone).time, civil(v.end, timeZone).time),
                    )}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
      rows={stops}
      rowKey={(s) => s.key}
      striped={false}
    />
  );
}
