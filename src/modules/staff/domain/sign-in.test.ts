import { describe, expect, it } from "vitest";
import { nextStage } from "./sign-in";

const account = { mustChangePassword: false, totpEnrolled: false, totpRequired: false };

describe("nextStage", () => {
  it("asks for the TOTP code first when one is enrolled", () => {
    expect(nextStage({ ...account, totpEnrolled: true, mustChangePassword: true }, { totp: false })).toBe(
      "totp",
    );
  });
  it("then asks for a new password after an administrator's reset", () => {
    expect(nextStage({ ...account, totpEnrolled: true, mustChangePassword: true }, { totp: true })).toBe(
      "password-change",
    );
  });
  it("then enrols a required second factor", () => {
    expect(nextStage({ ...account, totpRequired: true }, { totp: false })).toBe("totp-enrol");
  });
  it("lets an account without required second factor straight in", () => {
    expect(nextStage(account, { totp: false })).toBe("active");
  });
});
