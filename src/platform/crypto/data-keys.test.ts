import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sealerFor } from "./data-keys";

describe("the key ring of a start without DATA_KEYS", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("keeps a development key in the data folder, readable only by its owner, and reuses it", async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-keys-"));
    const first = await sealerFor({ env: "development", dataKeys: undefined, dataDir: dir });
    const sealed = first.sealJson("Mustermann", "c");
    const again = await sealerFor({ env: "development", dataKeys: undefined, dataDir: dir });
    expect(again.openJson(sealed, "c")).toBe("Mustermann");
    expect((await stat(join(dir, "data-keys"))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, "data-keys"), "utf8")).toMatch(/^local-1:/);
  });

  it("never makes one up in production", async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-keys-"));
    await expect(sealerFor({ env: "production", dataKeys: undefined, dataDir: dir })).rejects.toThrow(
      /DATA_KEYS/,
    );
  });
});
