import { describe, expect, it } from "vitest";
import { allFactCombinations } from "../../../../test/helpers/service-facts";
import { Service } from "./service";
import { serviceWays } from "./service-ways";

const combinations = allFactCombinations();

/** The rules restated from the issue, independently of `contradictionsOf`. */
function contradicts(c: Record<string, unknown>): boolean {
  const channels = c.channels as { online: { kind: string; reason?: unknown }; [k: string]: unknown };
  const presence = c.personalAppearance as { required: boolean };
  const { online } = channels;
  const offeredSomewhere =
    channels.stadtbuero || channels.mobile || channels.helpPoint || online.kind === "external";
  return (
    (online.kind === "not-possible" && !online.reason && !presence.required) ||
    (channels.helpPoint === true && online.kind === "not-possible") ||
    (c.status === "discontinued" && Boolean(offeredSomewhere))
  );
}

describe("serviceWays", () => {
  it("covers every combination of the facts", () => {
    expect(combinations).toHaveLength(1280);
  });

  it("is given only facts that agree: the schema refuses exactly the contradicting ones", () => {
    const wrong = combinations.filter(
      (c) => Service.safeParse(c.candidate).success === contradicts(c.candidate),
    );
    expect(wrong.map((c) => c.label)).toEqual([]);
  });

  it("gives each way exactly one status, following its one fact", () => {
    let checked = 0;
    for (const c of combinations) {
      const parsed = Service.safeParse(c.candidate);
      if (!parsed.success) continue;
      const s = parsed.data;
      const ways = serviceWays(s, c.city);
      checked++;
      if (s.status === "discontinued") {
        expect(ways, c.label).toEqual({ discontinued: true, after: s.nextSteps });
        continue;
      }
      if (ways.discontinued) throw new Error(c.label);
      const online = s.channels.online.kind;
      expect(ways.online.status, c.label).toBe(
        { external: "available", "not-yet": "not-yet", "not-possible": "not-possible" }[online],
      );
      if (ways.online.status === "not-possible")
        expect(ways.online.reason.de.length, c.label).toBeGreaterThan(0);
      // help points help with online applications: never available without one
      expect(ways.helpPoint.status, c.label).toBe(
        !s.channels.helpPoint ? "not-offered" : online === "external" ? "available" : "not-yet",
      );
      // the terminal is never claimed; a city without one says so
      expect(ways.terminal.status, c.label).toBe(
        online === "not-possible" ? "not-possible" : c.city.selfServiceTerminals ? "not-yet" : "none-in-city",
      );
      expect(ways.office.status, c.label).toBe(
        s.channels.stadtbuero ? "appointment" : s.responsibleLocation ? "contact-office" : "not-offered",
      );
      expect(ways.mobile.status, c.label).toBe(s.channels.mobile ? "appointment" : "not-offered");
      // presence required leaves no room for a representative or a letter
      expect(ways.presence.required, c.label).toBe(s.personalAppearance.required);
      if (ways.presence.required) {
        expect(ways.presence, c.label).not.toHaveProperty("proxy");
        expect(
          ways.start.some((step) => step.kind === "in-writing"),
          c.label,
        ).toBe(false);
      }
      expect(ways.presence.onlineInstead !== null, c.label).toBe(online === "external");
      // "So geht es weiter" is never empty, and starts with what really exists
      expect(ways.start.length, c.label).toBeGreaterThan(0);
      expect(ways.after.length, c.label).toBeGreaterThan(0);
      const kinds = ways.start.map((step) => step.kind);
      expect(kinds.includes("apply-online"), c.label).toBe(online === "external");
      expect(kinds.includes("book"), c.label).toBe(s.channels.stadtbuero || s.channels.mobile);
      expect(kinds.includes("ask-stadtbuero"), c.label).toBe(
        kinds.length === 1 && kinds[0] === "ask-stadtbuero",
      );
      expect(new Set(kinds).size, c.label).toBe(kinds.length);
    }
    expect(checked).toBeGreaterThan(400);
  });
});
