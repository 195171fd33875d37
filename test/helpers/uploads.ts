import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import sharp, { type Sharp } from "sharp";
import { insertCase, useFormVersion } from "../../src/modules/applications/storage/case-queries";
import { insertDraft } from "../../src/modules/applications/storage/draft-queries";
import type { Sealer } from "../../src/platform/crypto/sealer";
import type { Database } from "../../src/platform/db/database";
import type { DB } from "../../src/platform/db/schema";

/** The demo tenant the test databases hold. */
export const TEST_TENANT = "marburg";

/**
 * For the upload tests: a small, valid PDF, a picture whose halves tell which way up it is
 * shown, a multipart body, and a draft and a case for files to belong to.
 */

/** A one-page PDF naming `text`, with a correct cross-reference table. */
export function samplePdf(text: string): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
  ];
  const stream = `BT /F1 12 Tf 10 50 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A 40 × 20 picture, red on the left half, blue on the right (not yet encoded). */
export function twoColourPicture(): Sharp {
  const red = { create: { width: 20, height: 20, channels: 3, background: { r: 255, g: 0, b: 0 } } } as const;
  return sharp({
    create: { width: 40, height: 20, channels: 3, background: { r: 0, g: 0, b: 255 } },
  }).composite([{ input: red, left: 0, top: 0 }]);
}

/** A multipart/form-data body as a browser sends it: fields first, then files. */
export function multipartBody(
  fields: Record<string, string> | readonly (readonly [string, string])[],
  files: { field: string; name: string; type: string; bytes: Buffer }[],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----sb${randomUUID().replaceAll("-", "")}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** A draft of the Meldebescheinigung in the demo tenant, for files to belong to. */
export async function insertTestDraft(database: Database, sealer: Sealer, now: Date): Promise<string> {
  const id = randomUUID();
  await insertDraft(database.db, {
    id,
    tenant_id: TEST_TENANT,
    service_key: "meldebescheinigung",
    form_version: 1,
    token_hash: randomBytes(32).toString("hex"),
    resume_token_hash: null,
    locale: "de",
    data_sealed: sealer.sealJson({ answers: {}, contact: {} }, `draft:${id}:data`),
    created_at: now,
    updated_at: now,
    expires_at: new Date(now.getTime() + 86_400_000),
  });
  return id;
}

/** A filed case of the Meldebescheinigung in the demo tenant (inside `db`, a transaction or not). */
export async function insertTestCase(
  db: Kysely<DB> | Transaction<DB>,
  sealer: Sealer,
  now: Date,
  reference = "2027-0000001-0",
): Promise<string> {
  const id = randomUUID();
  await useFormVersion(db, {
    serviceKey: "meldebescheinigung",
    version: 1,
    fingerprint: "a".repeat(64),
    at: now,
  });
  await insertCase(db, {
    id,
    tenant_id: TEST_TENANT,
    reference,
    service_key: "meldebescheinigung",
    form_version: 1,
    channel: "online",
    assisted_by: null,
    status: "submitted",
    place_key: null,
    assigned_to: null,
    locale: "de",
    tracking_token_hash: randomBytes(32).toString("hex"),
    answers_sealed: sealer.sealJson({}, `case:${id}:answers`),
    contact_sealed: sealer.sealJson({}, `case:${id}:contact`),
    opened_at: now,
    submitted_at: now,
    closed_at: null,
    last_event_at: now,
    revision: 1,
  });
  return id;
}
