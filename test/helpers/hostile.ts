import fc from "fast-check";
import type { InjectOptions } from "light-my-request";

/**
 * Hostile requests for a route, built from its declared schemas: NUL and other control
 * characters, wrong types, repeated fields, huge values, impossible dates, unknown keys,
 * JSON where a form is expected, broken bodies. Every string that could be personal data
 * carries the marker `PII` and every token-shaped value starts with `SECRET`, so a test can
 * look for both in the log afterwards.
 */

export const PII_MARKER = "PII";
export const SECRET_MARKER = "SECRET";

/** Values a real page would send, so that generated requests also reach deep code paths. */
export interface KnownValues {
  services: string[];
  places: string[];
  dates: string[];
  ids: string[];
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "%00",
  "\u0007\u001b[31m",
  "\u202e\u200b",
  "\r\nBcc: victim@example.org",
  "x",
  "2026-02-31",
  "2026-13-01",
  "20261203",
  "0000-00-00",
  "9999-12-31",
  "-1",
  "0",
  "1e309",
  "NaN",
  "999999999999999999999",
  "true",
  "on",
  "[]",
  "{}",
  "../../etc/passwd",
  "..%2F..%2Fetc",
  "//evil.example/x",
  "/\\evil.example",
  "<svg onload=alert(1)>",
  "\"'><script>alert(1)</script>",
  "'; drop table appointments; --",
  "$" + "{7*7}{{7*7}}",
  "\ud800",
  "😀".repeat(40),
];

const piiText = fc
  .tuple(fc.string({ unit: "binary", maxLength: 8 }), fc.nat({ max: 99999 }), fc.string({ maxLength: 8 }))
  .map(([pre, n, post]) => `${pre}${PII_MARKER}${n} Erika@example.org${post}`);

/** One field's value; `huge` adds values of 2,000 to 30,000 characters. */
function plainValue(known: KnownValues, huge = false): fc.Arbitrary<string> {
  const hugeValues = fc.constantFrom("x".repeat(2001), "é".repeat(10_001), "\u0000".repeat(30_000));
  return fc.oneof(
    ...(huge ? [{ weight: 1, arbitrary: hugeValues }] : []),
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 3, arbitrary: piiText },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...known.services, ...known.places) },
    { weight: 2, arbitrary: fc.constantFrom(...known.dates) },
    { weight: 1, arbitrary: fc.constantFrom(...known.ids) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
    { weight: 1, arbitrary: fc.constantFrom(...known.dates).map((d) => `${d}T08:00:00.000Z|schalter-1`) },
  );
}

/** The string with lone surrogates replaced, as a browser would send it (encodeURIComponent refuses them). */
function wellFormed(v: string): string {
  return v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** A token-shaped path parameter that passes a token schema, and so reaches the handler. */
const tokenLike = fc.stringMatching(/^[A-Za-z0-9_-]{26}$/).map((rest) => `${SECRET_MARKER}${rest}`);

function paramValue(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: tokenLike },
    { weight: 2, arbitrary: fc.constantFrom(...known.ids, ...known.places, ...known.services) },
    { weight: 2, arbitrary: plainValue(known).map((v) => encodeURIComponent(wellFormed(v.slice(0, 300)))) },
  );
}

function fieldValue(known: KnownValues): fc.Arbitrary<string | string[]> {
  return fc.oneof(
    { weight: 4, arbitrary: plainValue(known, true) },
    { weight: 1, arbitrary: fc.array(plainValue(known), { minLength: 2, maxLength: 30 }) },
  );
}

/** The keys of a zod object schema (route schemas are zod objects), or none. */
export function schemaKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

export interface RouteUnderTest {
  method: string;
  url: string;
  schema: unknown;
}

export interface Session {
  cookie: string;
  token: string;
}

function fields(keys: string[], known: KnownValues) {
  const chosen = keys.length > 0 ? fc.subarray(keys) : fc.constant([] as string[]);
  return fc
    .tuple(
      chosen.chain((ks) => fc.tuple(...ks.map((k) => fieldValue(known).map((v) => [k, v] as const)))),
      fc.array(fc.tuple(fc.string({ unit: "binary", maxLength: 20 }), fieldValue(known)), { maxLength: 3 }),
    )
    .map(([given, unknown]) => [...given, ...unknown] as (readonly [string, string | string[]])[]);
}

function formBody(entries: (readonly [string, string | string[]])[], csrf: string | undefined): string {
  const body = new URLSearchParams();
  if (csrf !== undefined) body.append("_csrf", csrf);
  for (const [k, v] of entries) for (const x of [v].flat()) body.append(k, x);
  return body.toString();
}

/**
 * One hostile request for `route`, signed in as `session` (its cookies and CSRF token),
 * from a random address so that per-address limits do not hide the handler.
 */
export function hostileRequest(
  route: RouteUnderTest,
  session: Session,
  known: KnownValues,
): fc.Arbitrary<InjectOptions> {
  const schema = route.schema as { params?: unknown; querystring?: unknown; body?: unknown } | undefined;
  const paramNames = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
  const params = fc.tuple(...paramNames.map(() => paramValue(known)));
  const query = fields(schemaKeys(schema?.querystring), known);
  const bodyFields = fields(schemaKeys(schema?.body), known);
  const isPost = route.method !== "GET";
  const encoding = fc.oneof(
    { weight: 8, arbitrary: fc.constant("form" as const) },
    { weight: 1, arbitrary: fc.constant("json" as const) },
    { weight: 1, arbitrary: fc.constant("garbage" as const) },
  );
  return fc
    .record({
      params,
      query,
      body: bodyFields,
      encoding,
      csrf: fc.oneof(
        { weight: 8, arbitrary: fc.constant(session.token) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: plainValue(known) },
      ),
      signedIn: fc.oneof(
        { weight: 9, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      address: fc.ipV4(),
      garbage: fc.uint8Array({ maxLength: 300 }),
      contentType: fc.constantFrom(
        "application/x-www-form-urlencoded",
        "application/json",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded; charset=latin1",
      ),
    })
    .map((r) => {
      let url = route.url;
      paramNames.forEach((name, i) => {
        url = url.replace(`:${name}`, r.params[i] ?? "x");
      });
      const search = formBody(r.query, undefined);
      const options: InjectOptions = {
        method: route.method as "GET" | "POST",
        url: search ? `${url}?${search}` : url,
        remoteAddress: r.address,
        headers: r.signedIn ? { cookie: session.cookie } : {},
      };
      if (!isPost) return options;
      const headers = options.headers as Record<string, string>;
      if (r.encoding === "json") {
        headers["content-type"] = "application/json";
        options.payload = JSON.stringify({
          _csrf: r.csrf,
          ...Object.fromEntries(r.body.map(([k, v]) => [k, r.body.length % 2 ? { nested: v } : v])),
        });
      } else if (r.encoding === "garbage") {
        headers["content-type"] = r.contentType;
        options.payload = Buffer.from(r.garbage);
      } else {
        headers["content-type"] = "application/x-www-form-urlencoded";
        options.payload = formBody(r.body, r.csrf);
      }
      return options;
    });
}

/** Control characters a stored text may never hold (line breaks and tabs only where multi-line). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is looked for
export const FORBIDDEN_STORED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
