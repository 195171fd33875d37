import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { listCatalogEntries } from "../src/modules/catalog";
import type { Database } from "../src/platform/db/database";
import { MIGRATIONS_DIR } from "../src/platform/db/migrate";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";

const MIGRATION = "20261203050000_restate-service-ways.sql";
const t = (de: string, en: string) => ({ de, en });

/** A service as stored before issue 9: channels with a terminal flag, free-text notes on presence. */
function oldService(key: string, changes: Record<string, unknown>) {
  return {
    key,
    leikaKey: null,
    group: "gruppe",
    name: t(`Leistung ${key}`, `Service ${key}`),
    summary: t("Kurz erklärt.", "Briefly explained."),
    keywords: { de: [], en: [] },
    legalBasis: [],
    requiredDocuments: [],
    fee: { kind: "free" },
    personalAppearance: { required: true },
    counterMinutes: null,
    channels: { online: null, stadtbuero: true, mobile: true, helpPoint: false, terminal: false },
    responsibleLocation: null,
    status: "offered",
    popularity: null,
    notes: [],
    ...changes,
  };
}

const OLD = [
  oldService("mit-grund", {
    personalAppearance: { required: true, note: t("Fingerabdrücke.", "Fingerprints.") },
    channels: { online: null, stadtbuero: true, mobile: false, helpPoint: true, terminal: true },
  }),
  oldService("ohne-pflicht", {
    personalAppearance: { required: false, note: t("Auch online möglich.", "Also possible online.") },
    channels: {
      online: { kind: "own", path: "/antrag" },
      stadtbuero: true,
      mobile: true,
      helpPoint: false,
      terminal: true,
    },
    notes: [t("Frist beachten.", "Mind the deadline.")],
  }),
  oldService("extern", {
    channels: {
      online: { kind: "external", url: "https://www.fuehrungszeugnis.bund.de", provider: t("BfJ", "BfJ") },
      stadtbuero: true,
      mobile: true,
      helpPoint: true,
      terminal: true,
    },
  }),
  oldService("eingestellt", {
    status: "discontinued",
    personalAppearance: { required: false },
    channels: {
      online: { kind: "external", url: "https://example.org/x", provider: t("X", "X") },
      stadtbuero: true,
      mobile: false,
      helpPoint: true,
      terminal: false,
    },
  }),
];

describeEachDatabase("migration restating the ways of stored services", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase(kind));
    await database.db
      .insertInto("tenants")
      .values({ id: "alt", name: "Altstadt", time_zone: "Europe/Berlin", profile: JSON.stringify({}) })
      .execute();
    await database.db
      .insertInto("service_groups")
      .values({
        tenant_id: "alt",
        key: "gruppe",
        position: 0,
        data: JSON.stringify({ key: "gruppe", name: t("G", "G"), description: t("G.", "G.") }),
      })
      .execute();
  });
  afterAll(() => drop());
  beforeEach(async () => {
    const db = database.db;
    await db.deleteFrom("services").where("tenant_id", "=", "alt").execute();
    for (const [position, s] of OLD.entries())
      await db
        .insertInto("services")
        .values({
          tenant_id: "alt",
          key: s.key,
          group_key: "gruppe",
          leika_key: null,
          position,
          data: JSON.stringify(s),
        })
        .execute();
  });

  const restate = async () => database.execScript(await readFile(join(MIGRATIONS_DIR, MIGRATION), "utf8"));
  const services = async () => {
    const { services } = await listCatalogEntries(database.db, "alt");
    return Object.fromEntries(services.map((e) => [e.service.key, e.service]));
  };

  it("leaves no stored service that the catalogue schema refuses", async () => {
    await expect(services()).rejects.toThrow();
    await restate();
    const after = await services();
    expect(Object.keys(after)).toHaveLength(OLD.length);
    for (const s of Object.values(after)) {
      expect(s.nextSteps.length, s.key).toBe(1);
      expect(s.channels, s.key).not.toHaveProperty("terminal");
    }
  });

  it("keeps each fact it can, and claims nothing that does not exist", async () => {
    await restate();
    const s = await services();
    expect(s["mit-grund"]?.personalAppearance).toEqual({
      required: true,
      reason: t("Fingerabdrücke.", "Fingerprints."),
    });
    expect(s["mit-grund"]?.channels).toEqual({
      online: { kind: "not-yet" },
      stadtbuero: true,
      mobile: false,
      helpPoint: true,
    });
    expect(s["ohne-pflicht"]?.personalAppearance).toEqual({
      required: false,
      proxy: false,
      inWriting: false,
    });
    expect(s["ohne-pflicht"]?.channels.online).toEqual({ kind: "not-yet" });
    expect(s["ohne-pflicht"]?.notes).toEqual([
      t("Frist beachten.", "Mind the deadline."),
      t("Auch online möglich.", "Also possible online."),
    ]);
    expect(s.extern?.channels.online.kind).toBe("external");
    expect(s.extern?.personalAppearance).toMatchObject({
      required: true,
      reason: { de: "Das verlangt die zuständige Stelle." },
    });
    expect(s.eingestellt?.channels).toEqual({
      online: { kind: "not-yet" },
      stadtbuero: false,
      mobile: false,
      helpPoint: false,
    });
  });

  it("changes nothing when it runs on services already restated", async () => {
    await restate();
    const once = await services();
    await restate();
    expect(await services()).toEqual(once);
  });
});
