import { Input, Select } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import { type Column, Table } from "../../../platform/views/Table";
import type { Counter, OpeningPlan } from "../../booking";
import type { LocationEntry } from "../../locations";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import { CAPACITY_PARTS, capacityField, newCounterField } from "../domain/counter-form";
import type { FormValues } from "../domain/form-values";
import { LOCATION_KINDS, PLACE_LIMITS } from "../domain/place-form";
import type { AdminMessages } from "../messages/de";
import { validityText } from "./admin-text";
import { fieldValue } from "./form-support";
import { BackLink, InlineError, PostButton, SubmitButton } from "./parts";

/** A number field inside a table cell: its label is read out but not shown (the headers say it). */
function CellInput(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  describedBy?: string;
}) {
  return <Input {...props} labelHidden inputMode="numeric" inputClass="sb-admin-number" />;
}

export interface PlaceEditView {
  entry: LocationEntry;
  plans: OpeningPlan[];
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

/** `/verwaltung/orte/:key`: name, kind and address; the counters of each plan; withdraw or restore. */
export function PlaceEditPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: PlaceEditView;
}) {
  const p = t.places;
  const { entry, plans, values, errors } = view;
  const key = entry.location.key;
  const title = p.editTitle(entry.location.name[ctx.locale]);
  const err = (field: string) => errorFor(errors, field);
  const v = (field: string) => fieldValue(values, field);
  /** a plan's counters: key, the two capacities as number fields, and a button that removes the counter */
  const counterColumns = (plan: OpeningPlan): Column<Counter>[] => [
    { key: "counter", header: p.counter, cell: (c) => <code>{c.key}</code>, rowHeader: true },
    ...CAPACITY_PARTS.map(
      (part): Column<Counter> => ({
        key: part,
        header: part === "public" ? p.publicCapacity : p.staffCapacity,
        cell: (c) => {
          const name = capacityField(plan.key, c.key, part);
          return (
            <CellInput
              name={name}
              label={p.capacityLabel(c.key, part === "public" ? p.publicCapacity : p.staffCapacity)}
              value={v(name)}
              error={err(name)}
            />
          );
        },
      }),
    ),
    {
      key: "actions",
      header: p.actions,
      cell: (c) => (
        // belongs to the remove form below, so Enter in a field still saves
        <button
          type="submit"
          class="kern-btn kern-btn--tertiary"
          form={`remove-form-${plan.key}`}
          name="counter"
          value={c.key}
        >
          <span class="kern-label">{p.removeCounter(c.key)}</span>
        </button>
      ),
    },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={view.notice} wide>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <BackLink href={ctx.href("/verwaltung/orte")}>{p.backToList}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      {entry.withdrawn && (
        <div class="kern-alert kern-alert--warning" role="note">
          <div class="kern-alert__header">
            <span class="kern-title">{p.isWithdrawn}</span>
          </div>
        </div>
      )}
      <p class="kern-body">
        {t.common.immediate}{" "}
        {!entry.withdrawn && (
          <a class="kern-link" href={ctx.href(`/orte/${key}`)}>
            {t.common.citizenPage}
          </a>
        )}
      </p>

      <Section id="details-title" title={p.detailsTitle}>
        <form method="post" action={ctx.href(`/verwaltung/orte/${key}`)} class="sb-form" novalidate>
          <CsrfInput token={ctx.csrfToken} />
          <Input
            name="name-de"
            label={p.nameDe}
            value={v("name-de")}
            error={err("name-de")}
            maxLength={PLACE_LIMITS.name}
          />
          <Input
            name="name-en"
            label={p.nameEn}
            value={v("name-en")}
            error={err("name-en")}
            maxLength={PLACE_LIMITS.name}
          />
          <Select
            name="kind"
            label={p.kind}
            emptyLabel={t.plans.closurePlaceEmpty}
            choices={LOCATION_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
            value={v("kind")}
            error={err("kind")}
          />
          <Input
            name="street"
            label={p.street}
            autocomplete="off"
            value={v("street")}
            error={err("street")}
          />
          <Input
            name="postal-code"
            label={p.postalCode}
            inputMode="numeric"
            maxLength={5}
            value={v("postal-code")}
            error={err("postal-code")}
          />
          <Input name="city" label={p.city} value={v("city")} error={err("city")} />
          {entry.location.address.demo && <p class="kern-body">{p.demoAddressHint}</p>}
          <SubmitButton label={t.common.save} />
        </form>
      </Section>

      <Section id="counters-title" title={p.countersTitle}>
        <p class="kern-body">{p.countersIntro}</p>
        <p class="kern-body">{p.countersKept}</p>
        {plans.length === 0 && <p class="kern-body">{p.noPlans}</p>}
        {plans.map((plan) => (
          <div class="sb-admin-plan" key={plan.key}>
            <form method="post" action={ctx.href(`/verwaltung/orte/${key}/schalter/${plan.key}`)} novalidate>
              <CsrfInput token={ctx.csrfToken} />
              <Table
                id={`remove__${plan.key}`}
                focusTarget
                caption={p.planCaption(plan.key, validityText(ctx, t, plan))}
                columns={counterColumns(plan)}
                rows={plan.counters}
                rowKey={(c) => c.key}
                striped={false}
              />
              <InlineError id={`remove__${plan.key}`} message={err(`remove__${plan.key}`)} />
              <p class="kern-hint">{p.capacityHint}</p>
              <SubmitButton label={p.saveCapacities} />
            </form>
            <form
              id={`remove-form-${plan.key}`}
              method="post"
              action={ctx.href(`/verwaltung/orte/${key}/schalter/${plan.key}/entfernen`)}
            >
              <CsrfInput token={ctx.csrfToken} />
            </form>
            <form
              method="post"
              action={ctx.href(`/verwaltung/orte/${key}/schalter/${plan.key}/neu`)}
              class="sb-admin-add"
              novalidate
            >
              <CsrfInput token={ctx.csrfToken} />
              <fieldset class="kern-fieldset">
                <legend class="kern-label">{p.addCounterTitle(plan.key)}</legend>
                <div class="kern-fieldset__body">
                  <div class="sb-admin-row__fields">
                    <Input
                      name={newCounterField(plan.key, "key")}
                      label={p.newCounterKey}
                      hint={p.newCounterKeyHint}
                      value={v(newCounterField(plan.key, "key"))}
                      error={err(newCounterField(plan.key, "key"))}
                      maxLength={60}
                    />
                    <Input
                      name={newCounterField(plan.key, "public")}
                      label={p.newPublic}
                      hint={p.capacityHint}
                      inputMode="numeric"
                      value={v(newCounterField(plan.key, "public"))}
                      error={err(newCounterField(plan.key, "public"))}
                    />
                    <Input
                      name={newCounterField(plan.key, "staff")}
                      label={p.newStaff}
                      hint={p.capacityHint}
                      inputMode="numeric"
                      value={v(newCounterField(plan.key, "staff"))}
                      error={err(newCounterField(plan.key, "staff"))}
                    />
                  </div>
                </div>
              </fieldset>
              <SubmitButton label={p.addCounter} />
            </form>
          </div>
        ))}
      </Section>

      <Section id="status-title" title={p.statusTitle}>
        <p class="kern-body" id="status-hint">
          {entry.withdrawn ? p.isWithdrawn : p.withdrawExplain}
        </p>
        <InlineError id="status" message={err("status")} />
        <PostButton
          ctx={ctx}
          id="status"
          action={`/verwaltung/orte/${key}/status`}
          fields={{ action: entry.withdrawn ? "restore" : "withdraw" }}
          label={entry.withdrawn ? p.restoreButton : p.withdrawButton}
          describedBy={err("status") ? "status-hint status-error" : "status-hint"}
          secondary
        />
      </Section>
    </BackOfficeLayout>
  );
}
