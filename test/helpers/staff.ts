import argon2 from "argon2";
import type { FastifyInstance } from "fastify";
import { currentTotpCode, type Role } from "../../src/modules/staff";
import type { Database } from "../../src/platform/db/database";
import { formSession } from "./test-app";

let counter = 0;

export interface SignedIn {
  /** the Cookie header of the signed-in browser (session and CSRF cookies) */
  cookie: string;
  /** a CSRF token that goes with `cookie` */
  token: string;
  staffId: number;
  username: string;
}

const TEST_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** The places people of these roles usually work at: clerks the Stadtbüro and offices, and so on. */
async function placesOfRoles(app: FastifyInstance, roles: Role[]): Promise<string[]> {
  if (roles.includes("administrator")) return [];
  const kinds = new Set<string>([
    ...(roles.includes("clerk") ? ["stadtbuero", "office"] : []),
    ...(roles.includes("mobile-team") ? ["mobile-stop"] : []),
    ...(roles.includes("help-point") ? ["help-point"] : []),
  ]);
  return (await app.locations.directory()).locations.filter((l) => kinds.has(l.kind)).map((l) => l.key);
}

/**
 * Creates a fresh account with `roles` and signs it in through the real sign-in pages
 * (password, and the TOTP code when the account has a second factor).
 */
export async function signInAs(
  app: FastifyInstance,
  database: Database,
  roles: Role[],
  options: { totp?: boolean; places?: string[] } = {},
): Promise<SignedIn> {
  counter += 1;
  const username = `test-${counter}-${roles.join("-")}`.slice(0, 40);
  const password = `correct horse battery ${counter}`;
  const totp = options.totp ?? roles.includes("administrator");
  const { id } = await app.staff.accounts.create(null, {
    username,
    displayName: `Test ${counter}`,
    roles,
    places: options.places ?? (await placesOfRoles(app, roles)),
    totpRequired: totp,
  });
  // As if the person had already chosen a password and enrolled the authenticator app.
  await database.db
    .updateTable("staff_accounts")
    .set({
      password_hash: await argon2.hash(password, { type: argon2.argon2id }),
      password_must_change: false,
      totp_secret: totp ? TEST_SECRET : null,
    })
    .where("id", "=", id)
    .execute();
  const { cookie: csrfCookie, token } = await formSession(app, "/verwaltung/anmelden");
  // each person signs in from an address of their own: sign-in posts are rate-limited per address
  const remoteAddress = `198.51.100.${counter % 250}`;
  const first = await app.inject({
    method: "POST",
    url: "/verwaltung/anmelden",
    remoteAddress,
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ _csrf: token, username, password }).toString(),
  });
  const session = /sb_staff=([^;]+)/.exec(String(first.headers["set-cookie"]))?.[1];
  if (first.statusCode !== 303 || !session) throw new Error(`sign-in failed: ${first.statusCode}`);
  let cookie = `${csrfCookie}; sb_staff=${session}`;
  if (totp) {
    const second = await app.inject({
      method: "POST",
      url: "/verwaltung/anmelden/code",
      remoteAddress,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        _csrf: token,
        code: currentTotpCode(TEST_SECRET, app.clock.now()),
      }).toString(),
    });
    // the session goes on under a new id once the second factor is checked
    const renewed = /sb_staff=([^;]+)/.exec(String(second.headers["set-cookie"]))?.[1];
    if (second.statusCode !== 303 || !renewed) throw new Error(`TOTP step failed: ${second.statusCode}`);
    cookie = `${csrfCookie}; sb_staff=${renewed}`;
  }
  return { cookie, token, staffId: id, username };
}

/** Posts a form as a signed-in person. */
export function postForm(
  app: FastifyInstance,
  who: SignedIn,
  url: string,
  fields: Record<string, string | string[]> = {},
) {
  const body = new URLSearchParams({ _csrf: who.token });
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return app.inject({
    method: "POST",
    url,
    headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: body.toString(),
  });
}
