import QRCode from "qrcode";

/** Modules of white space around the symbol that the QR standard asks for. */
const QUIET_ZONE = 2;

/**
 * Draws `text` as a QR code of error correction level M (what the EPC asks of a GiroCode, and
 * enough for a verification link printed on paper) in the square at (x, y) of side `size`:
 * vector squares, sharp at every zoom and printer resolution.
 * @throws Error from `qrcode` when the text is too long for a QR code
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / (modules.size + 2 * QUIET_ZONE);
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column))
        doc.rect(x + (column + QUIET_ZONE) * cell, y + (row + QUIET_ZONE) * cell, cell, cell);
    }
  }
  doc.fillColor("#000000").fill();
  doc.restore();
}
