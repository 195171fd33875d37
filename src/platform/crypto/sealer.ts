import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/*
 * Encryption at rest of residents' data (answers, uploads, documents of a case): AES-256-GCM
 * with a key that is not in the database. Every sealed value names the id of the key that
 * sealed it, so keys can be rotated: the first key of the ring seals, every key of the ring
 * opens. A value is bound to its place (`context`, e.g. `case:<id>:answers`) as additional
 * authenticated data, so a sealed value copied to another row does not open there.
 */

/** One key of the ring: a short id (letters, digits, `-`) and 32 random bytes. */
export interface DataKey {
  id: string;
  key: Buffer;
}

const KEY_ID = /^[A-Za-z0-9-]{1,32}$/;
const TEXT_PREFIX = "sb1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {
  override name = "SealError";
}

/** Parses `DATA_KEYS`: `id:base64key,id:base64key`, the first seals. Returns the problem as a string. */
export function parseDataKeys(value: string): DataKey[] | string {
  const keys: DataKey[] = [];
  for (const entry of value.split(",").map((e) => e.trim())) {
    const [id = "", material = "", ...rest] = entry.split(":");
    if (rest.length > 0 || !KEY_ID.test(id)) return "each entry is id:key, the id of letters, digits and -";
    const key = Buffer.from(material, "base64");
    if (key.length !== 32) return `key ${id} is not 32 bytes in base64 (openssl rand -base64 32)`;
    if (keys.some((k) => k.id === id)) return `key id ${id} appears twice`;
    keys.push({ id, key });
  }
  return keys.length > 0 ? keys : "at least one key";
}

/** A new key for the ring, as `DATA_KEYS` takes it. */
export function newDataKey(id: string): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

export class Sealer {
  private readonly byId: Map<string, Buffer>;
  private readonly current: DataKey;

  constructor(keys: readonly DataKey[]) {
    const [first] = keys;
    if (!first) throw new SealError("a sealer needs at least one key");
    for (const k of keys) {
      if (!KEY_ID.test(k.id) || k.key.length !== 32) throw new SealError(`key ${k.id} is not usable`);
    }
    this.current = first;
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  /** The id of the key that seals new values. */
  get currentKeyId(): string {
    return this.current.id;
  }

  /** Seals bytes: key id, IV, tag and cipher text in one buffer. */
  sealBytes(plain: Uint8Array, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.current.key, iv);
    cipher.setAAD(Buffer.from(context, "utf8"));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const id = Buffer.from(this.current.id, "ascii");
    return Buffer.concat([Buffer.from([id.length]), id, iv, cipher.getAuthTag(), body]);
  }

  /** Opens what `sealBytes` sealed in the same context. @throws SealError when it does not open */
  openBytes(sealed: Uint8Array, context: string): Buffer {
    const buf = Buffer.from(sealed);
    const idLength = buf[0] ?? 0;
    const id = buf.subarray(1, 1 + idLength).toString("ascii");
    const key = this.byId.get(id);
    if (!key) throw new SealError(`no key ${id} in the ring`);
    const ivStart = 1 + idLength;
    const iv = buf.subarray(ivStart, ivStart + IV_BYTES);
    const tag = buf.subarray(ivStart + IV_BYTES, ivStart + IV_BYTES + TAG_BYTES);
    if (tag.length !== TAG_BYTES) throw new SealError("sealed value too short");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAAD(Buffer.from(context, "utf8"));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(buf.subarray(ivStart + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealError("sealed value does not open (altered, or sealed for another place)");
    }
  }

  /** Seals a JSON value as text (`sb1.<base64url>`), for a text column. */
  sealJson(value: unknown, context: string): string {
    const bytes = this.sealBytes(Buffer.from(JSON.stringify(value), "utf8"), context);
    return `${TEXT_PREFIX}.${bytes.toString("base64url")}`;
  }

  /** Opens what `sealJson` sealed. @throws SealError */
  openJson(sealed: string, context: string): unknown {
    return JSON.parse(this.openBytes(textBody(sealed), context).toString("utf8"));
  }

  /** The ids of the ring's keys, the sealing one first. */
  get keyIds(): string[] {
    return [...this.byId.keys()];
  }

  /** Whether a sealed value was sealed by an older key of the ring (and should be sealed again). */
  isStale(sealed: string | Uint8Array): boolean {
    return sealedKeyId(sealed) !== this.current.id;
  }

  /**
   * Seals a value again with the current key, in the same context (key rotation).
   * @throws SealError when it does not open (its key is not in the ring, or it was altered)
   */
  resealText(sealed: string, context: string): string {
    // the bytes as they were, not parsed and written again
    return `${TEXT_PREFIX}.${this.resealBytes(textBody(sealed), context).toString("base64url")}`;
  }

  /** `resealText` for what `sealBytes` sealed. @throws SealError */
  resealBytes(sealed: Uint8Array, context: string): Buffer {
    return this.sealBytes(this.openBytes(sealed, context), context);
  }
}

function textBody(sealed: string): Buffer {
  const [prefix, body, ...rest] = sealed.split(".");
  if (prefix !== TEXT_PREFIX || body === undefined || rest.length > 0)
    throw new SealError("not a sealed value");
  return Buffer.from(body, "base64url");
}

/** The id of the key a value was sealed with, as written in it (the value is not opened). */
export function sealedKeyId(sealed: string | Uint8Array): string {
  const buf =
    typeof sealed === "string" ? Buffer.from(sealed.split(".")[1] ?? "", "base64url") : Buffer.from(sealed);
  const idLength = buf[0] ?? 0;
  return buf.subarray(1, 1 + idLength).toString("ascii");
}
