import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config";
import { addressMatcher, parseAddressList } from "./allow-list";

describe("METRICS_ALLOW", () => {
  it("allows loopback only by default", () => {
    expect(loadConfig({}).metricsAllow).toEqual(["127.0.0.1", "::1"]);
  });

  it("reads addresses and networks of both families, spaces around commas allowed", () => {
    expect(loadConfig({ METRICS_ALLOW: "10.0.0.0/8, 192.0.2.7 ,fd00::/8,::1" }).metricsAllow).toEqual([
      "10.0.0.0/8",
      "192.0.2.7",
      "fd00::/8",
      "::1",
    ]);
  });

  it("turns the endpoint off when empty or none", () => {
    expect(loadConfig({ METRICS_ALLOW: "" }).metricsAllow).toEqual([]);
    expect(loadConfig({ METRICS_ALLOW: "none" }).metricsAllow).toEqual([]);
    expect(loadConfig({ METRICS_ALLOW: " NONE " }).metricsAllow).toEqual([]);
  });

  it("names the variable and the bad entry", () => {
    for (const bad of [
      "localhost",
      "10.0.0.300",
      "10.0.0.0/33",
      "fd00::/129",
      "10.0.0.0/8/1",
      "10.0.0.0/",
      "127.0.0.1,,::1",
      "fe80::1%eth0",
      "*",
    ]) {
      expect(() => loadConfig({ METRICS_ALLOW: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ METRICS_ALLOW: bad }), bad).toThrow(
        /METRICS_ALLOW: not an IP address or network/,
      );
    }
    expect(() => loadConfig({ METRICS_ALLOW: "127.0.0.1,10.0.0.0/40" })).toThrow(/"10\.0\.0\.0\/40"/);
  });
});

describe("addressMatcher", () => {
  const list = (value: string) => {
    const entries = parseAddressList(value);
    if (typeof entries === "string") throw new Error(entries);
    return addressMatcher(entries);
  };

  it("matches single addresses exactly", () => {
    const allowed = list("127.0.0.1,::1");
    expect(allowed("127.0.0.1")).toBe(true);
    expect(allowed("::1")).toBe(true);
    expect(allowed("127.0.0.2")).toBe(false);
    expect(allowed("::2")).toBe(false);
  });

  it("matches IPv4 networks at their bounds", () => {
    const allowed = list("10.20.0.0/16,192.0.2.128/25");
    expect(allowed("10.20.0.0")).toBe(true);
    expect(allowed("10.20.255.255")).toBe(true);
    expect(allowed("10.21.0.0")).toBe(false);
    expect(allowed("10.19.255.255")).toBe(false);
    expect(allowed("192.0.2.128")).toBe(true);
    expect(allowed("192.0.2.127")).toBe(false);
  });

  it("matches IPv6 networks", () => {
    const allowed = list("2001:db8:1::/48");
    expect(allowed("2001:db8:1::5")).toBe(true);
    expect(allowed("2001:db8:1:ffff:ffff:ffff:ffff:ffff")).toBe(true);
    expect(allowed("2001:db8:2::5")).toBe(false);
  });

  it("matches an IPv4 peer on a dual-stack socket against its IPv4 entry", () => {
    const allowed = list("127.0.0.1,10.0.0.0/8");
    expect(allowed("::ffff:127.0.0.1")).toBe(true);
    expect(allowed("::ffff:10.9.8.7")).toBe(true);
    expect(allowed("::ffff:11.0.0.1")).toBe(false);
  });

  it("allows nothing that is not an address, and nothing with an empty list", () => {
    expect(list("0.0.0.0/0,::/0")("not-an-address")).toBe(false);
    expect(list("0.0.0.0/0")(undefined)).toBe(false);
    expect(list("none")("127.0.0.1")).toBe(false);
  });
});
