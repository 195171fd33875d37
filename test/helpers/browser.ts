import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/**
 * A browser of its own address: the sign-in routes allow ten posts a minute per address, and
 * sign-in tests post far more often than that. It keeps its cookies (session and CSRF) and the
 * CSRF token of the last page it saw, like a browser would.
 */
export class Browser {
  private static last = 0;
  private readonly jar = new Map<string, string>();
  readonly ip = `10.0.${Math.floor(++Browser.last / 250)}.${(Browser.last % 250) + 1}`;
  token = "";

  constructor(private readonly app: FastifyInstance) {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: LightMyRequestResponse) {
    for (const line of [res.headers["set-cookie"] ?? []].flat()) {
      const pair = line.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === "" || /expires=thu, 01 jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.token = token;
    return res;
  }

  async get(url: string) {
    const res = await this.app.inject({
      method: "GET",
      url,
      headers: { cookie: this.cookie },
      remoteAddress: this.ip,
    });
    return this.remember(res);
  }

  async post(url: string, fields: Record<string, string> = {}) {
    const res = await this.app.inject({
      method: "POST",
      url,
      headers: { cookie: this.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: this.token, ...fields }).toString(),
      remoteAddress: this.ip,
    });
    return this.remember(res);
  }

  /** The first step: name and password. */
  async signIn(username: string, password: string) {
    await this.get("/verwaltung/anmelden");
    return this.post("/verwaltung/anmelden", { username, password });
  }
}
