import { isCleanLine } from "../../../domain/text";
import { Username } from "./credentials";
import { ROLES, Role } from "./roles";

/** Message keys of account form problems (texts live in `messages/accounts-*.ts`). */
export type AccountProblem =
  | "usernameMissing"
  | "usernameInvalid"
  | "displayNameMissing"
  | "displayNameTooLong"
  | "displayNameInvalidCharacters"
  | "rolesMissing"
  | "rolesInvalid"
  | "placesMissing"
  | "placesInvalid"
  | "ownAdministrator"
  | "ownDeactivation";

export type AccountField = "username" | "displayName" | "roles" | "places" | "totpRequired" | "active";

export interface AccountFormProblem {
  field: AccountField;
  problem: AccountProblem;
}

/** The account form as posted: every field optional, checkboxes absent when not ticked. */
export interface AccountForm {
  username?: string;
  displayName?: string;
  roles?: string | string[];
  places?: string | string[];
  totpRequired?: string;
  active?: string;
}

/** What the form may offer: the places of the tenant, by key. */
export interface AccountFormOptions {
  placeKeys: ReadonlySet<string>;
}

export interface NewAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** where the account works; empty for administrators, who work everywhere */
  places: string[];
  totpRequired: boolean;
}

export interface AccountChange {
  displayName: string;
  roles: Role[];
  places: string[];
  totpRequired: boolean;
  active: boolean;
}

export type AccountParse<T> = { ok: true; value: T } | { ok: false; problems: AccountFormProblem[] };

export const MAX_DISPLAY_NAME = 100;

/** The ticked boxes of a checkbox group, whether the form sent none, one or several. */
export function checkedValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return [value].flat().filter((v) => v !== "");
}

type Checked<T> = { value: T } | { problem: AccountProblem };

function parseRoles(value: string | string[] | undefined): Checked<Role[]> {
  const picked = checkedValues(value);
  if (picked.length === 0) return { problem: "rolesMissing" };
  if (!picked.every((r) => Role.safeParse(r).success)) return { problem: "rolesInvalid" };
  // in the catalogue's order, each once, so stored lists compare equal
  return { value: ROLES.filter((r) => picked.includes(r)) };
}

/** Roles that work at places: they need at least one. */
const PLACE_ROLES: readonly Role[] = ["clerk", "mobile-team", "help-point"];

function parsePlaces(
  value: string | string[] | undefined,
  roles: Role[],
  options: AccountFormOptions,
): Checked<string[]> {
  const picked = [...new Set(checkedValues(value))];
  if (!picked.every((p) => options.placeKeys.has(p))) return { problem: "placesInvalid" };
  if (roles.includes("administrator")) return { value: [] };
  if (picked.length === 0 && roles.some((r) => PLACE_ROLES.includes(r))) return { problem: "placesMissing" };
  return { value: picked.sort() };
}

function parseDisplayName(value: string | undefined): Checked<string> {
  const name = (value ?? "").trim().replace(/\s+/g, " ");
  if (name === "") return { problem: "displayNameMissing" };
  if (name.length > MAX_DISPLAY_NAME) return { problem: "displayNameTooLong" };
  if (!isCleanLine(name)) return { problem: "displayNameInvalidCharacters" };
  return { value: name };
}

function parseUsername(value: string | undefined): Checked<string> {
  const raw = (value ?? "").trim();
  if (raw === "") return { problem: "usernameMissing" };
  const parsed = Username.safeParse(raw);
  return parsed.success ? { value: parsed.data } : { problem: "usernameInvalid" };
}

/** Validates the form that creates an account; problems come in form order, one per field. */
export function parseNewAccount(form: AccountForm, options: AccountFormOptions): AccountParse<NewAccount> {
  const problems: AccountFormProblem[] = [];
  const username = parseUsername(form.username);
  if ("problem" in username) problems.push({ field: "username", problem: username.problem });
  const displayName = parseDisplayName(form.displayName);
  if ("problem" in displayName) problems.push({ field: "displayName", problem: displayName.problem });
  const roles = parseRoles(form.roles);
  if ("problem" in roles) problems.push({ field: "roles", problem: roles.problem });
  const places = parsePlaces(form.places, "value" in roles ? roles.value : [], options);
  if ("problem" in places) problems.push({ field: "places", problem: places.problem });
  if ("problem" in username || "problem" in displayName || "problem" in roles || "problem" in places)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      username: username.value,
      displayName: displayName.value,
      roles: roles.value,
      places: places.value,
      totpRequired: checked(form.totpRequired),
    },
  };
}

/**
 * Validates the form that changes an account. Editing their own account, administrators may
 * neither give up the administrator role nor deactivate themselves, so that an administration
 * always remains and nobody locks themselves out by a slip.
 */
export function parseAccountChange(
  form: AccountForm,
  editor: { self: boolean },
  options: AccountFormOptions,
): AccountParse<AccountChange> {
  const problems: AccountFormProblem[] = [];
  const displayName = parseDisplayName(form.displayName);
  if ("problem" in displayName) problems.push({ field: "displayName", problem: displayName.problem });
  const roles = parseRoles(form.roles);
  if ("problem" in roles) problems.push({ field: "roles", problem: roles.problem });
  else if (editor.self && !roles.value.includes("administrator")) {
    problems.push({ field: "roles", problem: "ownAdministrator" });
  }
  const places = parsePlaces(form.places, "value" in roles ? roles.value : [], options);
  if ("problem" in places) problems.push({ field: "places", problem: places.problem });
  const active = checked(form.active);
  if (editor.self && !active) problems.push({ field: "active", problem: "ownDeactivation" });
  if (problems.length > 0 || "problem" in displayName || "problem" in roles || "problem" in places)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      displayName: displayName.value,
      roles: roles.value,
      places: places.value,
      totpRequired: checked(form.totpRequired),
      active,
    },
  };
}

/** A single checkbox: ticked when the form sent any value for it. */
function checked(value: string | undefined): boolean {
  return value !== undefined && value !== "";
}
