import { BlockList, isIP } from "node:net";

/** The default of `METRICS_ALLOW`: this machine only. */
export const LOOPBACK_ONLY: readonly string[] = ["127.0.0.1", "::1"];

/** One address (`10.0.0.5`, `::1`) or network (`10.0.0.0/8`, `fd00::/8`); no zone ids. */
function isAddressOrNetwork(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0 || address.includes("%")) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Parses a list of addresses and networks separated by commas (`127.0.0.1,::1,10.0.0.0/8`).
 * An empty value or `none` is the empty list.
 * @returns the entries, or a message naming the first invalid one
 */
export function parseAddressList(value: string): string[] | string {
  const v = value.trim();
  if (v === "" || v.toLowerCase() === "none") return [];
  const entries = v.split(",").map((e) => e.trim());
  const invalid = entries.find((e) => !isAddressOrNetwork(e));
  if (invalid !== undefined) {
    return `not an IP address or network: "${invalid}"; give addresses and networks separated by commas (127.0.0.1,::1,10.0.0.0/8), or none`;
  }
  return entries;
}

/** `::ffff:10.0.0.5` (an IPv4 peer on a dual-stack socket) as `10.0.0.5`. */
function unmapped(address: string): string {
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address;
}

/**
 * A test for addresses against a list from `parseAddressList`. IPv4 peers on a dual-stack
 * socket (`::ffff:127.0.0.1`) match their IPv4 entries.
 * @example addressMatcher(["10.0.0.0/8", "::1"])("10.1.2.3") // true
 */
export function addressMatcher(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    if (!address) return false;
    const a = unmapped(address);
    const family = isIP(a);
    if (family === 0) return false;
    return list.check(a, family === 4 ? "ipv4" : "ipv6");
  };
}
