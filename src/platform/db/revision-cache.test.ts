import { describe, expect, it } from "vitest";
import { RevisionCache } from "./revision-cache";

describe("RevisionCache", () => {
  it("loads once per revision and reloads when the revision changes", async () => {
    let revision = 1;
    let loads = 0;
    let clock = 0;
    const cache = new RevisionCache(
      async () => revision,
      async (r) => {
        expect(r).toBe(revision);
        return ++loads;
      },
      1000,
      () => clock,
    );
    expect(await cache.get()).toBe(1);
    expect(await cache.get()).toBe(1);
    revision = 2;
    expect(await cache.get()).toBe(1); // within the check interval: no database read
    clock = 1500;
    expect(await cache.get()).toBe(2);
    clock = 3000;
    expect(await cache.get()).toBe(2); // same revision: no reload
    expect(loads).toBe(2);
  });

  it("shares one load between concurrent callers", async () => {
    let loads = 0;
    const cache = new RevisionCache(
      async () => 1,
      async () => ++loads,
    );
    const values = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(values).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it("keeps serving the last value while the database is unreachable, and fails without one", async () => {
    let up = true;
    let clock = 0;
    const cache = new RevisionCache(
      async () => {
        if (!up) throw new Error("connection refused");
        return 1;
      },
      async () => "catalogue",
      1000,
      () => clock,
    );
    expect(await cache.get()).toBe("catalogue");
    up = false;
    clock = 5000;
    expect(await cache.get()).toBe("catalogue");
    const empty = new RevisionCache(
      async (): Promise<number> => {
        throw new Error("connection refused");
      },
      async () => "never",
    );
    await expect(empty.get()).rejects.toThrow("connection refused");
  });
});
