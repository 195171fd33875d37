import { z } from "zod";
import { isCleanLine } from "../../../../../domain/text";

/** The kinds of file a question may accept; the upload step tells them by content, not by name. */
export const FILE_KINDS = ["pdf", "jpeg", "png"] as const;
export const FileKind = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof FileKind>;

/** How a kind is named to residents. */
export const FILE_KIND_NAMES: Record<FileKind, string> = { pdf: "PDF", jpeg: "JPG", png: "PNG" };

/**
 * An uploaded file as an answer refers to it: the upload step's id, the name the resident's
 * device gave it (shown back, never trusted as a path), its size and its kind.
 */
export const FileRef = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { error: "invalid" }),
  name: z
    .string({ error: "invalid" })
    .min(1, { error: "invalid" })
    .max(255, { error: "invalid" })
    .refine(isCleanLine, { error: "invalid" }),
  size: z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
  kind: FileKind,
});
export type FileRef = z.infer<typeof FileRef>;
