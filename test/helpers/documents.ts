import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentFrame, LetterheadOffice } from "../../src/modules/applications";
import { letterheadFor } from "../../src/modules/applications";
import type { TenantProfile } from "../../src/modules/tenants";

const TENANT_DIR = join(import.meta.dirname, "../../tenants/marburg");

/** The demo tenant's profile as its file holds it (its own tests validate it). */
export function marburgProfile(): TenantProfile {
  return JSON.parse(readFileSync(join(TENANT_DIR, "tenant.json"), "utf8")) as TenantProfile;
}

/** The demo tenant's Stadtbüro, as the letterhead takes it. */
export function marburgStadtbuero(): LetterheadOffice {
  const { locations } = JSON.parse(readFileSync(join(TENANT_DIR, "locations.json"), "utf8")) as {
    locations: (LetterheadOffice & { key: string })[];
  };
  const found = locations.find((l) => l.key === "stadtbuero");
  if (!found) throw new Error("no Stadtbüro in the demo tenant");
  return found;
}

/** A document frame of the demo tenant, uncompressed so tests read the text. */
export function testFrame(overrides: Partial<DocumentFrame> = {}): DocumentFrame {
  return {
    letterhead: letterheadFor(marburgProfile(), marburgStadtbuero()),
    caseReference: "2026-0004711-0",
    // 00:30 on 3 December in Berlin, still the 2nd in UTC: documents print the tenant's day
    issuedAt: new Date("2026-12-02T23:30:00Z"),
    timeZone: "Europe/Berlin",
    verification: {
      code: "7KQ2-M9XD-4GSF-C",
      pageUrl: "https://stadtbuero.example/pruefen",
      verifyUrl: "https://stadtbuero.example/pruefen?code=7KQ2-M9XD-4GSF-C",
    },
    compress: false,
    ...overrides,
  };
}
