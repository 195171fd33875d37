import { CheckboxGroup, Input } from "../../../platform/views/fields";
import { errorFor, type FieldError } from "../../../platform/views/forms";
import { ROLES } from "../domain/roles";
import type { AccountMessages } from "../messages/accounts-de";
import type { BackOfficeContext } from "./back-office-context";

/** What the form shows: the stored account, or what was just posted. */
export interface AccountFormValues {
  username: string;
  displayName: string;
  roles: string[];
  places: string[];
  totpRequired: boolean;
  active: boolean;
}

export interface AccountFormProps {
  ctx: BackOfficeContext;
  t: AccountMessages;
  values: AccountFormValues;
  errors: FieldError[];
  /** the places an account may be assigned to */
  placeChoices: { value: string; label: string }[];
}

/** the value a ticked single checkbox sends */
export const YES = "yes";

/** Name, roles and the second-factor duty: the fields both forms share. */
export function AccountFields({ ctx, t, values, errors, placeChoices }: AccountFormProps) {
  const f = t.form;
  return (
    <>
      <Input
        name="displayName"
        label={f.displayName}
        hint={f.displayNameHint}
        value={values.displayName}
        error={errorFor(errors, "displayName")}
        autocomplete="off"
        maxLength={100}
      />
      <CheckboxGroup
        name="roles"
        legend={f.roles}
        hint={f.rolesHint}
        error={errorFor(errors, "roles")}
        choices={ROLES.map((r) => ({ value: r, label: ctx.s.roles[r] }))}
        values={values.roles}
      />
      <CheckboxGroup
        name="places"
        legend={f.places}
        hint={f.placesHint}
        error={errorFor(errors, "places")}
        choices={placeChoices}
        values={values.places}
      />
      <CheckboxGroup
        name="totpRequired"
        legend={f.secondFactor}
        hint={f.secondFactorHint}
        error={errorFor(errors, "totpRequired")}
        choices={[{ value: YES, label: f.secondFactorLabel }]}
        values={values.totpRequired ? [YES] : []}
      />
    </>
  );
}
