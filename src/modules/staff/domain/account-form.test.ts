import { describe, expect, it } from "vitest";
import { checkedValues, parseAccountChange, parseNewAccount } from "./account-form";

describe("parseNewAccount", () => {
  it("normalises the user name, the name and the roles", () => {
    const result = parseNewAccount({
      username: "  M.Mueller ",
      displayName: "  Maria   Müller ",
      roles: ["management", "clerk", "clerk"],
      totpRequired: "yes",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        username: "m.mueller",
        displayName: "Maria Müller",
        roles: ["clerk", "management"],
        totpRequired: true,
      },
    });
  });

  it("reads an unticked second-factor box as not required", () => {
    const result = parseNewAccount({ username: "ab", displayName: "A B", roles: "clerk" });
    expect(result.ok && result.value.totpRequired).toBe(false);
  });

  it("names one problem per field, in form order", () => {
    expect(parseNewAccount({})).toEqual({
      ok: false,
      problems: [
        { field: "username", problem: "usernameMissing" },
        { field: "displayName", problem: "displayNameMissing" },
        { field: "roles", problem: "rolesMissing" },
      ],
    });
    expect(
      parseNewAccount({ username: "ä", displayName: "x".repeat(101), roles: ["clerk", "root"] }),
    ).toEqual({
      ok: false,
      problems: [
        { field: "username", problem: "usernameInvalid" },
        { field: "displayName", problem: "displayNameTooLong" },
        { field: "roles", problem: "rolesInvalid" },
      ],
    });
  });

  it("takes a name that happens to look like a message key as a name", () => {
    const result = parseNewAccount({ username: "ab", displayName: "displayNameMissing", roles: "clerk" });
    expect(result.ok && result.value.displayName).toBe("displayNameMissing");
  });
});

describe("parseAccountChange", () => {
  const form = { displayName: "Ada", roles: ["administrator"], active: "yes" };

  it("lets administrators keep their own account as it is", () => {
    expect(parseAccountChange(form, { self: true })).toEqual({
      ok: true,
      value: { displayName: "Ada", roles: ["administrator"], totpRequired: false, active: true },
    });
  });

  it("refuses to let administrators drop their own role or deactivate themselves", () => {
    expect(parseAccountChange({ displayName: "Ada", roles: "clerk" }, { self: true })).toEqual({
      ok: false,
      problems: [
        { field: "roles", problem: "ownAdministrator" },
        { field: "active", problem: "ownDeactivation" },
      ],
    });
  });

  it("lets them do both to someone else", () => {
    const result = parseAccountChange({ displayName: "Bob", roles: "clerk" }, { self: false });
    expect(result).toEqual({
      ok: true,
      value: { displayName: "Bob", roles: ["clerk"], totpRequired: false, active: false },
    });
  });
});

describe("checkedValues", () => {
  it("turns none, one or several boxes into a list", () => {
    expect(checkedValues(undefined)).toEqual([]);
    expect(checkedValues("clerk")).toEqual(["clerk"]);
    expect(checkedValues(["clerk", ""])).toEqual(["clerk"]);
  });
});
