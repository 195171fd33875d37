import { describe, expect, it } from "vitest";
import { checkedValues, parseAccountChange, parseNewAccount } from "./account-form";

const options = { placeKeys: new Set(["stadtbuero", "mobil-cappel"]) };

describe("parseNewAccount", () => {
  it("normalises the user name, the name and the roles", () => {
    const result = parseNewAccount(
      {
        username: "  M.Mueller ",
        displayName: "  Maria   Müller ",
        roles: ["management", "clerk", "clerk"],
        places: ["stadtbuero", "stadtbuero"],
        totpRequired: "yes",
      },
      options,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        username: "m.mueller",
        displayName: "Maria Müller",
        roles: ["clerk", "management"],
        places: ["stadtbuero"],
        totpRequired: true,
      },
    });
  });

  it("reads an unticked second-factor box as not required", () => {
    const result = parseNewAccount(
      { username: "ab", displayName: "A B", roles: "clerk", places: "stadtbuero" },
      options,
    );
    expect(result.ok && result.value.totpRequired).toBe(false);
  });

  it("names one problem per field, in form order", () => {
    expect(parseNewAccount({}, options)).toEqual({
      ok: false,
      problems: [
        { field: "username", problem: "usernameMissing" },
        { field: "displayName", problem: "displayNameMissing" },
        { field: "roles", problem: "rolesMissing" },
      ],
    });
    expect(
      parseNewAccount(
        { username: "ä", displayName: "x".repeat(101), roles: ["clerk", "root"], places: "x" },
        options,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { field: "username", problem: "usernameInvalid" },
        { field: "displayName", problem: "displayNameTooLong" },
        { field: "roles", problem: "rolesInvalid" },
        { field: "places", problem: "placesInvalid" },
      ],
    });
  });

  it("asks for a place of work for the roles that work at places, and none of administrators", () => {
    expect(parseNewAccount({ username: "ab", displayName: "A B", roles: "mobile-team" }, options)).toEqual({
      ok: false,
      problems: [{ field: "places", problem: "placesMissing" }],
    });
    const manager = parseNewAccount({ username: "ab", displayName: "A B", roles: "management" }, options);
    expect(manager.ok && manager.value.places).toEqual([]);
    const admin = parseNewAccount(
      { username: "ab", displayName: "A B", roles: ["administrator", "clerk"], places: "stadtbuero" },
      options,
    );
    expect(admin.ok && admin.value.places).toEqual([]);
  });

  it("takes a name that happens to look like a message key as a name", () => {
    const result = parseNewAccount(
      { username: "ab", displayName: "displayNameMissing", roles: "management" },
      options,
    );
    expect(result.ok && result.value.displayName).toBe("displayNameMissing");
  });
});

describe("parseAccountChange", () => {
  const form = { displayName: "Ada", roles: ["administrator"], active: "yes" };

  it("lets administrators keep their own account as it is", () => {
    expect(parseAccountChange(form, { self: true }, options)).toEqual({
      ok: true,
      value: { displayName: "Ada", roles: ["administrator"], places: [], totpRequired: false, active: true },
    });
  });

  it("refuses to let administrators drop their own role or deactivate themselves", () => {
    expect(
      parseAccountChange(
        { displayName: "Ada", roles: "clerk", places: "stadtbuero" },
        { self: true },
        options,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { field: "roles", problem: "ownAdministrator" },
        { field: "active", problem: "ownDeactivation" },
      ],
    });
  });

  it("lets them do both to someone else", () => {
    const result = parseAccountChange(
      { displayName: "Bob", roles: "clerk", places: "mobil-cappel" },
      { self: false },
      options,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        displayName: "Bob",
        roles: ["clerk"],
        places: ["mobil-cappel"],
        totpRequired: false,
        active: false,
      },
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
