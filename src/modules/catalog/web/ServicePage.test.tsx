import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { viewContext } from "../../../../test/helpers/page-context";
import { allFactCombinations } from "../../../../test/helpers/service-facts";
import { servicePageClaims } from "../../../../test/helpers/service-page-claims";
import type { Locale } from "../../../domain/locale";
import type { Location } from "../../locations";
import { Service } from "../domain/service";
import { type CityWays, serviceWays } from "../domain/service-ways";
import { ServicePage } from "./ServicePage";

const context = (locale: Locale) => viewContext(locale, "/leistungen/leistung");

const place = (key: string, name: string) => ({ key, name: { de: name, en: name } }) as Location;

function render(service: Service, city: CityWays, locale: Locale): string {
  const where = service.responsibleLocation
    ? place(service.responsibleLocation, "Ordnungsamt")
    : place("stadtbuero", "Stadtbüro");
  const view = { service, group: undefined, place: where, ways: serviceWays(service, city) };
  return renderToString(<ServicePage ctx={context(locale)} view={view} />);
}

const valid = allFactCombinations().flatMap((c) => {
  const parsed = Service.safeParse(c.candidate);
  return parsed.success ? [{ ...c, service: parsed.data }] : [];
});

describe("service page statements about ways", () => {
  it.each(["de", "en"] as const)(
    "never contradict themselves, for every combination of facts (%s)",
    (locale) => {
      expect(valid.length).toBeGreaterThan(400);
      const found = valid.flatMap((c) => {
        const { problems } = servicePageClaims(
          render(c.service, c.city, locale),
          locale,
          c.service.status === "offered",
        );
        return problems.map((p) => `${c.label}: ${p}`);
      });
      expect(found).toEqual([]);
    },
  );

  it.each(["de", "en"] as const)("say plainly what is not available yet (%s)", (locale) => {
    const meldebescheinigung = valid.find(
      (c) =>
        c.service.status === "offered" &&
        c.service.channels.online.kind === "not-yet" &&
        c.service.channels.helpPoint &&
        !c.service.personalAppearance.required &&
        !c.city.selfServiceTerminals,
    );
    if (!meldebescheinigung) throw new Error("no such combination");
    const { ways } = servicePageClaims(
      render(meldebescheinigung.service, meldebescheinigung.city, locale),
      locale,
      true,
    );
    const notYet = locale === "de" ? /^Noch nicht möglich\./ : /^Not possible yet\./;
    expect(ways.online).toMatch(notYet);
    expect(ways["help-point"]).toMatch(notYet);
    expect(ways.terminal).toMatch(notYet);
    expect(ways.terminal).toContain("Marburg");
  });

  it("are caught by the check when a free text contradicts the facts", () => {
    const c = valid.find(
      (v) => v.service.status === "offered" && v.service.channels.online.kind === "not-yet",
    );
    if (!c) throw new Error("no such combination");
    const note = { de: "Auch online möglich.", en: "Also possible online." };
    const service = { ...c.service, notes: [note] };
    for (const locale of ["de", "en"] as const)
      expect(servicePageClaims(render(service, c.city, locale), locale, true).problems).toEqual([
        "says both that it can and that it cannot be done online",
      ]);
    const terminal = {
      ...c.service,
      notes: [{ de: "Auch am Terminal im Foyer.", en: "Also at the terminal." }],
    };
    expect(servicePageClaims(render(terminal, c.city, "de"), "de", true).problems).toEqual([
      'mentions a terminal outside its line: "Terminal"',
    ]);
  });
});
