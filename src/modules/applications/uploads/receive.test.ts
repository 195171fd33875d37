import { randomBytes } from "node:crypto";
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { freshDatabase } from "../../../../test/helpers/databases";
import {
  insertTestDraft,
  multipartBody,
  samplePdf,
  TEST_TENANT,
  twoColourPicture,
} from "../../../../test/helpers/uploads";
import { loadConfig } from "../../../config";
import { CsrfField, FormField } from "../../../domain/text";
import { fixedClock } from "../../../platform/clock";
import { Sealer } from "../../../platform/crypto/sealer";
import type { Database } from "../../../platform/db/database";
import { securityPlugin } from "../../../platform/http/security";
import { installValidation } from "../../../platform/http/validation";
import { loggerOptions } from "../../../platform/logging";
import { ALL_FORMS } from "../forms";
import { checkUpload } from "./check-upload";
import { largestFileLimit, readUploadForm, receiveUploads } from "./receive";
import { UploadStore } from "./upload-store";

const NOW = new Date("2027-01-11T07:30:00Z");
const LIMIT = 100_000;
// not strict: a form with fields of no page of ours still reaches the handler, which says so
const UploadBody = z.object({ _csrf: CsrfField, note: FormField(100) });

/**
 * A small app as the integrator will build one: the platform's security (CSRF as every form
 * has it), form bodies, and an encapsulated scope of upload routes that store into the database.
 */
async function uploadApp(database: Database, sealer: Sealer, log: string[]): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "trace", RATE_LIMIT_PER_MINUTE: "100000" });
  const app = Fastify({
    logger: loggerOptions(config, { write: (line) => log.push(line) }),
    bodyLimit: 64 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  installValidation(app);
  app.decorate("clock", fixedClock(NOW));
  app.decorate("jobs", []);
  await app.register(securityPlugin, { config: { ...config, cookieSecret: "s".repeat(32) }, database });
  await app.register(formbody);
  const store = new UploadStore({ database, tenantId: TEST_TENANT, sealer });

  app.get("/form", async (_request, reply) => ({ token: reply.generateCsrf() }));
  app.post("/outside", async () => ({ reached: true }));
  await app.register(async (scope) => {
    await receiveUploads(scope, { maxBytes: LIMIT });
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.post(
      "/drafts/:draftId/files",
      {
        schema: { params: z.object({ draftId: z.uuid() }), body: UploadBody },
        preHandler: app.csrfProtection,
      },
      async (request) => {
        const form = await readUploadForm(request);
        const note = request.body.note ?? null;
        if (!form.ok) return { problem: form.problem, by: "form", note };
        const checked = await checkUpload(form.file.bytes, ["pdf", "jpeg", "png"], LIMIT);
        if (!checked.ok) return { problem: checked.problem, by: "check", note };
        const ref = await store.add({
          draftId: request.params.draftId,
          questionId: "authorisation",
          name: form.file.name,
          kind: checked.kind,
          bytes: checked.bytes,
          now: NOW,
          maxFiles: 3,
        });
        return { ref, note };
      },
    );
    // a plain form in the same scope is read as before
    typed.post(
      "/plain",
      { schema: { body: UploadBody }, preHandler: app.csrfProtection },
      async (request) => ({
        note: request.body.note ?? null,
      }),
    );
    typed.get(
      "/drafts/:draftId/files/:fileId",
      { schema: { params: z.object({ draftId: z.uuid(), fileId: z.uuid() }) } },
      async (request, reply) => {
        const file = await store.read(request.params);
        if (!file) return reply.code(404).send();
        return reply.type(file.kind === "pdf" ? "application/pdf" : `image/${file.kind}`).send(file.bytes);
      },
    );
  });
  await app.ready();
  return app;
}

describe("receiving an upload form", () => {
  let database: Database;
  let drop: () => Promise<void>;
  let app: FastifyInstance;
  let draftId: string;
  let session: { cookie: string; token: string };
  const log: string[] = [];
  const sealer = new Sealer([{ id: "test", key: randomBytes(32) }]);

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase("pglite", { tenant: true }));
    app = await uploadApp(database, sealer, log);
    draftId = await insertTestDraft(database, sealer, NOW);
    const page = await app.inject({ method: "GET", url: "/form" });
    const cookie = String(page.headers["set-cookie"]).split(";")[0] ?? "";
    session = { cookie, token: page.json<{ token: string }>().token };
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const post = (
    fields: Parameters<typeof multipartBody>[0],
    files: { field: string; name: string; type: string; bytes: Buffer }[],
    cookie = session.cookie,
    url = `/drafts/${draftId}/files`,
  ) => {
    const body = multipartBody(fields, files);
    return app.inject({ method: "POST", url, payload: body.payload, headers: { ...body.headers, cookie } });
  };
  const fileOf = (name: string, bytes: Buffer, type = "application/pdf") => ({
    field: "file",
    name,
    type,
    bytes,
  });

  it("stores a photo sent as a form and gives it back without its location", async () => {
    const photo = await twoColourPicture()
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSMapDatum: "WGS-84" } })
      .toBuffer();
    expect(photo.includes("WGS-84")).toBe(true);
    const reply = await post({ _csrf: session.token, note: "Seite 1" }, [
      fileOf("Foto Mustermann.jpg", photo, "image/jpeg"),
    ]);
    expect(reply.statusCode).toBe(200);
    const { ref, note } = reply.json<{ ref: { id: string; name: string; kind: string }; note: string }>();
    expect(note).toBe("Seite 1");
    expect(ref).toMatchObject({ name: "Foto Mustermann.jpg", kind: "jpeg" });

    const back = await app.inject({ method: "GET", url: `/drafts/${draftId}/files/${ref.id}` });
    expect(back.statusCode).toBe(200);
    expect(back.headers["content-type"]).toBe("image/jpeg");
    expect(back.rawPayload.includes("WGS-84")).toBe(false);
    expect((await sharp(back.rawPayload).metadata()).exif).toBeUndefined();
    const other = await insertTestDraft(database, sealer, NOW);
    expect((await app.inject({ method: "GET", url: `/drafts/${other}/files/${ref.id}` })).statusCode).toBe(
      404,
    );
  });

  it("takes files larger than the app's body limit, up to the scope's limit", async () => {
    const pdf = samplePdf(`Anlage ${"x".repeat(70_000)}`);
    expect(pdf.length).toBeGreaterThan(64 * 1024);
    const reply = await post({ _csrf: session.token }, [fileOf("anlage.pdf", pdf)]);
    expect(reply.json()).toMatchObject({ ref: { name: "anlage.pdf", kind: "pdf", size: pdf.length } });
  });

  it("refuses a post without a valid token with 403, before the file is looked at", async () => {
    const pdf = samplePdf("ohne Token");
    const before = await database.db.selectFrom("case_files").select("id").execute();
    for (const [fields, cookie] of [
      [{}, session.cookie],
      [{ _csrf: "forged" }, session.cookie],
      [{ _csrf: session.token }, ""],
    ] as const) {
      const reply = await post(fields, [fileOf("antrag.pdf", pdf)], cookie);
      expect(reply.statusCode).toBe(403);
    }
    expect(await database.db.selectFrom("case_files").select("id").execute()).toHaveLength(before.length);
  });

  it("refuses a renamed program, whatever the name and type say", async () => {
    const program = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(400)]);
    const reply = await post({ _csrf: session.token }, [fileOf("antrag.pdf", program, "application/pdf")]);
    expect(reply.json()).toEqual({ problem: "wrong-kind", by: "check", note: null });
    const text = await post({ _csrf: session.token }, [
      fileOf("foto.jpg", Buffer.from("kein Bild"), "image/jpeg"),
    ]);
    expect(text.json()).toEqual({ problem: "wrong-kind", by: "check", note: null });
  });

  it("reports a file over the scope's limit as too large, the token still checked", async () => {
    const big = Buffer.concat([samplePdf("gross"), Buffer.alloc(LIMIT)]);
    const reply = await post({ _csrf: session.token, note: "gross" }, [fileOf("gross.pdf", big)]);
    expect(reply.statusCode).toBe(200);
    // cut off by the parser: the checks never see it
    expect(reply.json()).toEqual({ problem: "too-large", by: "form", note: "gross" });
    expect((await post({}, [fileOf("gross.pdf", big)])).statusCode).toBe(403);
  });

  it("reports a form without a file, and forms no page of ours sends", async () => {
    const token = { _csrf: session.token };
    const empty = await post(token, [fileOf("", Buffer.alloc(0), "application/octet-stream")]);
    expect(empty.json()).toEqual({ problem: "missing", by: "form", note: null });
    expect((await post(token, [])).json()).toEqual({ problem: "missing", by: "form", note: null });
    const malformed = { problem: "malformed", by: "form", note: null };
    const two = await post(token, [fileOf("a.pdf", samplePdf("a")), fileOf("b.pdf", samplePdf("b"))]);
    expect(two.json()).toEqual(malformed);
    const many = Array.from({ length: 12 }, (_, i) => [`f${i}`, "x"] as const);
    expect(
      (await post([["_csrf", session.token], ...many], [fileOf("a.pdf", samplePdf("a"))])).json(),
    ).toEqual(malformed);
    const twice = await post(
      [
        ["_csrf", session.token],
        ["note", "eins"],
        ["note", "zwei"],
      ],
      [fileOf("a.pdf", samplePdf("a"))],
    );
    expect(twice.json()).toEqual({ ...malformed, note: "eins" });
    const body = multipartBody(token, [fileOf("a.pdf", samplePdf("a"))]);
    const broken = await app.inject({
      method: "POST",
      url: `/drafts/${draftId}/files`,
      payload: body.payload.subarray(0, body.payload.length - 30),
      headers: { ...body.headers, cookie: session.cookie },
    });
    expect(broken.json()).toEqual(malformed);
  });

  it("leaves plain forms in the scope, and multipart outside it, as they were", async () => {
    const plain = await app.inject({
      method: "POST",
      url: "/plain",
      headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: session.token, note: "schlicht" }).toString(),
    });
    expect(plain.json()).toEqual({ note: "schlicht" });
    const outside = await post(
      { _csrf: session.token },
      [fileOf("a.pdf", samplePdf("a"))],
      session.cookie,
      "/outside",
    );
    expect(outside.statusCode).toBe(415);
  });

  it("never logs the file's name or content", async () => {
    await post({ _csrf: session.token }, [fileOf("Zeugnis Mustermann.pdf", samplePdf("Geheimnis"))]);
    await post({ _csrf: session.token }, [fileOf("Zeugnis Mustermann.pdf", Buffer.alloc(LIMIT + 10, 0x41))]);
    const all = log.join("\n");
    expect(all).toContain("/drafts/:draftId/files");
    expect(all).not.toContain("Mustermann");
    expect(all).not.toContain("Geheimnis");
    expect(all).not.toContain("AAAAAAAA");
    expect(all).not.toContain(session.token);
    expect(all).not.toContain(session.cookie.split("=")[1]);
  });
});

describe("largestFileLimit", () => {
  it("finds the largest file any question of the forms takes", () => {
    const limits = ALL_FORMS.flatMap((f) =>
      f.pages.flatMap((p) => p.questions.flatMap((q) => (q.kind === "file" ? [q.maxBytes] : []))),
    );
    expect(limits.length).toBeGreaterThan(0);
    expect(largestFileLimit(ALL_FORMS)).toBe(Math.max(...limits));
    expect(largestFileLimit([])).toBe(0);
  });
});
