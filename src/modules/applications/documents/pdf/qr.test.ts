import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { createPdf } from "./pdf-document";
import { drawQrCode } from "./qr";

async function drawn(text: string): Promise<string> {
  const { doc, finish } = createPdf({ title: "QR", author: "Test", issuedAt: new Date(0), compress: false });
  drawQrCode(doc, text, 100, 100, 90);
  return (await finish()).toString("latin1");
}

describe("drawQrCode", () => {
  it("draws one square per dark module of the text's QR code (level M), inside the given square", async () => {
    const text = "https://stadtbuero.example/pruefen?code=7KQ2-M9XD-4GSF-C";
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    const dark = Array.from(modules.data).filter(Boolean).length;
    const squares = [...(await drawn(text)).matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re/g)];
    expect(squares).toHaveLength(dark);
    // pdfkit flips y; every square lies within 100..190 in x
    for (const [, x, , w] of squares) {
      expect(Number(x)).toBeGreaterThanOrEqual(100);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(190.001);
    }
    const other = [...(await drawn(`${text}Y`)).matchAll(/ re/g)].length;
    const otherDark = Array.from(
      QRCode.create(`${text}Y`, { errorCorrectionLevel: "M" }).modules.data,
    ).filter(Boolean).length;
    expect(other).toBe(otherDark);
  });
});
