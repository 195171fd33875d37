import { createHash, createHmac } from "node:crypto";

/**
 * The keys of the sign-in throttles. The name typed is hashed (the box sometimes holds a
 * password typed in the wrong place), the address with a secret key (addresses are personal
 * data and IPv4 is small enough to reverse a plain hash).
 */
export class SignInKeys {
  constructor(
    private readonly tenantId: string,
    private readonly secret: string,
  ) {}

  /** The name as typed, in the form every account name has (trimmed, lower case). */
  account(username: string): string {
    const name = username.trim().toLowerCase().slice(0, 300);
    return `account:${createHash("sha256").update(`${this.tenantId}\n${name}`).digest("hex")}`;
  }

  address(ip: string): string {
    return `address:${createHmac("sha256", this.secret).update(ip).digest("hex")}`;
  }

  pair(accountKey: string, addressKey: string): string {
    return `pair:${createHash("sha256").update(`${accountKey}\n${addressKey}`).digest("hex")}`;
  }
}
