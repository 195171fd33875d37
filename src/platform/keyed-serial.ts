/**
 * Runs the tasks of one key one after another, in this process; tasks of different keys run
 * side by side. A task learns whether it had to wait for another of its key, so it can check
 * again what that one may have changed.
 */
export class KeyedSerial {
  readonly #tails = new Map<string, Promise<void>>();

  /** Keys with a task running or waiting. */
  get size(): number {
    return this.#tails.size;
  }

  run<T>(key: string, task: (waited: boolean) => Promise<T>): Promise<T> {
    const before = this.#tails.get(key);
    const result = before ? before.then(() => task(true)) : task(false);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
