import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { multipartBody } from "./uploads";

let applicants = 0;

/**
 * A resident without JavaScript filling in an online application: a browser with its own
 * cookie jar and address, reading the CSRF token of the page it posts from.
 */
export function applicant(app: FastifyInstance) {
  applicants += 1;
  const address = `100.65.${Math.floor(applicants / 250) % 250}.${(applicants % 250) + 1}`;
  const jar = new Map<string, string>();
  const remember = (response: LightMyRequestResponse) => {
    const set = response.headers["set-cookie"];
    for (const line of [set ?? []].flat()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/Expires=Thu, 01 Jan 1970|Max-Age=0/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), value.join("="));
    }
    return response;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let lastPage = "";

  async function get(url: string) {
    const response = remember(
      await app.inject({ method: "GET", url, remoteAddress: address, headers: { cookie: cookie() } }),
    );
    lastPage = response.body;
    return response;
  }

  /** Posts a form as a browser would, with the token of the page shown last (or of `from`). */
  async function post(url: string, form: Record<string, string | string[]> = {}, from?: string) {
    if (from) await get(from);
    const token = /name="_csrf" value="([^"]+)"/.exec(lastPage)?.[1] ?? "";
    const body = new URLSearchParams({ _csrf: token });
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    return remember(
      await app.inject({
        method: "POST",
        url,
        remoteAddress: address,
        headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
        payload: body.toString(),
      }),
    );
  }

  /** Posts a file with an upload form of the page shown last, as `multipart/form-data`. */
  async function upload(
    url: string,
    file: { name: string; type: string; bytes: Buffer },
    fields: Record<string, string> = {},
  ) {
    const token = /name="_csrf" value="([^"]+)"/.exec(lastPage)?.[1] ?? "";
    const { payload, headers } = multipartBody({ _csrf: token, ...fields }, [{ field: "file", ...file }]);
    return remember(
      await app.inject({
        method: "POST",
        url,
        remoteAddress: address,
        headers: { ...headers, cookie: cookie() },
        payload,
      }),
    );
  }

  /** Follows a 303 like a browser. */
  async function follow(response: LightMyRequestResponse) {
    if (response.statusCode !== 303)
      throw new Error(`expected a redirect, got ${response.statusCode}: ${response.body.slice(0, 500)}`);
    return get(String(response.headers.location));
  }

  /** Posts the page at `url` and follows to the next page. */
  async function answer(url: string, form: Record<string, string | string[]>) {
    await get(url);
    return follow(await post(url, form));
  }

  return { get, post, upload, follow, answer, cookies: jar };
}

const MELDEBESCHEINIGUNG = "/antrag/meldebescheinigung";

/** Answers the Meldebescheinigung through its pages up to "check your answers". */
export async function fillInMeldebescheinigung(
  app: FastifyInstance,
  options: {
    kind?: "simple" | "extended";
    /** the further details of an extended certificate (nationalities unless told) */
    extendedData?: string[];
    email?: string;
    phone?: string;
    familyName?: string;
  } = {},
) {
  const base = MELDEBESCHEINIGUNG;
  const r = applicant(app);
  await r.follow(await r.post(base, {}, base));
  await r.answer(`${base}/seite/for-whom`, { forSelf: "yes" });
  await r.answer(`${base}/seite/person`, {
    "person.givenNames": "Erika",
    "person.familyName": options.familyName ?? "Mustermann",
    "person.dateOfBirth.day": "12",
    "person.dateOfBirth.month": "8",
    "person.dateOfBirth.year": "1964",
  });
  await r.answer(`${base}/seite/main-address`, {
    "mainAddress.street": "Markt",
    "mainAddress.houseNumber": "1",
    "mainAddress.postalCode": "35037",
    "mainAddress.city": "Marburg",
  });
  await r.answer(`${base}/seite/certificate-kind`, { certificateKind: options.kind ?? "simple" });
  if (options.kind === "extended")
    await r.answer(`${base}/seite/extended-content`, {
      extendedData: options.extendedData ?? ["nationalities"],
    });
  await r.answer(`${base}/seite/purpose`, {});
  await r.answer(`${base}/seite/declaration`, { truthful: "yes" });
  const check = await r.answer(`${base}/kontakt`, {
    email: options.email ?? "erika@example.org",
    ...(options.phone ? { phone: options.phone } : {}),
  });
  return { r, check };
}

/** Files a Meldebescheinigung through the pages; returns the resident, the tracking token and the case. */
export async function fileMeldebescheinigung(
  app: FastifyInstance,
  options: Parameters<typeof fillInMeldebescheinigung>[1] = {},
) {
  const { r } = await fillInMeldebescheinigung(app, options);
  const filed = await r.post(`${MELDEBESCHEINIGUNG}/absenden`);
  if (filed.statusCode !== 303) throw new Error(`filing failed: ${filed.statusCode}`);
  const token =
    String(filed.headers.location)
      .replace(/\?neu=1$/, "")
      .split("/")
      .at(-1) ?? "";
  const record = await app.cases.byTrackingToken(token);
  if (!record) throw new Error("not filed");
  return { r, token, record, filed };
}
