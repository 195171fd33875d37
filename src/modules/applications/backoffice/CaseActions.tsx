import type { ComponentChildren } from "preact";
import type { Locale } from "../../../domain/locale";
import { Input, RadioGroup, Select, TextArea } from "../../../platform/views/fields";
import { CsrfInput, errorFor } from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import type { BackOfficeContext } from "../../staff";
import { REJECT_REASONS } from "../domain";
import { REJECT_REASON_KEYS } from "../domain/case/reject-reasons";
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from "../domain/payment/payments";
import { ACTION_OF, type DeskEventType } from "./action-forms";
import type { DeskMessages } from "./desk-messages";
import type { ActionsView } from "./detail-view";
import { ExtractFields } from "./ExtractFields";

interface Props {
  ctx: BackOfficeContext;
  t: DeskMessages;
  actions: ActionsView;
}

/** A form posting to `path` below the case, with the CSRF token and the revision the person saw. */
function ActionForm(props: Props & { path: string; extra?: ComponentChildren; children: ComponentChildren }) {
  const { ctx, actions } = props;
  return (
    <form class="sb-form" method="post" action={ctx.href(`${actions.base}/${props.path}`)} novalidate>
      <CsrfInput token={ctx.csrfToken} />
      <input type="hidden" name="revision" value={String(actions.revision)} />
      {props.extra}
      {props.children}
    </form>
  );
}

function Submit({ label, primary }: { label: string; primary?: boolean }) {
  return (
    <button type="submit" class={`kern-btn ${primary ? "kern-btn--primary" : "kern-btn--secondary"}`}>
      <span class="kern-label">{label}</span>
    </button>
  );
}

/** Taking the case, or giving it to a clerk of its place. */
function Assignment({ ctx, t, actions }: Props) {
  const seen = <input type="hidden" name="assigned" value={actions.assignedTo?.toString() ?? ""} />;
  return (
    <Section id="assign-title" title={t.assignTitle} level={3}>
      {actions.canTake && (
        <ActionForm ctx={ctx} t={t} actions={actions} path="zuweisen" extra={seen}>
          <input type="hidden" name="assignee" value={String(ctx.viewer.staffId)} />
          <Submit label={t.assignToMe} primary />
        </ActionForm>
      )}
      <ActionForm ctx={ctx} t={t} actions={actions} path="zuweisen" extra={seen}>
        <Select
          name="assignee"
          label={t.assignLabel}
          choices={actions.assignees}
          emptyLabel={t.assignEmpty}
          value={actions.values.assignee}
          error={errorFor(actions.errors, "assignee")}
        />
        <Submit label={t.assignSubmit} />
      </ActionForm>
    </Section>
  );
}

/** The fields of an event's form. */
function Fields(props: { t: DeskMessages; locale: Locale; actions: ActionsView; type: DeskEventType }) {
  const { t, locale, actions, type } = props;
  const { values, errors, defaults } = actions;
  const err = (field: string) => errorFor(errors, field);
  const note = (name: string, hint: string) => (
    <TextArea
      name={name}
      label={t.note}
      hint={hint}
      condition={t.optional}
      rows={3}
      value={values[name]}
      error={err(name)}
    />
  );
  const amount = (name: string, label: string, fallback: string) => (
    <Input
      name={name}
      label={label}
      hint={t.amountHint}
      inputMode="numeric"
      value={values[name] ?? fallback}
      error={err(name)}
    />
  );
  switch (type) {
    case "request-information":
      return (
        <TextArea
          name="question"
          label={t.question}
          hint={t.questionHint}
          value={values.question}
          error={err("question")}
        />
      );
    case "provide-information":
      return <TextArea name="answer" label={t.answer} value={values.answer} error={err("answer")} />;
    case "approve":
      return (
        <>
          <ExtractFields t={t} items={actions.extractItems} values={values} errors={errors} />
          {note("approveNote", t.noteHintResident)}
        </>
      );
    case "reject":
      return (
        <>
          <RadioGroup
            name="rejectReason"
            legend={t.rejectReason}
            choices={REJECT_REASON_KEYS.map((r) => ({ value: r, label: REJECT_REASONS[r].label[locale] }))}
            value={values.rejectReason}
            error={err("rejectReason")}
          />
          <TextArea
            name="rejectNote"
            label={t.note}
            hint={t.noteHintResident}
            condition={t.rejectNoteCondition}
            rows={3}
            value={values.rejectNote}
            error={err("rejectNote")}
          />
        </>
      );
    case "set-fee":
      return (
        <>
          {amount("feeAmount", t.feeAmount, defaults.feeAmount)}
          {note("feeNote", t.noteHintInternal)}
        </>
      );
    case "record-payment":
      return (
        <>
          <RadioGroup
            name="paymentMethod"
            legend={t.paymentMethod}
            choices={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m][locale] }))}
            value={values.paymentMethod}
            error={err("paymentMethod")}
          />
          {amount("paymentAmount", t.paymentAmount, defaults.paymentAmount)}
          <Input
            name="paymentDate"
            label={t.paymentDate}
            hint={t.paymentDateHint}
            value={values.paymentDate ?? defaults.paymentDate}
            error={err("paymentDate")}
          />
          {note("paymentNote", t.noteHintInternal)}
        </>
      );
    default:
      return null;
  }
}

/** The steps staff may take now, each a small form; only what the status machine allows is shown. */
export function CaseActions(props: Props) {
  const { ctx, t, actions } = props;
  return (
    <Section id="actions-title" title={t.actionsTitle}>
      {actions.canAssign && <Assignment {...props} />}
      {actions.events.length === 0 && <p class="kern-body">{t.noActions}</p>}
      {actions.events.map((type) => (
        <Section key={type} id={`action-${type}`} title={t.actionTitles[type]} level={3}>
          <p class="kern-body">{t.actionTexts[type]}</p>
          <ActionForm ctx={ctx} t={t} actions={actions} path={ACTION_OF[type]}>
            <Fields t={t} locale={ctx.locale} actions={actions} type={type} />
            <Submit label={t.submits[type]} primary={type !== "reject"} />
          </ActionForm>
        </Section>
      ))}
    </Section>
  );
}
