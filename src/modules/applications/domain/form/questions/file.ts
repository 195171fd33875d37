import { z } from "zod";
import { errorTexts, questionBase } from "../base";
import { formatBytes, listOf } from "../format";
import type { QuestionKind } from "../kind";
import { WORDS } from "../messages";
import { FILE_KIND_NAMES, FileKind, FileRef } from "./file-ref";

export const FILE_CODES = ["required", "tooManyFiles", "fileTooLarge", "fileKind"] as const;

/**
 * One or more files (a power of attorney, a landlord's confirmation). The engine only declares
 * the limits and checks the answer; the upload step stores the files and passes their
 * references in (`ReadContext.files`).
 */
export const FileQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("file"),
  /** the largest file accepted, in bytes */
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(100 * 1000 * 1000),
  maxFiles: z.number().int().min(1).max(20).default(1),
  accept: z.array(FileKind).min(1, "at least one kind of file").max(FileKind.options.length),
  errors: errorTexts(FILE_CODES),
});
export type FileQuestion = z.infer<typeof FileQuestion>;

export const fileKind: QuestionKind<FileQuestion, FileRef[]> = {
  read(q, _body, { files }) {
    const list = files?.[q.id] ?? [];
    return list.length === 0 ? { blank: true } : { blank: false, candidate: [...list] };
  },
  schema: (q) =>
    z
      .array(
        FileRef.extend({
          size: FileRef.shape.size.max(q.maxBytes, { error: "fileTooLarge" }),
          kind: z.enum(q.accept as [FileKind, ...FileKind[]], { error: "fileKind" }),
        }),
        { error: "required" },
      )
      .min(1, { error: "required" })
      .max(q.maxFiles, { error: "tooManyFiles" }),
  part: () => "",
  params(q, { locale, candidate, path }) {
    const file = Array.isArray(candidate) && typeof path[0] === "number" ? candidate[path[0]] : undefined;
    const name = file && typeof file === "object" && "name" in file ? String(file.name) : "";
    return {
      name,
      maxFiles: q.maxFiles,
      maxBytes: formatBytes(locale, q.maxBytes),
      kinds: listOf(
        locale,
        q.accept.map((k) => FILE_KIND_NAMES[k]),
        WORDS.or,
      ),
    };
  },
  display: (_q, files) => files.map((f) => f.name).join(", "),
  toBody: () => ({}),
};
