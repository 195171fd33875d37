import type { Locale } from "../../../domain/locale";
import { CheckboxGroup, Input, RadioGroup, TextArea } from "../../../platform/views/fields";
import type { FieldError, FileRef, Question } from "../domain";
import { DATE_PARTS } from "../domain";
import type { FormMessages } from "../messages/form-de";
import { FileList } from "./FileList";

/** What the inputs of a page show: the posted strings after a failed post, or the stored answers. */
export type FieldValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface QuestionFieldsProps {
  questions: readonly Question[];
  values: FieldValues;
  errors: readonly FieldError[];
  locale: Locale;
  t: FormMessages;
  /** the files already uploaded, per file question */
  files: Readonly<Record<string, readonly FileRef[]>>;
  /** the page's heading says the question already: its label is read out but not shown */
  labelIsHeading: boolean;
  /** where a file's remove button posts (`undefined` inside a group item, where files are not asked) */
  removeFileAction?: (file: FileRef) => string;
  csrfToken: string;
}

const text = (v: string | readonly string[] | undefined) => (typeof v === "string" ? v : undefined);
const list = (v: string | readonly string[] | undefined) =>
  v === undefined ? [] : typeof v === "string" ? [v] : [...v];

function errorOf(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** Day, month and year in one fieldset, GOV.UK's date input in KERN markup. */
function DateInput(props: {
  name: string;
  legend: string;
  hint?: string;
  values: FieldValues;
  errors: readonly FieldError[];
  legendHidden: boolean;
  t: FormMessages;
}) {
  const { name, values, t } = props;
  const error = DATE_PARTS.map((p) => errorOf(props.errors, `${name}.${p}`)).find(Boolean);
  const hint = [props.hint, t.parts.dateHint].filter(Boolean).join(" ");
  return (
    <fieldset
      class={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}
      aria-describedby={[`${name}-hint`, error ? `${name}-error` : ""].filter(Boolean).join(" ")}
    >
      <legend class={props.legendHidden ? "kern-label kern-sr-only" : "kern-label"}>{props.legend}</legend>
      <div class="kern-hint" id={`${name}-hint`}>
        {hint}
      </div>
      {error && (
        <div class="kern-fieldset__body">
          <p class="kern-error" id={`${name}-error`}>
            {error}
          </p>
        </div>
      )}
      <div class="kern-fieldset__body kern-fieldset__body--horizontal sb-date-input">
        {DATE_PARTS.map((part) => {
          const field = `${name}.${part}`;
          const invalid = props.errors.some((e) => e.field === field);
          return (
            <div class="kern-form-input" key={part}>
              <label class="kern-label" for={field}>
                {t.parts[part]}
              </label>
              <input
                class={`kern-form-input__input sb-date-input__${part}${invalid ? " kern-form-input__input--error" : ""}`}
                id={field}
                name={field}
                type="text"
                inputMode="numeric"
                maxLength={part === "year" ? 4 : 2}
                value={text(values[field]) ?? ""}
                aria-invalid={invalid ? "true" : undefined}
                autocomplete={name.endsWith("dateOfBirth") ? `bday-${part}` : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** One statement to confirm: a single checkbox whose label is the statement. */
function Declaration(props: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  error?: string;
}) {
  const { name, error } = props;
  const described = [props.hint ? `${name}-hint` : "", error ? `${name}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      {error && (
        <p class="kern-error" id={`${name}-error`}>
          {error}
        </p>
      )}
      <div class="kern-form-check">
        <input
          class={`kern-form-check__checkbox${error ? " kern-form-check__checkbox--error" : ""}`}
          id={name}
          name={name}
          type="checkbox"
          value="yes"
          checked={props.checked}
          required
          aria-invalid={error ? "true" : undefined}
          aria-describedby={described || undefined}
        />
        <label class="kern-label" for={name}>
          {props.label}
        </label>
      </div>
      {props.hint && (
        <div class="kern-hint" id={`${name}-hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}

/** A fieldset of several text inputs (address, person). */
function PartsFieldset(props: {
  name: string;
  legend: string;
  hint?: string;
  legendHidden: boolean;
  children: preact.ComponentChildren;
}) {
  return (
    <fieldset class="kern-fieldset" aria-describedby={props.hint ? `${props.name}-hint` : undefined}>
      <legend class={props.legendHidden ? "kern-label kern-sr-only" : "kern-label"}>{props.legend}</legend>
      {props.hint && (
        <div class="kern-hint" id={`${props.name}-hint`}>
          {props.hint}
        </div>
      )}
      <div class="kern-fieldset__body">{props.children}</div>
    </fieldset>
  );
}

function QuestionField(props: QuestionFieldsProps & { question: Question }) {
  const { question: q, values, errors, locale, t, labelIsHeading } = props;
  const label = q.label[locale];
  const hint = q.hint?.[locale];
  const condition = q.optional ? t.optional : undefined;
  const part = (p: string) => ({
    name: `${q.id}.${p}`,
    value: text(values[`${q.id}.${p}`]),
    error: errorOf(errors, `${q.id}.${p}`),
  });
  switch (q.kind) {
    case "text":
      return q.multiline ? (
        <TextArea
          name={q.id}
          label={label}
          hint={hint}
          condition={condition}
          value={text(values[q.id])}
          error={errorOf(errors, q.id)}
          maxLength={q.maxLength}
          labelHidden={labelIsHeading}
        />
      ) : (
        <Input
          name={q.id}
          label={label}
          hint={hint}
          condition={condition}
          value={text(values[q.id])}
          error={errorOf(errors, q.id)}
          maxLength={q.maxLength}
          labelHidden={labelIsHeading}
        />
      );
    case "number":
      return (
        <Input
          name={q.id}
          label={q.unit ? `${label} (${q.unit[locale]})` : label}
          hint={hint}
          condition={condition}
          value={text(values[q.id])}
          error={errorOf(errors, q.id)}
          inputMode="numeric"
          inputClass="sb-input--short"
          labelHidden={labelIsHeading}
        />
      );
    case "date":
      return (
        <DateInput
          name={q.id}
          legend={label}
          hint={hint}
          values={values}
          errors={errors}
          legendHidden={labelIsHeading}
          t={t}
        />
      );
    case "choice": {
      const choices = q.options.map((o) => ({ value: o.value, label: o.label[locale] }));
      return q.multiple ? (
        <CheckboxGroup
          name={q.id}
          legend={label}
          hint={hint}
          error={errorOf(errors, q.id)}
          optionalLabel={condition}
          choices={choices}
          values={list(values[q.id])}
        />
      ) : (
        <RadioGroup
          name={q.id}
          legend={label}
          hint={hint}
          error={errorOf(errors, q.id)}
          choices={choices}
          value={text(values[q.id])}
        />
      );
    }
    case "yesNo":
      return (
        <RadioGroup
          name={q.id}
          legend={label}
          hint={hint}
          error={errorOf(errors, q.id)}
          choices={[
            { value: "yes", label: t.parts.yes },
            { value: "no", label: t.parts.no },
          ]}
          value={text(values[q.id])}
        />
      );
    case "declaration":
      return (
        <Declaration
          name={q.id}
          label={label}
          hint={hint}
          checked={text(values[q.id]) === "yes"}
          error={errorOf(errors, q.id)}
        />
      );
    case "address":
      return (
        <PartsFieldset name={q.id} legend={label} hint={hint} legendHidden={labelIsHeading}>
          <Input {...part("street")} label={t.parts.street} autocomplete="address-line1" maxLength={100} />
          <Input
            {...part("houseNumber")}
            label={t.parts.houseNumber}
            inputClass="sb-input--short"
            maxLength={20}
          />
          <Input {...part("addition")} label={t.parts.addition} condition={t.optional} maxLength={100} />
          <Input
            {...part("postalCode")}
            label={t.parts.postalCode}
            autocomplete="postal-code"
            inputMode="numeric"
            inputClass="sb-input--short"
            maxLength={7}
          />
          <Input {...part("city")} label={t.parts.city} autocomplete="address-level2" maxLength={100} />
        </PartsFieldset>
      );
    case "person":
      return (
        <PartsFieldset name={q.id} legend={label} hint={hint} legendHidden={labelIsHeading}>
          {q.doctoralDegree && (
            <Input
              {...part("doctoralDegree")}
              label={t.parts.doctoralDegree}
              condition={t.optional}
              maxLength={50}
            />
          )}
          <Input
            {...part("familyName")}
            label={t.parts.familyName}
            autocomplete="family-name"
            maxLength={200}
          />
          <Input
            {...part("givenNames")}
            label={t.parts.givenNames}
            autocomplete="given-name"
            maxLength={200}
          />
          {q.birthName && (
            <Input {...part("birthName")} label={t.parts.birthName} condition={t.optional} maxLength={200} />
          )}
          <DateInput
            name={`${q.id}.dateOfBirth`}
            legend={t.parts.dateOfBirth}
            values={values}
            errors={errors}
            legendHidden={false}
            t={t}
          />
        </PartsFieldset>
      );
    case "file":
      return (
        <FileList
          question={q}
          files={props.files[q.id] ?? []}
          error={errorOf(errors, q.id)}
          locale={locale}
          t={t}
          removeAction={props.removeFileAction}
          csrfToken={props.csrfToken}
          labelHidden={labelIsHeading}
        />
      );
  }
}

/** The inputs of a page's questions, in order, each with its label, hint and error. */
export function QuestionFields(props: QuestionFieldsProps) {
  return (
    <>
      {props.questions.map((q) => (
        <QuestionField {...props} question={q} key={q.id} />
      ))}
    </>
  );
}
