import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, freshDatabase } from "../../../../test/helpers/databases";
import { insertTestCase, insertTestDraft, samplePdf, TEST_TENANT } from "../../../../test/helpers/uploads";
import { SealError, Sealer } from "../../../platform/crypto/sealer";
import type { Database } from "../../../platform/db/database";
import { deleteDraft } from "../storage/draft-queries";
import { UploadStore, UploadStoreError } from "./upload-store";

const NOW = new Date("2027-01-11T07:30:00Z");

describeEachDatabase("upload store", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  let store: UploadStore;
  const sealer = new Sealer([{ id: "test", key: randomBytes(32) }]);

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase(kind, { tenant: true }));
    store = new UploadStore({ database, tenantId: TEST_TENANT, sealer });
  });
  afterAll(() => drop());

  const pdf = samplePdf("Vollmacht Erika Mustermann");
  const upload = (draftId: string, over: Partial<Parameters<UploadStore["add"]>[0]> = {}) =>
    store.add({
      draftId,
      questionId: "authorisation",
      name: "Vollmacht Mustermann.pdf",
      kind: "pdf",
      bytes: pdf,
      now: NOW,
      maxFiles: 5,
      ...over,
    });

  it("stores a file of a draft and gives it back, to that draft only", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const ref = await upload(draftId, { name: "C:\\Users\\erika\\Vollmacht\u0000 Mustermann.pdf" });
    expect(ref).toEqual({
      id: expect.any(String),
      name: "Vollmacht Mustermann.pdf",
      size: pdf.length,
      kind: "pdf",
    });
    expect(await store.listForDraft(draftId)).toEqual([ref]);
    expect(await store.listForDraft(draftId, "authorisation")).toEqual([ref]);
    expect(await store.listForDraft(draftId, "other")).toEqual([]);
    expect(await store.countForDraft(draftId)).toBe(1);
    expect(await store.read({ fileId: ref.id, draftId })).toEqual({
      name: "Vollmacht Mustermann.pdf",
      kind: "pdf",
      bytes: pdf,
    });

    const otherDraft = await insertTestDraft(database, sealer, NOW);
    expect(await store.read({ fileId: ref.id, draftId: otherDraft })).toBeUndefined();
    expect(await store.read({ fileId: ref.id, caseId: draftId })).toBeUndefined();
    expect(await store.read({ fileId: ref.id, caseId: randomUUID() })).toBeUndefined();
    expect(await store.read({ fileId: "../../etc/passwd", draftId })).toBeUndefined();
    expect(await store.listForDraft(otherDraft)).toEqual([]);
    const otherTenant = new UploadStore({ database, tenantId: "elsewhere", sealer });
    expect(await otherTenant.read({ fileId: ref.id, draftId })).toBeUndefined();
    expect(await otherTenant.listForDraft(draftId)).toEqual([]);
  });

  it("keeps neither the name nor the content readable in the table", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const ref = await upload(draftId);
    const row = await database.db
      .selectFrom("case_files")
      .select(["name_sealed", "content_sealed", "size", "kind"])
      .where("id", "=", ref.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ size: pdf.length, kind: "pdf" });
    const nameBytes = Buffer.from(row.name_sealed.slice(4), "base64url").toString("latin1");
    expect(row.name_sealed).not.toContain("Mustermann");
    expect(nameBytes).not.toContain("Mustermann");
    const content = Buffer.from(row.content_sealed);
    expect(content.includes("Mustermann")).toBe(false);
    expect(content.includes("%PDF")).toBe(false);
    expect(content.length).toBeGreaterThan(pdf.length);
  });

  it("binds the seals to the file: content copied to another file's row does not open", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const a = await upload(draftId);
    const b = await upload(draftId, { bytes: samplePdf("other") });
    await sql`update case_files set content_sealed = (select content_sealed from case_files where id = ${a.id})
      where id = ${b.id}`.execute(database.db);
    await expect(store.read({ fileId: b.id, draftId })).rejects.toThrow(SealError);
    expect((await store.read({ fileId: a.id, draftId }))?.bytes).toEqual(pdf);
  });

  it("removes a file of its own draft only", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const otherDraft = await insertTestDraft(database, sealer, NOW);
    const ref = await upload(draftId);
    expect(await store.remove({ draftId: otherDraft, fileId: ref.id })).toBe(false);
    expect(await store.remove({ draftId, fileId: "not-an-id" })).toBe(false);
    expect(await store.countForDraft(draftId)).toBe(1);
    expect(await store.remove({ draftId, fileId: ref.id })).toBe(true);
    expect(await store.read({ fileId: ref.id, draftId })).toBeUndefined();
    expect(await store.remove({ draftId, fileId: ref.id })).toBe(false);
    expect(await store.countForDraft(draftId)).toBe(0);
  });

  it("refuses a file more than the question takes, also when two arrive at once", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    await upload(draftId, { maxFiles: 1 });
    await expect(upload(draftId, { maxFiles: 1 })).rejects.toEqual(new UploadStoreError("too-many-files"));
    // another question has room of its own
    await upload(draftId, { maxFiles: 1, questionId: "landlordConfirmation" });

    const raceDraft = await insertTestDraft(database, sealer, NOW);
    const results = await Promise.allSettled([
      upload(raceDraft, { maxFiles: 1 }),
      upload(raceDraft, { maxFiles: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await store.countForDraft(raceDraft)).toBe(1);
  });

  it("refuses a draft it does not know, and the office's question on a draft", async () => {
    await expect(upload(randomUUID())).rejects.toEqual(new UploadStoreError("draft-not-found"));
    await expect(upload("1; drop table case_files")).rejects.toEqual(new UploadStoreError("draft-not-found"));
    const draftId = await insertTestDraft(database, sealer, NOW);
    await expect(upload(draftId, { questionId: "information" })).rejects.toThrow();
  });

  it("moves the files the filed answers name to the case; the rest go with the draft", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const kept = await upload(draftId);
    const dropped = await upload(draftId, { questionId: "forgottenBranch", bytes: samplePdf("old") });
    const caseId = await database.db.transaction().execute(async (tx) => {
      const id = await insertTestCase(tx, sealer, NOW, "2027-0000002-0");
      expect(await store.moveToCase(tx, { draftId, caseId: id, fileIds: [kept.id, kept.id] })).toBe(1);
      return id;
    });
    expect(await store.listForCase(caseId)).toEqual([kept]);
    expect((await store.read({ fileId: kept.id, caseId }))?.bytes).toEqual(pdf);
    expect(await store.read({ fileId: kept.id, draftId })).toBeUndefined();
    expect(await store.listForDraft(draftId)).toEqual([dropped]);

    await deleteDraft(database.db, draftId);
    expect(await store.read({ fileId: dropped.id, draftId })).toBeUndefined();
    const left = await database.db
      .selectFrom("case_files")
      .select("id")
      .where("id", "=", dropped.id)
      .execute();
    expect(left).toEqual([]);
    expect((await store.read({ fileId: kept.id, caseId }))?.name).toBe("Vollmacht Mustermann.pdf");
  });

  it("stops the filing when a file the answers name is gone", async () => {
    const draftId = await insertTestDraft(database, sealer, NOW);
    const a = await upload(draftId);
    const b = await upload(draftId);
    await store.remove({ draftId, fileId: b.id });
    let caseId = "";
    await expect(
      database.db.transaction().execute(async (tx) => {
        caseId = await insertTestCase(tx, sealer, NOW, "2027-0000003-0");
        await store.moveToCase(tx, { draftId, caseId, fileIds: [a.id, b.id] });
      }),
    ).rejects.toEqual(new UploadStoreError("files-not-found"));
    // rolled back: the case was never filed, the file is still the draft's
    expect(await store.listForCase(caseId)).toEqual([]);
    expect(await store.listForDraft(draftId)).toEqual([a]);
  });

  it("keeps files sent with an answer to the office's question with the case", async () => {
    const caseId = await insertTestCase(database.db, sealer, NOW, "2027-0000004-0");
    const ref = await store.addToCase({
      caseId,
      questionId: "information",
      name: "Geburtsurkunde.png",
      kind: "png",
      bytes: Buffer.from("checked png bytes"),
      now: NOW,
      maxFiles: 1,
    });
    expect(await store.listForCase(caseId, "information")).toEqual([ref]);
    expect(await store.read({ fileId: ref.id, caseId })).toEqual({
      name: "Geburtsurkunde.png",
      kind: "png",
      bytes: Buffer.from("checked png bytes"),
    });
    expect(await store.read({ fileId: ref.id, draftId: caseId })).toBeUndefined();
    await expect(
      store.addToCase({
        caseId: randomUUID(),
        questionId: "information",
        name: "x.png",
        kind: "png",
        bytes: Buffer.from("x"),
        now: NOW,
        maxFiles: 1,
      }),
    ).rejects.toEqual(new UploadStoreError("case-not-found"));
  });
});
