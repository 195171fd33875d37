import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprint } from "../tools/fingerprint.mjs";

// tools/start.mjs builds when this differs from dist/build.json's
describe("the sources' fingerprint", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("changes with a source file, not with a test file, and counts a missing input as empty", async () => {
    const root = await mkdtemp(join(tmpdir(), "sb-fingerprint-"));
    dirs.push(root);
    await mkdir(join(root, "src", "platform"), { recursive: true });
    await writeFile(join(root, "src", "platform", "a.ts"), "export const a = 1;\n");
    const first = fingerprint(root);
    expect(first).toMatch(/^[0-9a-f]{20}$/);
    await writeFile(join(root, "src", "platform", "a.test.ts"), "it('x', () => {});\n");
    expect(fingerprint(root)).toBe(first);
    await writeFile(join(root, "src", "platform", "a.ts"), "export const a = 2;\n");
    expect(fingerprint(root)).not.toBe(first);
    await writeFile(join(root, "package-lock.json"), "{}\n");
    expect(fingerprint(root, ["src"])).not.toBe(fingerprint(root));
  });
});
