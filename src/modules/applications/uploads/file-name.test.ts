import { describe, expect, it } from "vitest";
import { FileRef } from "../domain";
import { cleanFileName, MAX_FILE_NAME } from "./file-name";

describe("cleanFileName", () => {
  it("keeps the last segment of a path, whichever the separator", () => {
    expect(cleanFileName("C:\\Users\\erika\\Scan 1.pdf", "pdf")).toBe("Scan 1.pdf");
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd");
    expect(cleanFileName("/home/erika/Mietvertrag.jpg", "jpeg")).toBe("Mietvertrag.jpg");
    expect(cleanFileName("Vollmacht Müller.pdf", "pdf")).toBe("Vollmacht Müller.pdf");
  });

  it("removes control characters, line breaks and direction marks", () => {
    expect(cleanFileName("Antrag\u0000\r\n.pdf", "pdf")).toBe("Antrag.pdf");
    expect(cleanFileName("rechnung\u202efdp.exe", "pdf")).toBe("rechnungfdp.exe");
    expect(cleanFileName("a\u2028b\u0085c.png", "png")).toBe("abc.png");
  });

  it("joins a character written in two parts and drops half a character", () => {
    expect(cleanFileName("Mu\u0308ller.pdf", "pdf")).toBe("Müller.pdf");
    expect(cleanFileName("x\ud800y.pdf", "pdf")).toBe("xy.pdf");
  });

  it("names a file that has no name left after its kind", () => {
    expect(cleanFileName("", "pdf")).toBe("upload.pdf");
    expect(cleanFileName("  \u0007 ", "jpeg")).toBe("upload.jpg");
    expect(cleanFileName("..", "png")).toBe("upload.png");
    expect(cleanFileName("C:\\dir\\", "pdf")).toBe("upload.pdf");
  });

  it("cuts a long name to 255 characters, keeping its ending and whole characters", () => {
    const long = `${"ä".repeat(300)}.pdf`;
    const cut = cleanFileName(long, "pdf");
    expect(cut.length).toBe(MAX_FILE_NAME);
    expect(cut.endsWith("ä.pdf")).toBe(true);
    const emoji = cleanFileName(`${"😀".repeat(200)}.jpeg`, "jpeg");
    expect(emoji.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(emoji.endsWith("😀.jpeg")).toBe(true);
    expect(cleanFileName("x".repeat(400), "pdf")).toBe("x".repeat(MAX_FILE_NAME));
  });

  it("always gives a name the form engine accepts", () => {
    const sent = ["", "a/b\\c", "\u0000", `${"b".repeat(500)}.png`, "\ud83d", "Ausweis\t(1).PNG", " . "];
    for (const name of sent) {
      expect(
        FileRef.safeParse({ id: "f1", name: cleanFileName(name, "png"), size: 1, kind: "png" }).success,
      ).toBe(true);
    }
  });
});
