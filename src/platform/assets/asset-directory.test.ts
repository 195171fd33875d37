import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type BuiltAssets,
  MissingAssetsError,
  readAssetDirectory,
  writeAssetDirectory,
} from "./asset-directory";

const css = Buffer.from("body{color:red}");
const ASSETS: BuiltAssets = {
  stylesheet: "/assets/site-abc.css",
  scripts: { "call-display": "/assets/call-display-abc.js" },
  preloadFont: "/assets/FiraSans-Regular-ABC.woff2",
  files: new Map([
    [
      "site-abc.css",
      {
        name: "site-abc.css",
        contentType: "text/css",
        body: css,
        br: Buffer.from("b"),
        gzip: Buffer.from("g"),
        etag: '"e"',
      },
    ],
    [
      "FiraSans-Regular-ABC.woff2",
      { name: "FiraSans-Regular-ABC.woff2", contentType: "font/woff2", body: Buffer.from("f"), etag: '"f"' },
    ],
  ]),
};

describe("an asset directory", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reads back what was written, with the precompressed forms, and keeps a first writer's copy", async () => {
    const parent = await mkdtemp(join(tmpdir(), "sb-assets-"));
    dirs.push(parent);
    const dir = join(parent, "assets");
    await writeAssetDirectory(dir, ASSETS);
    await writeAssetDirectory(dir, ASSETS); // a second (parallel) writer: no error, no leftovers
    expect((await readdir(parent)).sort()).toEqual(["assets"]);
    const read = await readAssetDirectory(dir);
    expect(read.stylesheet).toBe(ASSETS.stylesheet);
    expect(read.preloadFont).toBe(ASSETS.preloadFont);
    expect(read.files.get("site-abc.css")?.body.equals(css)).toBe(true);
    expect(read.files.get("site-abc.css")?.br?.toString()).toBe("b");
    expect(read.files.get("FiraSans-Regular-ABC.woff2")?.br).toBeUndefined();
  });

  it("tells to run the build when there is none", async () => {
    const dir = join(tmpdir(), "sb-no-assets-here");
    const error = await readAssetDirectory(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAssetsError);
    expect(String((error as Error).message)).toContain("npm run build");
  });
});
