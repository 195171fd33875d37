import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../../platform/db/database";
import { type BoardCall, CALLS_CHANNEL, type QueueService } from "./service";

type Send = (calls: BoardCall[]) => void;

/**
 * Open streams one process holds at most, in all and per client address. A waiting room has
 * a handful of displays (a town hall's network may show them all from one address); more
 * is someone holding connections open to exhaust the server.
 */
export const STREAM_LIMITS = { total: 500, perAddress: 20 };

/**
 * Fans calls out to the open call displays. Every change of a queue sends a NOTIFY (on
 * commit); each process listens once, reads the board of that location's day once, and
 * pushes it to all displays of that day it holds open. Bursts are coalesced: while a board
 * is being read, further notifications only mark it to be read once more.
 */
export class CallDisplays {
  private readonly subscribers = new Map<string, Set<Send>>();
  private readonly busy = new Map<string, boolean>();
  private readonly streams = new Set<{ end(): void; once(event: "close", fn: () => void): unknown }>();
  private readonly streamsByAddress = new Map<string, number>();
  private admitted = 0;
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    private readonly tenantId: string,
    private readonly queue: QueueService,
    private readonly log: FastifyBaseLogger,
    private readonly limits = STREAM_LIMITS,
  ) {}

  /**
   * Admits one more stream from `address`, or refuses it when this process holds its limit
   * in all or for that address.
   * @returns the release to call when the stream closes, or undefined when refused
   */
  admit(address: string): (() => void) | undefined {
    const held = this.streamsByAddress.get(address) ?? 0;
    if (this.admitted >= this.limits.total || held >= this.limits.perAddress) return undefined;
    this.streamsByAddress.set(address, held + 1);
    this.admitted += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.admitted -= 1;
      const left = (this.streamsByAddress.get(address) ?? 1) - 1;
      if (left > 0) this.streamsByAddress.set(address, left);
      else this.streamsByAddress.delete(address);
    };
  }

  async start(): Promise<void> {
    this.stopListening = await this.database.listen(CALLS_CHANNEL, (payload) => this.onNotify(payload));
  }

  /** Remembers an open stream, so that shutting down can end it (an open stream would hold the server). */
  track(stream: { end(): void; once(event: "close", fn: () => void): unknown }): void {
    this.streams.add(stream);
    stream.once("close", () => this.streams.delete(stream));
  }

  async stop(): Promise<void> {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    // The database may be gone already (shutdown order, or a failed database): nothing to undo then.
    await this.stopListening?.().catch(() => {});
    this.stopListening = undefined;
    this.subscribers.clear();
  }

  /** How many displays this process holds open (for health and tests). */
  get openDisplays(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** Registers a display of a location's day; returns its unsubscribe. */
  subscribe(location: string, date: string, send: Send): () => void {
    const key = `${location}|${date}`;
    let set = this.subscribers.get(key);
    if (!set) {
      set = new Set();
      this.subscribers.set(key, set);
    }
    set.add(send);
    return () => {
      set.delete(send);
      if (set.size === 0) this.subscribers.delete(key);
    };
  }

  private onNotify(payload: string) {
    let event: { t?: string; l?: string; d?: string };
    try {
      event = JSON.parse(payload);
    } catch {
      return;
    }
    if (event.t !== this.tenantId || !event.l || !event.d) return;
    const key = `${event.l}|${event.d}`;
    if (!this.subscribers.has(key)) return;
    if (this.busy.has(key)) {
      this.busy.set(key, true);
      return;
    }
    this.busy.set(key, false);
    void this.push(key, event.l, event.d);
  }

  private async push(key: string, location: string, date: string): Promise<void> {
    try {
      do {
        this.busy.set(key, false);
        const calls = await this.queue.board(location, date);
        for (const send of this.subscribers.get(key) ?? []) send(calls);
      } while (this.busy.get(key));
    } catch (err) {
      this.log.error({ err }, "call display update failed");
    } finally {
      this.busy.delete(key);
    }
  }
}
