import { Input, RadioGroup, TextArea } from "../../../platform/views/fields";
import { errorFor, type FieldError } from "../../../platform/views/forms";
import type { ExtendedItem } from "../domain";
import type { ActionBody } from "./action-forms";
import type { DeskMessages } from "./desk-messages";
import { EXTRACT_INPUTS, MARITAL_STATUSES } from "./extract-form";

/**
 * The approval's inputs of the register data of an extended Meldebescheinigung: one for each
 * item the resident chose, nothing else.
 */
export function ExtractFields(props: {
  t: DeskMessages;
  items: readonly ExtendedItem[];
  values: ActionBody;
  errors: FieldError[];
}) {
  const { items, values, errors } = props;
  const t = props.t.extract;
  if (items.length === 0) return null;
  const field = (item: ExtendedItem) => {
    const name = EXTRACT_INPUTS[item];
    const common = {
      name,
      hint: t.hints[item] || undefined,
      error: errorFor(errors, name),
    };
    switch (item) {
      case "marital-status":
        return (
          <RadioGroup
            {...common}
            legend={t.labels[item]}
            choices={MARITAL_STATUSES.map((s) => ({ value: s, label: t.maritalStatuses[s] }))}
            value={values[name]}
          />
        );
      case "previous-addresses":
        return <TextArea {...common} label={t.labels[item]} rows={4} value={values[name]} />;
      default:
        return <Input {...common} label={t.labels[item]} value={values[name]} />;
    }
  };
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{t.title}</legend>
      <p class="kern-body">{t.intro}</p>
      {items.map((item) => (
        <div key={item}>{field(item)}</div>
      ))}
    </fieldset>
  );
}
