import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { samplePdf, twoColourPicture } from "../../../../test/helpers/uploads";
import { checkUpload, MAX_INPUT_PIXELS } from "./check-upload";

const MB = 1_000_000;

/** A photo as a phone takes it: lying on its side (EXIF orientation 6), with where and by whom. */
async function phonePhoto(): Promise<Buffer> {
  return twoColourPicture()
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: "Erika Mustermann" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 48/1 36/1", GPSMapDatum: "WGS-84" },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Erika Mustermann</dc:creator>' +
        "</rdf:Description></rdf:RDF></x:xmpmeta>",
    )
    .toBuffer();
}

/** The colour of one pixel of a picture. */
async function pixel(bytes: Buffer, x: number, y: number): Promise<"red" | "blue" | "other"> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  const [r = 0, g = 0, b = 0] = data.subarray(at, at + 3);
  if (r > 200 && g < 60 && b < 60) return "red";
  if (b > 200 && r < 60 && g < 60) return "blue";
  return "other";
}

/** A small PNG whose header claims another size (its checksum made right again). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await twoColourPicture().png().toBuffer());
  // signature (8), IHDR length (4), "IHDR" (4), then width and height
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("checkUpload", () => {
  it("encodes a photo anew: upright, and without EXIF, GPS position or XMP", async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes("WGS-84")).toBe(true);
    expect(before.xmp).toBeDefined();

    const checked = await checkUpload(photo, ["jpeg", "png"], 5 * MB);
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.kind).toBe("jpeg");
    const after = await sharp(checked.bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(checked.bytes.includes("WGS-84")).toBe(false);
    expect(checked.bytes.includes("Mustermann")).toBe(false);
    // stored 40 × 20 with red on the left; shown turned a quarter clockwise: 20 × 40, red on top
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(await pixel(checked.bytes, 10, 5)).toBe("red");
    expect(await pixel(checked.bytes, 10, 35)).toBe("blue");
  });

  it("accepts a PNG and drops the EXIF it carried", async () => {
    const png = await twoColourPicture()
      .png()
      .withExif({ IFD3: { GPSMapDatum: "WGS-84" } })
      .toBuffer();
    expect((await sharp(png).metadata()).exif).toBeDefined();
    const checked = await checkUpload(png, ["png"], MB);
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.kind).toBe("png");
    const after = await sharp(checked.bytes).metadata();
    expect(after.format).toBe("png");
    expect(after.exif).toBeUndefined();
    expect(await pixel(checked.bytes, 5, 10)).toBe("red");
  });

  it("keeps a PDF byte for byte", async () => {
    const pdf = samplePdf("Antrag");
    const checked = await checkUpload(pdf, ["pdf"], MB);
    expect(checked).toEqual({ ok: true, kind: "pdf", bytes: pdf });
  });

  it("tells the kind by the content: programs, scripts and text are refused whatever their name", async () => {
    const windowsProgram = Buffer.concat([
      Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
      Buffer.alloc(300),
    ]);
    const linuxProgram = Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\x00", "latin1"), Buffer.alloc(300)]);
    const script = Buffer.from("#!/bin/sh\ncurl https://example.org/x | sh\n");
    const text = Buffer.from("Dies ist nur ein Text, kein Bild.\n");
    const page = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    for (const bytes of [windowsProgram, linuxProgram, script, text, page]) {
      expect(await checkUpload(bytes, ["pdf", "jpeg", "png"], MB)).toEqual({
        ok: false,
        problem: "wrong-kind",
      });
    }
  });

  it("refuses a kind the question does not accept", async () => {
    const jpeg = await twoColourPicture().jpeg().toBuffer();
    expect(await checkUpload(jpeg, ["pdf"], MB)).toEqual({ ok: false, problem: "wrong-kind" });
    expect(await checkUpload(samplePdf("x"), ["jpeg", "png"], MB)).toEqual({
      ok: false,
      problem: "wrong-kind",
    });
  });

  it("checks the size before looking at the content", async () => {
    // not a picture at all: had it been decoded, the answer would be wrong-kind or unreadable
    const garbage = Buffer.alloc(2001, 0xff);
    expect(await checkUpload(garbage, ["jpeg"], 2000)).toEqual({ ok: false, problem: "too-large" });
    const pdf = samplePdf("y");
    expect(await checkUpload(pdf, ["pdf"], pdf.length - 1)).toEqual({ ok: false, problem: "too-large" });
    expect((await checkUpload(pdf, ["pdf"], pdf.length)).ok).toBe(true);
  });

  it("refuses an empty file", async () => {
    expect(await checkUpload(Buffer.alloc(0), ["pdf"], MB)).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses a picture that does not decode, or was cut short", async () => {
    const jpeg = await twoColourPicture().jpeg().toBuffer();
    const cut = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    expect(await checkUpload(cut, ["jpeg"], MB)).toEqual({ ok: false, problem: "unreadable" });
    const onlyMagic = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 0x41)]);
    expect(await checkUpload(onlyMagic, ["jpeg"], MB)).toEqual({ ok: false, problem: "unreadable" });
  });

  it("refuses a decompression bomb by its header, without decoding it", async () => {
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 1;
    const bomb = await pngClaiming(side, side);
    expect(bomb.length).toBeLessThan(10_000);
    expect((await sharp(bomb).metadata()).width).toBe(side);
    expect(await checkUpload(bomb, ["png"], MB)).toEqual({ ok: false, problem: "too-large" });
    // the same trick below the limit is judged on its pixels, which are not there
    expect(await checkUpload(await pngClaiming(400, 400), ["png"], MB)).toEqual({
      ok: false,
      problem: "unreadable",
    });
  });

  it("refuses a PDF cut short, and PDF text that does not start the file", async () => {
    const pdf = samplePdf("z");
    const cut = pdf.subarray(0, pdf.length - 40);
    expect(await checkUpload(cut, ["pdf"], MB)).toEqual({ ok: false, problem: "unreadable" });
    const prefixed = Buffer.concat([Buffer.from("MZ"), pdf]);
    expect(await checkUpload(prefixed, ["pdf"], MB)).toEqual({ ok: false, problem: "wrong-kind" });
  });

  it("refuses a picture that only fits the limit before it is encoded anew", async () => {
    // noise saved at a very low quality grows when it is written again at a usual one
    const noise = Buffer.alloc(64 * 64 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 3) * 104729) % 251;
    const jpeg = await sharp(noise, { raw: { width: 64, height: 64, channels: 3 } })
      .jpeg({ quality: 5 })
      .toBuffer();
    expect((await sharp(jpeg).jpeg({ quality: 70 }).toBuffer()).length).toBeGreaterThan(jpeg.length);
    expect(await checkUpload(jpeg, ["jpeg"], jpeg.length)).toEqual({ ok: false, problem: "too-large" });
    expect((await checkUpload(jpeg, ["jpeg"], MB)).ok).toBe(true);
  });
});
