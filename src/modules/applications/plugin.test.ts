import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../test/helpers/databases";
import { createTestApp, type TestApp } from "../../../test/helpers/test-app";
import { buildApp } from "../../app";
import { loadConfig } from "../../config";
import { canonicalJson, createFormRegistry, defineForm, FormDefinitionError } from "./domain";
import { exampleForm } from "./domain/form/example-form";
import { meldebescheinigung } from "./forms/meldebescheinigung";
import { formFingerprint } from "./plugin";
import { useFormVersion } from "./storage/case-queries";

describe("applicationsPlugin", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("pglite");
  });
  afterAll(() => t.close());

  it("decorates app.forms with every form, fingerprinted by SHA-256 of the canonical definition", () => {
    const { forms } = t.app;
    expect(forms.list().map((f) => f.definition.serviceKey)).toEqual(
      expect.arrayContaining(["meldebescheinigung", "anmeldung-wohnsitz", "gewerbe-anmelden"]),
    );
    const form = forms.get("meldebescheinigung", 1);
    expect(form.definition).toEqual(meldebescheinigung);
    expect(form.fingerprint).toBe(formFingerprint(canonicalJson(meldebescheinigung)));
    expect(forms.get("gewerbe-anmelden", 1).fingerprint).not.toBe(form.fingerprint);
  });

  it("refuses to start when a form version that cases use was changed", async () => {
    const { database, drop } = await freshDatabase("pglite", { tenant: true });
    try {
      await useFormVersion(database.db, {
        serviceKey: "meldebescheinigung",
        version: 1,
        fingerprint: "0".repeat(64),
        at: new Date("2026-12-01T10:00:00Z"),
      });
      const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" });
      await expect(buildApp({ config, database })).rejects.toThrow(
        /form "meldebescheinigung" version 1 was changed after cases were filed/,
      );
    } finally {
      await drop();
    }
  });
});

describe("the form registry", () => {
  it("fingerprints the definition's content, so a change in a frozen version shows", () => {
    const changed = defineForm({ ...exampleForm, title: { de: "Anders", en: "Different" } });
    const one = createFormRegistry([exampleForm], formFingerprint);
    const other = createFormRegistry([changed], formFingerprint);
    expect(other.get("beispiel", 1).fingerprint).not.toBe(one.get("beispiel", 1).fingerprint);
    expect(canonicalJson(one.get("beispiel", 1).definition)).toBe(canonicalJson(exampleForm));
  });

  it("stops the start when a definition is wrong", () => {
    const broken = {
      ...exampleForm,
      pages: [...exampleForm.pages, exampleForm.pages[1]],
    } as typeof exampleForm;
    expect(() => createFormRegistry([broken], formFingerprint)).toThrow(FormDefinitionError);
    expect(() => createFormRegistry([exampleForm, exampleForm], formFingerprint)).toThrow(/defined twice/);
  });
});
