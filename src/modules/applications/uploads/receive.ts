import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FormDefinition } from "../domain";

/**
 * The parser's limits on an upload form: one file and a few short fields (the CSRF token, the
 * page's buttons). A form with more is not one of ours.
 */
export const UPLOAD_FORM_LIMITS = {
  files: 1,
  fields: 10,
  parts: 11,
  fieldNameSize: 100,
  fieldSize: 4000,
  headerPairs: 20,
} as const;

/** What an upload form's posted fields are: each sent once, as text. */
export type UploadFields = Readonly<Record<string, string>>;

/** The file as it arrived: the name as the device sent it (clean it before use) and its bytes. */
export interface ReceivedFile {
  name: string;
  bytes: Buffer;
}

/**
 * - `too-large`: the file was larger than the scope's limit, and was cut off and dropped;
 * - `missing`: no file was chosen;
 * - `malformed`: not a multipart form, or one of ours could not have sent it (a second file,
 *   too many or too long fields, a field sent twice, a body broken off).
 */
export type ReceiveProblem = "too-large" | "missing" | "malformed";

export type UploadForm =
  | { ok: true; fields: UploadFields; file: ReceivedFile }
  | { ok: false; problem: ReceiveProblem; fields: UploadFields };

/** The largest file any question of these forms takes, in bytes (0 when none asks for a file). */
export function largestFileLimit(forms: readonly FormDefinition[]): number {
  let largest = 0;
  for (const form of forms) {
    for (const page of form.pages) {
      for (const question of page.questions) {
        if (question.kind === "file") largest = Math.max(largest, question.maxBytes);
      }
    }
  }
  return largest;
}

/**
 * Lets the routes of `scope` (an encapsulated plugin: nothing outside it is changed) receive
 * an upload form (`multipart/form-data`). A file larger than `maxBytes` (the largest limit of
 * the scope's questions; `checkUpload` then holds each file to its own question's limit) is
 * cut off by the parser and reported `too-large`; the app's body limit does not apply here.
 * `fieldSize` allows longer text fields (bytes), for a message sent with a file.
 *
 * The form is read before validation, and its fields become `request.body`: the route's body
 * schema checks them as it checks any form, and `app.csrfProtection` as the route's
 * preHandler finds `_csrf` where it always looks, so a post without a valid token is refused
 * (403) before the handler sees the file. The handler takes the form from `readUploadForm`.
 * @example
 * await app.register(async (scope) => {
 *   await receiveUploads(scope, { maxBytes: largestFileLimit(definitions) });
 *   scope.post("/antrag/:id/datei", { schema: { body: UploadBody }, preHandler: app.csrfProtection },
 *     async (request, reply) => { const form = await readUploadForm(request); … });
 * });
 */
export async function receiveUploads(
  scope: FastifyInstance,
  { maxBytes, fieldSize = UPLOAD_FORM_LIMITS.fieldSize }: { maxBytes: number; fieldSize?: number },
): Promise<void> {
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new RangeError("maxBytes must be a whole number above 0");
  await scope.register(multipart, {
    limits: { ...UPLOAD_FORM_LIMITS, fieldSize, fileSize: maxBytes },
    // a file over the limit is reported as a problem of the form, not thrown as an error
    throwFileSizeLimit: false,
  });
  scope.addHook("preValidation", async (request) => {
    if (!request.isMultipart()) return;
    request.body = { ...(await readUploadForm(request)).fields };
  });
}

const forms = new WeakMap<FastifyRequest, Promise<UploadForm>>();

/**
 * The upload form of a request in a `receiveUploads` scope: its fields, and its one file or
 * why there is none. Read once; later calls give the same result. Nothing of the file (name or
 * content) is logged.
 */
export function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  let form = forms.get(request);
  if (!form) {
    form = parseUploadForm(request);
    forms.set(request, form);
  }
  return form;
}

async function parseUploadForm(request: FastifyRequest): Promise<UploadForm> {
  const fields = new Map<string, string>();
  const result = (problem?: ReceiveProblem, file?: ReceivedFile): UploadForm => {
    const f = Object.fromEntries(fields);
    if (problem) return { ok: false, problem, fields: f };
    return file ? { ok: true, fields: f, file } : { ok: false, problem: "missing", fields: f };
  };
  if (typeof request.isMultipart !== "function" || !request.isMultipart()) return result("malformed");

  let problem: ReceiveProblem | undefined;
  let file: ReceivedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        const clean = !part.fieldnameTruncated && !part.valueTruncated && typeof part.value === "string";
        if (!clean || fields.has(part.fieldname)) problem ??= "malformed";
        else fields.set(part.fieldname, part.value as string);
        continue;
      }
      // read to its end (the parts after it follow it), keeping nothing of a file cut off
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) if (!part.file.truncated) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      if (part.file.truncated) problem = "too-large";
      // a file input left empty is sent as a part without a name and without content
      else if (part.filename !== "" || bytes.length > 0) file = { name: part.filename, bytes };
    }
  } catch (error) {
    // the parser's own limits and broken bodies; logged by code only
    const code = (error as { code?: unknown }).code;
    request.log.info({ code: typeof code === "string" ? code : undefined }, "upload form not read");
    problem ??= "malformed";
  }
  return result(problem, file);
}
