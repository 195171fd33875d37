import { CheckboxGroup, Input, RadioGroup, Select, TextArea } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import type { ServiceEntry } from "../../catalog";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import { BOOKABLE_CHANNELS, FEE_KINDS, FEE_ROWS, feeField, SERVICE_LIMITS } from "../domain/service-form";
import type { AdminMessages } from "../messages/de";
import { fieldValue, valuesListOf } from "./form-support";
import { BackLink, InlineError, PostButton, SubmitButton } from "./parts";

export interface ServiceEditView {
  entry: ServiceEntry;
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

/** `/verwaltung/leistungen/:key`: the fields administrators change, and withdraw or restore. */
export function ServiceEditPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: ServiceEditView;
}) {
  const { locale } = ctx;
  const s = t.services;
  const { entry, values, errors } = view;
  const key = entry.service.key;
  const title = s.editTitle(entry.service.name[locale]);
  const err = (field: string) => errorFor(errors, field);
  const v = (field: string) => fieldValue(values, field);
  const optional = t.common.optional;
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={view.notice}>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <BackLink href={ctx.href("/verwaltung/leistungen")}>{s.backToList}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      {entry.withdrawn && (
        <div class="kern-alert kern-alert--warning" role="note">
          <div class="kern-alert__header">
            <span class="kern-title">{s.isWithdrawn}</span>
          </div>
        </div>
      )}
      <p class="kern-body">
        {t.common.immediate}{" "}
        {!entry.withdrawn && (
          <a class="kern-link" href={ctx.href(`/leistungen/${key}`)}>
            {t.common.citizenPage}
          </a>
        )}
      </p>
      <form method="post" action={ctx.href(`/verwaltung/leistungen/${key}`)} class="sb-admin-form" novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <Section id="names-title" title={s.namesTitle}>
          <div class="sb-form">
            <Input
              name="name-de"
              label={s.nameDe}
              value={v("name-de")}
              error={err("name-de")}
              maxLength={SERVICE_LIMITS.name}
            />
            <Input
              name="name-en"
              label={s.nameEn}
              value={v("name-en")}
              error={err("name-en")}
              maxLength={SERVICE_LIMITS.name}
            />
            <TextArea
              name="summary-de"
              label={s.summaryDe}
              rows={3}
              value={v("summary-de")}
              error={err("summary-de")}
            />
            <TextArea
              name="summary-en"
              label={s.summaryEn}
              rows={3}
              value={v("summary-en")}
              error={err("summary-en")}
            />
          </div>
        </Section>
        <Section id="appointment-title" title={s.appointmentTitle}>
          <div class="sb-form">
            <Input
              name="counter-minutes"
              label={s.counterMinutes}
              hint={s.counterMinutesHint}
              condition={optional}
              inputMode="numeric"
              value={v("counter-minutes")}
              error={err("counter-minutes")}
            />
            <CheckboxGroup
              name="channels"
              legend={s.channels}
              hint={s.channelsHint}
              optionalLabel={optional}
              choices={BOOKABLE_CHANNELS.map((c) => ({
                value: c,
                label: c === "stadtbuero" ? s.channelStadtbuero : s.channelMobile,
              }))}
              values={valuesListOf(values, "channels")}
              error={err("channels")}
            />
          </div>
        </Section>
        <Section id="fee-title" title={s.feeTitle}>
          <div class="sb-form">
            <RadioGroup
              name="fee-kind"
              legend={s.feeKind}
              choices={FEE_KINDS.map((k) => ({ value: k, label: s.feeKinds[k] }))}
              value={v("fee-kind")}
              error={err("fee-kind")}
            />
            <Input
              name="fee-valid-from"
              label={s.feeValidFrom}
              hint={s.feeValidFromHint}
              condition={optional}
              type="date"
              value={v("fee-valid-from")}
              error={err("fee-valid-from")}
            />
            <TextArea
              name="fee-note-de"
              label={s.feeNoteDe}
              condition={optional}
              rows={2}
              value={v("fee-note-de")}
              error={err("fee-note-de")}
            />
            <TextArea
              name="fee-note-en"
              label={s.feeNoteEn}
              condition={optional}
              rows={2}
              value={v("fee-note-en")}
              error={err("fee-note-en")}
            />
          </div>
          <h3 class="kern-heading-small">{s.feeItemsTitle}</h3>
          <p class="kern-body">{s.feeItemsHint}</p>
          <div class="sb-admin-rows">
            {Array.from({ length: FEE_ROWS }, (_, row) => (
              <fieldset class="kern-fieldset sb-admin-row" key={row}>
                <legend class="kern-label">{s.feeItem(row + 1)}</legend>
                <div class="kern-fieldset__body sb-admin-row__body">
                  <div class="sb-admin-row__fields">
                    <Select
                      name={feeField(row, "kind")}
                      label={s.feeItemKind}
                      emptyLabel={s.feeItemKinds.base}
                      choices={[{ value: "surcharge", label: s.feeItemKinds.surcharge }]}
                      value={v(feeField(row, "kind"))}
                      error={err(feeField(row, "kind"))}
                    />
                    <Input
                      name={feeField(row, "amount")}
                      label={s.feeItemAmount}
                      condition={optional}
                      inputMode="numeric"
                      value={v(feeField(row, "amount"))}
                      error={err(feeField(row, "amount"))}
                    />
                    <Input
                      name={feeField(row, "condition-de")}
                      label={s.feeItemConditionDe}
                      condition={optional}
                      value={v(feeField(row, "condition-de"))}
                      error={err(feeField(row, "condition-de"))}
                    />
                    <Input
                      name={feeField(row, "condition-en")}
                      label={s.feeItemConditionEn}
                      condition={optional}
                      value={v(feeField(row, "condition-en"))}
                      error={err(feeField(row, "condition-en"))}
                    />
                  </div>
                </div>
              </fieldset>
            ))}
          </div>
        </Section>
        <SubmitButton label={t.common.save} />
      </form>
      <Section id="status-title" title={s.statusTitle}>
        <p class="kern-body" id="status-hint">
          {entry.withdrawn ? s.isWithdrawn : s.withdrawExplain}
        </p>
        <InlineError id="status" message={err("status")} />
        <PostButton
          ctx={ctx}
          id="status"
          action={`/verwaltung/leistungen/${key}/status`}
          fields={{ action: entry.withdrawn ? "restore" : "withdraw" }}
          label={entry.withdrawn ? s.restoreButton : s.withdrawButton}
          describedBy={err("status") ? "status-hint status-error" : "status-hint"}
          secondary
        />
      </Section>
    </BackOfficeLayout>
  );
}
