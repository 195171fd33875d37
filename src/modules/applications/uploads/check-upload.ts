import { fileTypeFromBuffer } from "file-type";
import type { Metadata, Sharp } from "sharp";
import type { FileKind } from "../domain";

/** Why an upload was refused; the route turns it into the question's error text. */
export type UploadProblem = "empty" | "too-large" | "wrong-kind" | "unreadable";

export type CheckedUpload =
  | { ok: true; kind: FileKind; bytes: Buffer }
  | { ok: false; problem: UploadProblem };

/**
 * The largest picture decoded: 50 megapixels, more than any phone camera takes. A small file
 * can claim an enormous size (a decompression bomb); its header is read before its pixels.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** file-type's names of what it found, for the kinds a question may accept (APNG is a PNG). */
const KIND_OF_TYPE: Readonly<Record<string, FileKind>> = { pdf: "pdf", jpg: "jpeg", png: "png", apng: "png" };
/** sharp's names of the formats it decoded. */
const IMAGE_FORMAT: Readonly<Record<"jpeg" | "png", string>> = { jpeg: "jpeg", png: "png" };

/** Re-encodings tried in turn until one fits the limit (the second packs harder). */
const ENCODINGS: Record<"jpeg" | "png", readonly ((image: Sharp) => Sharp)[]> = {
  jpeg: [(image) => image.jpeg({ quality: 85 }), (image) => image.jpeg({ quality: 70 })],
  png: [(image) => image.png(), (image) => image.png({ compressionLevel: 9 })],
};

/**
 * Checks an uploaded file and returns the bytes to store. The kind is told by the content,
 * never by the file name or the MIME type the browser declared: a program, a script or a web
 * page renamed `antrag.pdf` is `wrong-kind`. The size limit is checked before anything is
 * decoded. Pictures (JPEG, PNG) are decoded and encoded anew, turned upright by their EXIF
 * orientation first and written without any metadata (no EXIF, GPS position, XMP or ICC
 * profile: sharp converts to sRGB and keeps none of it), so a stored photo does not tell where
 * it was taken; a picture that does not decode is `unreadable`. A PDF is kept as it is, if it
 * starts with `%PDF-`, is recognised as a PDF and ends with `%%EOF` (else it was cut short).
 * @example const checked = await checkUpload(bytes, question.accept, question.maxBytes);
 */
export async function checkUpload(
  bytes: Buffer,
  accept: readonly FileKind[],
  maxBytes: number,
): Promise<CheckedUpload> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > maxBytes) return { ok: false, problem: "too-large" };
  const kind = await kindOf(bytes);
  if (!kind || !accept.includes(kind)) return { ok: false, problem: "wrong-kind" };
  if (kind === "pdf") return checkPdf(bytes);
  return reencodeImage(bytes, kind, maxBytes);
}

async function kindOf(bytes: Buffer): Promise<FileKind | undefined> {
  try {
    const type = await fileTypeFromBuffer(bytes);
    return type ? KIND_OF_TYPE[type.ext] : undefined;
  } catch {
    // a detector that trips over hostile bytes has not recognised anything we accept
    return undefined;
  }
}

const PDF_HEADER = Buffer.from("%PDF-", "latin1");
const PDF_END = Buffer.from("%%EOF", "latin1");
/** Readers look for the end marker in the last kilobyte; writers may add a line or two after it. */
const PDF_TAIL = 1024;

function checkPdf(bytes: Buffer): CheckedUpload {
  if (!bytes.subarray(0, PDF_HEADER.length).equals(PDF_HEADER)) return { ok: false, problem: "wrong-kind" };
  if (!bytes.subarray(-PDF_TAIL).includes(PDF_END)) return { ok: false, problem: "unreadable" };
  return { ok: true, kind: "pdf", bytes };
}

async function reencodeImage(bytes: Buffer, kind: "jpeg" | "png", maxBytes: number): Promise<CheckedUpload> {
  // "truncated" refuses a picture cut short, but not the harmless warnings some cameras cause
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" } as const;
  // loaded on the first picture, not at every start (libvips is large)
  const { default: sharp } = await import("sharp");
  let header: Metadata;
  try {
    header = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  if (header.format !== IMAGE_FORMAT[kind]) return { ok: false, problem: "unreadable" };
  if ((header.width ?? 0) * (header.height ?? 0) > MAX_INPUT_PIXELS)
    return { ok: false, problem: "too-large" };
  try {
    for (const encode of ENCODINGS[kind]) {
      // rotate() without an angle applies the EXIF orientation; no withMetadata(): none is kept
      const out = await encode(sharp(bytes, options).rotate()).toBuffer();
      if (out.length <= maxBytes) return { ok: true, kind, bytes: out };
    }
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  return { ok: false, problem: "too-large" };
}
