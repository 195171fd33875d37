import type { ComponentChildren } from "preact";

/**
 * Choice controls in KERN markup: radios, checkboxes, select, and a text input whose
 * requiredness depends on another answer. A group's first control carries the field's name
 * as id, so the error summary's `#field` link focuses it.
 */

function describedBy(id: string, hint?: unknown, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Hint({ id, children }: { id: string; children?: ComponentChildren }) {
  if (!children) return null;
  return (
    <div class="kern-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      {error}
    </p>
  );
}

/** A group's error, under its legend and hint: KERN floats the legend, and a fieldset body clears it. */
function GroupError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <div class="kern-fieldset__body">
      <ErrorText id={id} error={error} />
    </div>
  );
}

export interface InputProps {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  /** shown after the label in brackets ("optional", "only for a care home"); the field is then not marked required */
  condition?: string;
  type?: "text" | "email" | "tel" | "password" | "date" | "time" | "search";
  autocomplete?: string;
  inputMode?: "numeric" | "tel" | "email";
  maxLength?: number;
  /** false for a field that may stay empty without a condition to name (a search box) */
  required?: boolean;
  /** the label is read out but not shown, where a table's headers already name the field */
  labelHidden?: boolean;
  /** ids of further descriptions, such as a table column's hint */
  describedBy?: string;
  /** an extra class for the control, such as a narrow number field */
  inputClass?: string;
}

/** The label, hint and error of a text control, in KERN's order. */
function TextHead(props: InputProps) {
  const { name, label, hint, error, condition, labelHidden } = props;
  return (
    <>
      <label class={labelHidden ? "kern-label kern-sr-only" : "kern-label"} for={name}>
        {label}
        {condition && <span class="kern-label__optional"> ({condition})</span>}
      </label>
      <Hint id={name}>{hint}</Hint>
      <ErrorText id={name} error={error} />
    </>
  );
}

/** What names a text control (input or textarea) and its class. */
function controlName(props: InputProps) {
  const { name, error, inputClass } = props;
  const classes = ["kern-form-input__input", inputClass, error ? "kern-form-input__input--error" : undefined];
  return { class: classes.filter(Boolean).join(" "), id: name, name };
}

/** Whether a text control is required and what describes it (hint, error, further ids). */
function controlState(props: InputProps) {
  const { name, hint, error, condition, required = !condition } = props;
  const described = [props.describedBy, describedBy(name, hint, error)].filter(Boolean).join(" ");
  return {
    required,
    "aria-invalid": error ? ("true" as const) : undefined,
    "aria-describedby": described || undefined,
  };
}

/** The one text input of the platform (text, e-mail, phone, password, date, time, search). */
export function Input(props: InputProps) {
  const { value, error, type = "text", autocomplete, inputMode, maxLength } = props;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <TextHead {...props} />
      <input
        {...controlName(props)}
        type={type as "text"}
        value={value ?? ""}
        autocomplete={autocomplete as "off"}
        inputMode={inputMode}
        maxLength={maxLength}
        {...controlState(props)}
      />
    </div>
  );
}

/** Several lines of text, with the same label, hint and error as `Input`. */
export function TextArea(props: Omit<InputProps, "type" | "inputMode" | "autocomplete"> & { rows?: number }) {
  const { value, error, rows = 6, maxLength } = props;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <TextHead {...props} />
      <textarea {...controlName(props)} rows={rows} maxLength={maxLength} {...controlState(props)}>
        {value ?? ""}
      </textarea>
    </div>
  );
}

/**
 * A field that people do not see and bots fill in: hidden from sight, from screen readers
 * and from the tab order. A post with it filled is dropped by the route.
 */
export function Honeypot({ name, label }: { name: string; label: string }) {
  return (
    <div class="sb-honeypot" aria-hidden="true">
      <label for={name}>{label}</label>
      <input type="text" id={name} name={name} tabIndex={-1} autocomplete="off" />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface GroupProps {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  error?: string;
  optionalLabel?: string;
}

function Legend({ legend, optionalLabel }: { legend: string; optionalLabel?: string }) {
  return (
    <legend class="kern-label">
      {legend}
      {optionalLabel && <span class="kern-label__optional"> ({optionalLabel})</span>}
    </legend>
  );
}

/** One choice of several, as radio buttons in a fieldset. */
export function RadioGroup(props: GroupProps & { choices: Choice[]; value?: string }) {
  const { name, legend, hint, error, choices, value } = props;
  return (
    <fieldset
      class={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <Legend legend={legend} />
      <Hint id={name}>{hint}</Hint>
      <GroupError id={name} error={error} />
      <div class="kern-fieldset__body">
        {choices.map((c, i) => {
          const id = i === 0 ? name : `${name}-${c.value}`;
          return (
            <div class="kern-form-check" key={c.value}>
              <input
                class={`kern-form-check__radio${error ? " kern-form-check__radio--error" : ""}`}
                id={id}
                name={name}
                type="radio"
                value={c.value}
                checked={value === c.value}
                required
              />
              <label class="kern-label" for={id}>
                {c.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Checkboxes sharing one name. `idPrefix` keeps ids unique when one field spans several groups. */
export function Checkboxes(props: {
  name: string;
  choices: Choice[];
  values: string[];
  error?: string;
  /** the id of the first box; the field's name for the first group of a field */
  firstId?: string;
  idPrefix?: string;
}) {
  const { name, choices, values, error, firstId, idPrefix = name } = props;
  return (
    <div class="kern-fieldset__body">
      {choices.map((c, i) => {
        const id = i === 0 && firstId ? firstId : `${idPrefix}-${c.value}`;
        return (
          <div class="kern-form-check" key={c.value}>
            <input
              class={`kern-form-check__checkbox${error ? " kern-form-check__checkbox--error" : ""}`}
              id={id}
              name={name}
              type="checkbox"
              value={c.value}
              checked={values.includes(c.value)}
            />
            <label class="kern-label" for={id}>
              {c.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

/** A fieldset around checkboxes, or around nested fieldsets of them (`children`). */
export function CheckboxGroup(
  props: GroupProps & { choices?: Choice[]; values?: string[]; children?: ComponentChildren },
) {
  const { name, legend, hint, error, optionalLabel, choices, values = [], children } = props;
  return (
    <fieldset
      class={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <Legend legend={legend} optionalLabel={optionalLabel} />
      <Hint id={name}>{hint}</Hint>
      <GroupError id={name} error={error} />
      {choices && <Checkboxes name={name} choices={choices} values={values} error={error} firstId={name} />}
      {children}
    </fieldset>
  );
}

/** A single checkbox that must be ticked (consent), in a fieldset so its error has a place. */
export function ConsentCheckbox(props: {
  name: string;
  legend: string;
  label: string;
  hint?: ComponentChildren;
  checked: boolean;
  error?: string;
}) {
  const { name, legend, label, hint, checked, error } = props;
  return (
    <fieldset class={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}>
      <Legend legend={legend} />
      <Hint id={name}>{hint}</Hint>
      <GroupError id={name} error={error} />
      <div class="kern-fieldset__body">
        <div class="kern-form-check">
          <input
            class={`kern-form-check__checkbox${error ? " kern-form-check__checkbox--error" : ""}`}
            id={name}
            name={name}
            type="checkbox"
            value="yes"
            checked={checked}
            required
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy(name, hint, error)}
          />
          <label class="kern-label" for={name}>
            {label}
          </label>
        </div>
      </div>
    </fieldset>
  );
}

export function Select(props: {
  name: string;
  label: string;
  optionalLabel?: string;
  choices: Choice[];
  /** the first option, with an empty value */
  emptyLabel: string;
  value?: string;
  error?: string;
}) {
  const { name, label, optionalLabel, choices, emptyLabel, value, error } = props;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label class="kern-label" for={name}>
        {label}
        {optionalLabel && <span class="kern-label__optional"> ({optionalLabel})</span>}
      </label>
      <ErrorText id={name} error={error} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          id={name}
          name={name}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy(name, undefined, error)}
        >
          <option value="" selected={!value}>
            {emptyLabel}
          </option>
          {choices.map((c) => (
            <option key={c.value} value={c.value} selected={value === c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
