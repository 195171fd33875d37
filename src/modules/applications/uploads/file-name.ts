import type { FileKind } from "../domain";

/** The longest file name kept (the form engine's `FileRef` allows no more). */
export const MAX_FILE_NAME = 255;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Direction marks and overrides: `rechnung\u202Efdp.exe` would be shown as `rechnungexe.pdf`. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Halves of a character without their other half, which no database can store as text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** An ending kept when a long name is shortened, if it is this short. */
const MAX_ENDING = 16;

const EXTENSION: Record<FileKind, string> = { pdf: "pdf", jpeg: "jpg", png: "png" };

/**
 * The name of an uploaded file as it is stored and shown: the last segment of what the device
 * sent (a browser may send a whole path, with `/` or `\`), without control characters or
 * direction marks, at most 255 characters (the ending kept when it is cut). It is a label only,
 * never part of a path on any disk. A name that leaves nothing becomes `upload.<kind>`.
 * @example cleanFileName("C:\\Users\\erika\\Scan 1.pdf", "pdf") // "Scan 1.pdf"
 */
export function cleanFileName(sent: string, kind: FileKind): string {
  const last = sent.split(/[/\\]/).pop() ?? "";
  const clean = last
    .replace(LONE_SURROGATE, "")
    .normalize("NFC")
    .replace(CONTROL, "")
    .replace(BIDI, "")
    .trim();
  if (clean === "" || /^\.+$/.test(clean)) return `upload.${EXTENSION[kind]}`;
  return shorten(clean);
}

function shorten(name: string): string {
  if (name.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf(".");
  const ending = dot > 0 && name.length - dot <= MAX_ENDING ? name.slice(dot) : "";
  const room = MAX_FILE_NAME - ending.length;
  let stem = "";
  // by characters, not UTF-16 units, so that no character is cut in half
  for (const char of name.slice(0, name.length - ending.length)) {
    if (stem.length + char.length > room) break;
    stem += char;
  }
  return stem.trimEnd() + ending;
}
