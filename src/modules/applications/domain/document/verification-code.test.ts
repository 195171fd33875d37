import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CROCKFORD_ALPHABET,
  formatVerificationCode,
  parseVerificationCode,
  VERIFICATION_CODE_LENGTH,
  type VerificationCode,
  verificationCodeFromRandom,
} from "./verification-code";

const bytes = (...values: number[]) => Uint8Array.from(values);
const someCode = () => verificationCodeFromRandom(bytes(7, 19, 23, 2, 20, 9, 29, 13, 4, 16, 25, 15));
const randomBytes = fc.uint8Array({ minLength: 12, maxLength: 12 });

function parsed(input: string): string {
  const result = parseVerificationCode(input);
  return result.ok ? result.code : result.problem;
}

/** The code with the character at `index` replaced by `by`. */
function replaced(code: string, index: number, by: string): string {
  return `${code.slice(0, index)}${by}${code.slice(index + 1)}`;
}

describe("verification codes", () => {
  it("are twelve characters of the bytes' low five bits and a check character", () => {
    const code = someCode();
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH);
    expect(code.slice(0, 12)).toBe("7KQ2M9XD4GSF");
    // the high bits of a byte do not change its character
    expect(
      verificationCodeFromRandom(bytes(7 + 32, 19 + 64, 23 + 128, 2, 20, 9, 29, 13, 4, 16, 25, 15)),
    ).toBe(code);
    expect(() => verificationCodeFromRandom(bytes(1, 2, 3))).toThrow(RangeError);
  });

  it("read back from their printed form, and are printed in groups of four", () => {
    const code = someCode();
    const printed = formatVerificationCode(code);
    expect(printed).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(printed.replaceAll("-", "")).toBe(code);
    expect(parsed(printed)).toBe(code);
  });

  it("are typed in any case, with or without separators, O/I/L read as 0/1/1", () => {
    // a code that holds 0 and 1, to type them as letters
    const code = verificationCodeFromRandom(bytes(0, 1, 0, 1, 5, 6, 7, 8, 9, 10, 11, 12));
    expect(code.slice(0, 4)).toBe("0101");
    const printed = formatVerificationCode(code);
    expect(parsed(printed.toLowerCase())).toBe(code);
    expect(parsed(`  ${code}  `)).toBe(code);
    expect(parsed(printed.replaceAll("-", " "))).toBe(code);
    expect(parsed(printed.replaceAll("-", "\u2013"))).toBe(code);
    expect(parsed(`oI${code.slice(2, 3)}l${code.slice(4)}`)).toBe(code);
    expect(parsed(`O1${code.slice(2, 3)}L${code.slice(4)}`.toLowerCase())).toBe(code);
  });

  it("take the example the pages and comments show as a well-formed code", () => {
    expect(parsed("7KQ2-M9XD-4HTF-8")).toBe("7KQ2M9XD4HTF8");
  });

  it("refuses what is not the shape of a code", () => {
    const code = someCode();
    expect(parsed("")).toBe("format");
    expect(parsed(code.slice(0, 12))).toBe("format");
    expect(parsed(`${code}0`)).toBe("format");
    // U is not in Crockford's alphabet, nor are punctuation marks other than separators
    expect(parsed(replaced(code, 3, "U"))).toBe("format");
    expect(parsed(replaced(code, 3, "*"))).toBe("format");
    expect(parsed(`${code.slice(0, 4)}.${code.slice(4)}`)).toBe("format");
  });

  it("catch every single wrong character", () => {
    fc.assert(
      fc.property(randomBytes, fc.nat(12), fc.nat(31), (random, index, shift) => {
        const code = verificationCodeFromRandom(random);
        const current = CROCKFORD_ALPHABET.indexOf(code[index] as string);
        const wrong = CROCKFORD_ALPHABET[(current + 1 + (shift % 31)) % 32] as string;
        expect(parsed(replaced(code, index, wrong))).toBe("check");
      }),
    );
  });

  it("catch every swap of neighbours and of characters one apart", () => {
    fc.assert(
      fc.property(randomBytes, fc.nat(11), fc.boolean(), (random, index, jump) => {
        const code = verificationCodeFromRandom(random);
        const other = index + (jump && index < 11 ? 2 : 1);
        const [a, b] = [code[index] as string, code[other] as string];
        fc.pre(a !== b);
        const swapped = replaced(replaced(code, index, b), other, a);
        expect(parsed(swapped)).toBe("check");
      }),
    );
  });

  it("accept every code they make, and every check character is one of the alphabet", () => {
    fc.assert(
      fc.property(randomBytes, (random) => {
        const code = verificationCodeFromRandom(random);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/);
        expect(parsed(formatVerificationCode(code as VerificationCode))).toBe(code);
      }),
    );
  });

  it("use every check character, so the check adds five bits", () => {
    const checks = new Set<string>();
    for (let i = 0; i < 32; i++)
      checks.add(verificationCodeFromRandom(bytes(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).at(-1) ?? "");
    expect(checks.size).toBe(32);
  });
});
