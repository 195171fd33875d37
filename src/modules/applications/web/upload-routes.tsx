import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { FILE_KIND_NAMES, type FileQuestion, findPage, formatBytes, isPageVisible } from "../domain";
import type { Draft } from "../drafts";
import type { FORM_MESSAGES } from "../messages";
import { checkUpload, readUploadForm, receiveUploads, type UploadStore, UploadStoreError } from "../uploads";
import { draftOf, type FormRouteDeps, formPaths, PageParams } from "./form-support";

const UploadQuery = z.object({ frage: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,60}$/) });
const UploadBody = z.object({ _csrf: CsrfField });
const FileParams = PageParams.extend({ file: z.uuid() });

/** Why an upload was refused, in the resident's words. */
export function uploadProblemText(
  t: (typeof FORM_MESSAGES)["de"],
  q: FileQuestion,
  locale: "de" | "en",
  problem: string,
): string {
  const p = t.files.problems;
  switch (problem) {
    case "too-large":
      return p["too-large"](formatBytes(locale, q.maxBytes));
    case "wrong-kind":
      return p["wrong-kind"](q.accept.map((k) => FILE_KIND_NAMES[k]).join(", "));
    case "too-many-files":
      return p["too-many"](q.maxFiles);
    case "empty":
      return p.empty;
    case "unreadable":
      return p.unreadable;
    default:
      return p.missing;
  }
}

/**
 * The uploads of file questions: one file per post (`multipart/form-data`), checked by its
 * content, pictures re-encoded without their metadata, sealed in the database as the draft's;
 * and removing one. Either clears the question's answer, so "continue" checks the files again.
 * A refused file comes back to the page as an error at the question (PRG with `?fehler=`).
 */
export async function uploadRoutes(
  instance: FastifyInstance,
  deps: FormRouteDeps & { uploads: UploadStore; maxBytes: number },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  await receiveUploads(app, { maxBytes: deps.maxBytes });

  const fileQuestion = (draft: Draft, pageId: string, questionId: string) => {
    const page = findPage(draft.form.definition, pageId);
    const question = page?.kind === "questions" ? page.questions.find((q) => q.id === questionId) : undefined;
    if (!page || question?.kind !== "file" || !isPageVisible(draft.form.definition, draft.answers, pageId))
      throw new AppError("not-found");
    return question;
  };
  const withoutAnswer = async (draft: Draft, questionId: string) => {
    const { [questionId]: _dropped, ...answers } = draft.answers;
    await deps.drafts.save(draft, { answers, contact: draft.contact }, app.clock.now());
  };

  app.post(
    "/antrag/:service/seite/:page/datei",
    {
      schema: { params: PageParams, querystring: UploadQuery, body: UploadBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const found = await draftOf(request, deps, request.params.service);
      const paths = formPaths(request.params.service);
      if (!found) return reply.redirect(ctx.href(paths.start), 303);
      const { draft } = found;
      const question = fileQuestion(draft, request.params.page, request.query.frage);
      const back = (problem?: string) =>
        reply.redirect(
          ctx.href(
            `${paths.page(request.params.page)}${problem ? `?fehler=${problem}&frage=${question.id}` : ""}`,
          ),
          303,
        );
      const form = await readUploadForm(request);
      if (!form.ok) return back(form.problem === "too-large" ? "too-large" : "missing");
      const checked = await checkUpload(form.file.bytes, question.accept, question.maxBytes);
      if (!checked.ok) return back(checked.problem);
      try {
        await deps.uploads.add({
          draftId: draft.id,
          questionId: question.id,
          name: form.file.name,
          kind: checked.kind,
          bytes: checked.bytes,
          now: app.clock.now(),
          maxFiles: question.maxFiles,
        });
      } catch (error) {
        if (error instanceof UploadStoreError && error.problem === "too-many-files")
          return back("too-many-files");
        throw error;
      }
      await withoutAnswer(draft, question.id);
      return back();
    },
  );

  app.post(
    "/antrag/:service/seite/:page/datei/:file/entfernen",
    { schema: { params: FileParams, body: UploadBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const found = await draftOf(request, deps, request.params.service);
      const paths = formPaths(request.params.service);
      if (!found) return reply.redirect(ctx.href(paths.start), 303);
      const { draft } = found;
      const page = findPage(draft.form.definition, request.params.page);
      const questions = page?.kind === "questions" ? page.questions.filter((q) => q.kind === "file") : [];
      for (const q of questions) {
        const files = await deps.uploads.listForDraft(draft.id, q.id);
        if (!files.some((f) => f.id === request.params.file)) continue;
        if (await deps.uploads.remove({ draftId: draft.id, fileId: request.params.file }))
          await withoutAnswer(draft, q.id);
      }
      return reply.redirect(ctx.href(paths.page(request.params.page)), 303);
    },
  );
}
