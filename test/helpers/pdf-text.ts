import { inflateSync } from "node:zlib";

/** Code page 1252 at 0x80–0x9F, where it differs from Latin-1 (€, „, “, –, …). */
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

function decodeWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b),
  ).join("");
}

/** The file with each Flate-compressed stream inflated in place (what a reader decodes). */
function withInflatedStreams(pdf: Buffer): Buffer {
  const raw = pdf.toString("latin1");
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of raw.matchAll(/\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    parts.push(pdf.subarray(last, start));
    try {
      parts.push(inflateSync(pdf.subarray(start, end)));
    } catch {
      parts.push(pdf.subarray(start, end));
    }
    last = end;
  }
  parts.push(pdf.subarray(last));
  return Buffer.concat(parts);
}

/**
 * The text an uncompressed pdfkit file shows, one line per text operation (`[<hex> kern <hex>]
 * TJ`): pdfkit writes the standard fonts' glyphs as hex of their WinAnsi codes (code page
 * 1252). Enough for tests to find a name or a
 * code in a document; not a general PDF reader.
 * @throws Error when the file is compressed (no text operations to read)
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = withInflatedStreams(Buffer.from(pdf)).toString("latin1");
  const operations = raw.match(/\[[^\]]*\]\s*TJ/g) ?? [];
  if (operations.length === 0) throw new Error("no readable text: render the PDF with compress: false");
  return operations
    .map((op) =>
      (op.match(/<([0-9a-f]*)>/gi) ?? [])
        .map((hex) => decodeWinAnsi(Buffer.from(hex.slice(1, -1), "hex")))
        .join(""),
    )
    .join("\n");
}
