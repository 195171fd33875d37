import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { canonicalJson, defineForm } from "./domain";
import { exampleForm } from "./domain/form/example-form";
import { meldebescheinigung } from "./forms/meldebescheinigung";
import { applicationsPlugin, FormDefinitionError } from "./index";

async function appWith(forms?: Parameters<typeof applicationsPlugin>[1]["forms"]) {
  const app = Fastify();
  await app.register(applicationsPlugin, forms ? { forms } : {});
  await app.ready();
  return app;
}

describe("applicationsPlugin", () => {
  it("decorates app.forms with every form, fingerprinted by SHA-256 of the canonical definition", async () => {
    const app = await appWith();
    expect(app.forms.list().map((f) => f.definition.serviceKey)).toEqual([
      "meldebescheinigung",
      "gewerbe-anmelden",
      "bewohnerparkausweis",
      "briefwahl",
      "ausweispflicht-befreiung",
      "fundsache-verloren",
    ]);
    const form = app.forms.get("meldebescheinigung", 1);
    expect(form.definition).toEqual(meldebescheinigung);
    expect(form.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = await appWith();
    expect(again.forms.get("meldebescheinigung", 1).fingerprint).toBe(form.fingerprint);
    expect(again.forms.get("gewerbe-anmelden", 1).fingerprint).not.toBe(form.fingerprint);
    await app.close();
    await again.close();
  });

  it("fingerprints the definition's content, so a change in a frozen version shows", async () => {
    const changed = defineForm({ ...exampleForm, title: { de: "Anders", en: "Different" } });
    const app = await appWith([exampleForm]);
    const other = await appWith([changed]);
    expect(other.forms.get("beispiel", 1).fingerprint).not.toBe(app.forms.get("beispiel", 1).fingerprint);
    expect(canonicalJson(app.forms.get("beispiel", 1).definition)).toBe(canonicalJson(exampleForm));
    await app.close();
    await other.close();
  });

  it("stops the start when a definition is wrong", async () => {
    const broken = {
      ...exampleForm,
      pages: [...exampleForm.pages, exampleForm.pages[1]],
    } as typeof exampleForm;
    await expect(appWith([broken])).rejects.toThrow(FormDefinitionError);
    await expect(appWith([exampleForm, exampleForm])).rejects.toThrow(/defined twice/);
  });
});
