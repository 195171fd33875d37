import { describe, expect, it } from "vitest";
import { KeyedSerial } from "./keyed-serial";

/** A promise and the function that settles it, so a test decides when a task ends. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("KeyedSerial", () => {
  it("runs the tasks of one key one after another, in order, and tells the later ones they waited", async () => {
    const serial = new KeyedSerial();
    const log: string[] = [];
    const first = gate();
    const a = serial.run("k", async (waited) => {
      log.push(`a starts (waited ${waited})`);
      await first.opened;
      log.push("a ends");
      return "a";
    });
    const b = serial.run("k", async (waited) => {
      log.push(`b starts (waited ${waited})`);
      return "b";
    });
    await Promise.resolve();
    expect(log).toEqual(["a starts (waited false)"]);
    first.open();
    expect(await Promise.all([a, b])).toEqual(["a", "b"]);
    expect(log).toEqual(["a starts (waited false)", "a ends", "b starts (waited true)"]);
  });

  it("runs tasks of different keys side by side", async () => {
    const serial = new KeyedSerial();
    const held = gate();
    const log: string[] = [];
    const a = serial.run("one", async () => {
      await held.opened;
      log.push("one");
    });
    await serial.run("two", async (waited) => {
      log.push(`two (waited ${waited})`);
    });
    expect(log).toEqual(["two (waited false)"]);
    held.open();
    await a;
    expect(log).toEqual(["two (waited false)", "one"]);
  });

  it("goes on with the next task after one fails, and forgets keys once their tasks are done", async () => {
    const serial = new KeyedSerial();
    const failing = serial.run("k", async () => {
      throw new Error("refused");
    });
    const next = serial.run("k", async (waited) => waited);
    await expect(failing).rejects.toThrow("refused");
    expect(await next).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(serial.size).toBe(0);
  });
});
