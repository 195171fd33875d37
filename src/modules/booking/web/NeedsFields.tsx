import { Input } from "../../../platform/views/fields";
import type { AppointmentView } from "../appointment-queries";

/** The words of the needs questions: the resident's form asks "you", the clerk's "the person". */
export interface NeedsLabels {
  needsLegend: string;
  needWheelchair: string;
  needSignLanguage: string;
  needOther: string;
  needOtherHint: string;
  optional: string;
}

export interface NeedsValues {
  needWheelchair?: string;
  needSignLanguage?: string;
  needOther?: string;
}

const BOXES = ["needWheelchair", "needSignLanguage"] as const;

/**
 * What support someone needs at the appointment: two boxes (each its own field, posted as
 * "on") and a free text, the same in the resident's and the clerk's booking.
 */
export function NeedsFields(props: { labels: NeedsLabels; values: NeedsValues; error?: string | undefined }) {
  const { labels, values } = props;
  return (
    <>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{labels.needsLegend}</legend>
        <div class="kern-fieldset__body">
          {BOXES.map((name) => (
            <div class="kern-form-check" key={name}>
              <input
                class="kern-form-check__checkbox"
                type="checkbox"
                id={name}
                name={name}
                checked={values[name] === "on"}
              />
              <label class="kern-label" for={name}>
                {labels[name]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Input
        name="needOther"
        label={labels.needOther}
        hint={labels.needOtherHint}
        condition={labels.optional}
        value={values.needOther}
        error={props.error}
      />
    </>
  );
}

/** The needs of an appointment in words, or `none` when there are none. */
export function needsText(
  needs: AppointmentView["needs"],
  labels: Pick<NeedsLabels, "needWheelchair" | "needSignLanguage">,
  none: string,
): string {
  const named = [
    needs?.wheelchair && labels.needWheelchair,
    needs?.signLanguage && labels.needSignLanguage,
    needs?.other,
  ];
  const given = named.filter((n): n is string => typeof n === "string" && n !== "");
  return given.length > 0 ? given.join(", ") : none;
}
