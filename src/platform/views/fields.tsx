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
  type?: "text" | "email" | "tel" | "password" | "date" | "time";
  autocomplete?: string;
  inputMode?: "numeric" | "tel" | "email";
  maxLength?: number;
}

export function Input(props: InputProps) {
  const {
    name,
    label,
    hint,
    value,
    error,
    condition,
    type = "text",
    autocomplete,
    inputMode,
    maxLength,
  } = props;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label class="kern-label" for={name}>
        {label}
        {condition && <span class="kern-label__optional"> ({condition})</span>}
      </label>
      <Hint id={name}>{hint}</Hint>
      <ErrorText id={name} error={error} />
      <input
        class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        id={name}
        name={name}
        type={type as "text"}
        value={value ?? ""}
        autocomplete={autocomplete as "off"}
        inputMode={inputMode}
        maxLength={maxLength}
        required={!condition}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
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
