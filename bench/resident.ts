import { Agent, request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";

/**
 * Connections kept open between requests, as a browser keeps them; node:http rather than
 * fetch, whose own cost on the load generator's core was about a millisecond a request.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/** The `p`-th percentile (nearest rank) of `values`; 0 when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export interface Answer {
  status: number;
  location: string;
  body: string;
}

/** Bytes of a page as sent with gzip, and decoded. */
export function encodedBytes(url: string, cookie = ""): Promise<{ raw: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { "accept-encoding": "gzip", cookie } }, (res) => {
      let sent = 0;
      res.on("data", (c: Buffer) => {
        sent += c.length;
      });
      res.on("end", async () => {
        const raw = Buffer.from(await (await fetch(url, { headers: { cookie } })).arrayBuffer()).length;
        resolve({ raw, sent });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * A browser without JavaScript, for benchmarks: its own cookies, the CSRF token of the page it
 * saw last, and its own address in `X-Forwarded-For` (the server trusts one proxy).
 */
export class Resident {
  readonly #jar = new Map<string, string>();
  readonly #address: string;
  #csrf = "";
  requests = 0;

  constructor(
    readonly base: string,
    n: number,
  ) {
    this.#address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) + 1}`;
  }

  cookie(): string {
    return [...this.#jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async #send(path: string, init: { method: string; body?: string }): Promise<Answer> {
    this.requests += 1;
    const headers: Record<string, string> = {
      cookie: this.cookie(),
      "x-forwarded-for": this.#address,
      "accept-language": "de",
      // as a browser: pages come compressed
      "accept-encoding": "gzip",
    };
    if (init.body !== undefined) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers["content-length"] = String(Buffer.byteLength(init.body));
    }
    const res = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = httpRequest(new URL(path, this.base), { method: init.method, headers, agent }, (r) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c));
          r.on("end", () =>
            resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }),
          );
          r.on("error", reject);
        });
        req.on("error", reject);
        req.end(init.body);
      },
    );
    const setCookie = (res.headers["set-cookie"] as string[] | undefined) ?? [];
    for (const line of setCookie) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.#jar.delete(name.trim());
      else this.#jar.set(name.trim(), value.join("="));
    }
    const raw = res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body;
    const body = raw.toString("utf8");
    this.#csrf = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? this.#csrf;
    return { status: res.status, location: (res.headers.location as string | undefined) ?? "", body };
  }

  async get(path: string): Promise<Answer> {
    const answer = await this.#send(path, { method: "GET" });
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
    return answer;
  }

  post(path: string, form: Record<string, string>): Promise<Answer> {
    const body = new URLSearchParams({ _csrf: this.#csrf, ...form }).toString();
    return this.#send(path, { method: "POST", body });
  }

  /** Posts a form and follows its redirect, as a browser does; @returns the page it lands on and its token. */
  async postAndFollow(path: string, form: Record<string, string>) {
    const posted = await this.post(path, form);
    if (posted.status !== 303) throw new Error(`POST ${path} answered ${posted.status}`);
    const page = await this.get(posted.location);
    return { url: posted.location, csrf: this.#csrf, body: page.body };
  }
}
