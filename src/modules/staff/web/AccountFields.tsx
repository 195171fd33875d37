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
  totpRequired: boolean;
  active: boolean;
}

export interface AccountFormProps {
  ctx: BackOfficeContext;
  t: AccountMessages;
  values: AccountFormValues;
  errors: FieldError[];
}

/** the value a ticked single checkbox sends */
export const YES = "yes";

/** Name, roles and the second-factor duty: the fields both forms share. */
export function AccountFields({ ctx, t, values, errors }: AccountFormProps) {
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

export function CsrfField({ ctx }: { ctx: BackOfficeContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}
