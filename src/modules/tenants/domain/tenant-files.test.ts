import { describe, expect, it } from "vitest";
import { formatIssue, type TenantFileIssue, validateTenantFiles } from "./tenant-files";

const t = (de: string, en: string) => ({ de, en });

function service(key: string, group: string, popularity: number | null = null) {
  return {
    key,
    leikaKey: null,
    group,
    name: t(`Leistung ${key}`, `Service ${key}`),
    summary: t("Kurz erklärt.", "Briefly explained."),
    keywords: { de: ["Stichwort"], en: ["keyword"] },
    legalBasis: [],
    requiredDocuments: [],
    fee: { kind: "unknown" },
    personalAppearance: { required: true, reason: t("Fingerabdrücke.", "Fingerprints.") } as Record<
      string,
      unknown
    >,
    counterMinutes: null,
    channels: {
      online: { kind: "not-possible" } as Record<string, unknown>,
      stadtbuero: true,
      mobile: false,
      helpPoint: false,
    },
    responsibleLocation: null as string | null,
    status: "offered",
    popularity,
    notes: [],
    nextSteps: [t("Sie erhalten den Bescheid per Post.", "You receive the decision by post.")],
  };
}

function location(key: string, services: "all" | string[] = "all") {
  return {
    key,
    kind: "office",
    name: t("Amt", "Office"),
    description: t("Ein Amt.", "An office."),
    address: { street: "Marktplatz 1", postalCode: "12345", city: "Musterstadt" } as Record<
      string,
      unknown
    > | null,
    district: null as string | null,
    openingHours: [] as unknown[],
    contact: {},
    accessibility: { stepFree: null, accessibleToilet: null, parking: null },
    payment: { card: null, cash: null },
    services,
  };
}

const address = { name: "Musterstadt", street: null, postalCode: null, city: "Musterstadt" };

/** A small valid tenant; every call returns fresh objects that a test may change. */
function validTenant() {
  return {
    "tenant.json": {
      id: "musterstadt",
      name: "Musterstadt",
      regionalKey: null as string | null,
      timeZone: "Europe/Berlin",
      authority: {
        ...address,
        representedBy: null,
        phone: null,
        email: null,
        web: null,
        supervisoryAuthority: null,
      },
      dataProtectionOfficer: { ...address, email: null, phone: null },
      dataProtectionSupervisor: { ...address, web: null },
      accessibility: { reviewedOn: "2026-01-01", enforcementBody: { ...address, web: null, email: null } },
      contactPhone: { number: "012345 6789", demo: true } as { number: string; demo?: boolean },
      demo: true,
    },
    "services.json": {
      groups: [{ key: "ausweise", name: t("Ausweise", "ID documents"), description: t("Ausweise.", "IDs.") }],
      services: [service("reisepass", "ausweise", 1), service("personalausweis", "ausweise", 2)],
    },
    "locations.json": { locations: [location("stadtbuero"), location("help", ["reisepass"] as string[])] },
    "districts.json": {
      districts: [{ key: "nord", name: "Nord", kind: "outer", population: null, populationAsOf: null }],
    },
    "opening-plans.json": {
      timeZone: "Europe/Berlin",
      holidayRegion: { country: "DE", state: "HE" },
      plans: [
        {
          key: "stadtbuero",
          location: "stadtbuero",
          validFrom: "2026-01-01",
          validTo: null,
          recurrence: { kind: "weekly", everyWeeks: 1 },
          windows: [{ weekdays: ["mo"], start: "08:00", end: "12:00" }],
          slotMinutes: 15,
          counters: [{ key: "a", publicCapacity: 1, staffCapacity: 0 }],
          bookingWindow: { minDaysAhead: 1, maxDaysAhead: 30 },
          services: "all",
        },
      ],
      closures: [] as { location: string; from: string; to: string; reason: { de: string; en: string } }[],
    },
  };
}

/** The element at `index`; throws instead of returning undefined so fixtures stay honest. */
function at<T>(list: T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`fixture has no element ${index}`);
  return value;
}

function issuesOf(files: Record<string, unknown>): TenantFileIssue[] {
  const result = validateTenantFiles(files);
  return result.ok ? [] : result.issues;
}

describe("validateTenantFiles", () => {
  it("accepts a valid tenant and returns its data", () => {
    const result = validateTenantFiles(validTenant());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.profile.id).toBe("musterstadt");
      expect(result.data.services.map((s) => s.key)).toEqual(["reisepass", "personalausweis"]);
      expect(result.data.locations).toHaveLength(2);
      expect(result.data.districts).toHaveLength(1);
      expect(result.data.openingPlans.plans).toHaveLength(1);
    }
  });

  it("reports a plan or closure at an unknown location", () => {
    const files = validTenant();
    at(files["opening-plans.json"].plans, 0).location = "nirgendwo";
    files["opening-plans.json"].closures.push({
      location: "atlantis",
      from: "2026-12-24",
      to: "2026-12-24",
      reason: t("zu", "closed"),
    });
    expect(issuesOf(files).map((i) => [i.file, i.entry, i.field])).toEqual([
      ["opening-plans.json", 'plans[0] "stadtbuero"', "location"],
      ["opening-plans.json", "closures[0]", "location"],
    ]);
  });

  it("names a missing file", () => {
    const files: Record<string, unknown> = validTenant();
    delete files["districts.json"];
    expect(issuesOf(files)).toEqual([{ file: "districts.json", message: "file is missing" }]);
  });

  it("names file, entry with index and key, and field path of a wrong field", () => {
    const files = validTenant();
    at(files["services.json"].services, 0).fee = { kind: "amounts", items: [{ amountCents: -5 }] } as never;
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: "services.json",
      entry: 'services[0] "reisepass"',
      field: "fee.items.0.amountCents",
    });
    expect(formatIssue(issues[0] as TenantFileIssue)).toMatch(
      /^services\.json › services\[0\] "reisepass" › fee\.items\.0\.amountCents: /,
    );
  });

  it("names the field of a wrong top-level value", () => {
    const files = validTenant();
    files["tenant.json"].regionalKey = "123";
    expect(issuesOf(files)).toEqual([{ file: "tenant.json", field: "regionalKey", message: "12 digits" }]);
  });

  it("reports an unknown group", () => {
    const files = validTenant();
    at(files["services.json"].services, 1).group = "paesse";
    expect(issuesOf(files)).toEqual([
      {
        file: "services.json",
        entry: 'services[1] "personalausweis"',
        field: "group",
        message: 'unknown group "paesse"',
      },
    ]);
  });

  it("reports an unknown responsible location", () => {
    const files = validTenant();
    at(files["services.json"].services, 0).responsibleLocation = "rathaus";
    expect(issuesOf(files)).toEqual([
      {
        file: "services.json",
        entry: 'services[0] "reisepass"',
        field: "responsibleLocation",
        message: 'unknown location "rathaus"',
      },
    ]);
  });

  it("reports an unknown district of a location", () => {
    const files = validTenant();
    at(files["locations.json"].locations, 0).district = "sued";
    expect(issuesOf(files)).toEqual([
      {
        file: "locations.json",
        entry: 'locations[0] "stadtbuero"',
        field: "district",
        message: 'unknown district "sued"',
      },
    ]);
  });

  it("reports an unknown service that a location lists", () => {
    const files = validTenant();
    at(files["locations.json"].locations, 1).services = ["reisepass", "visum"];
    expect(issuesOf(files)).toEqual([
      {
        file: "locations.json",
        entry: 'locations[1] "help"',
        field: "services.1",
        message: 'unknown service "visum"',
      },
    ]);
  });

  it("reports duplicate keys in every collection", () => {
    const files = validTenant();
    files["services.json"].services.push(service("reisepass", "ausweise"));
    files["services.json"].groups.push({ ...at(files["services.json"].groups, 0) });
    files["locations.json"].locations.push(location("help"));
    files["districts.json"].districts.push({ ...at(files["districts.json"].districts, 0) });
    const duplicates = issuesOf(files).map((i) => [i.file, i.entry, i.field, i.message]);
    expect(duplicates).toEqual([
      ["services.json", 'groups[1] "ausweise"', "key", "duplicate key"],
      ["services.json", 'services[2] "reisepass"', "key", "duplicate key"],
      ["locations.json", 'locations[2] "help"', "key", "duplicate key"],
      ["districts.json", 'districts[1] "nord"', "key", "duplicate key"],
    ]);
  });

  it("reports a popularity rank used twice", () => {
    const files = validTenant();
    at(files["services.json"].services, 1).popularity = 1;
    expect(issuesOf(files)).toEqual([
      {
        file: "services.json",
        entry: 'services[1] "personalausweis"',
        field: "popularity",
        message: 'rank 1 already used by "reisepass"',
      },
    ]);
  });

  it("reports a file that could not be read or parsed with its message", () => {
    const files: Record<string, unknown> = validTenant();
    files["services.json"] = new SyntaxError("Unexpected token } in JSON at position 12");
    expect(issuesOf(files)).toEqual([
      { file: "services.json", message: "Unexpected token } in JSON at position 12" },
    ]);
  });

  it("refuses a place without an address, or with an incomplete one", () => {
    const files = validTenant();
    at(files["locations.json"].locations, 0).address = null;
    at(files["locations.json"].locations, 1).address = {
      street: "Marktplatz 1",
      postalCode: null,
      city: "Musterstadt",
    };
    expect(issuesOf(files).map((i) => [i.file, i.entry, i.field])).toEqual([
      ["locations.json", 'locations[0] "stadtbuero"', "address"],
      ["locations.json", 'locations[1] "help"', "address.postalCode"],
    ]);
  });

  it("allows made-up addresses and phone numbers only in a demo tenant, marked as such", () => {
    const demo = validTenant();
    const stadtbuero = at(demo["locations.json"].locations, 0);
    stadtbuero.address = { ...stadtbuero.address, demo: true };
    expect(issuesOf(demo)).toEqual([]);
    const real = validTenant();
    real["tenant.json"].demo = false;
    const place = at(real["locations.json"].locations, 0);
    place.address = { ...place.address, demo: true };
    expect(issuesOf(real).map((i) => [i.file, i.entry, i.field])).toEqual([
      ["tenant.json", undefined, "contactPhone.demo"],
      ["locations.json", 'locations[0] "stadtbuero"', "address.demo"],
    ]);
    real["tenant.json"].contactPhone = { number: "012345 6789" };
    place.address = { street: "Marktplatz 1", postalCode: "12345", city: "Musterstadt" };
    expect(issuesOf(real)).toEqual([]);
  });

  it("takes a fee account, whose example account only a demo tenant may have", () => {
    const demo = validTenant();
    const account = { name: "Stadtkasse Musterstadt", iban: "DE02120300000000202051", demo: true };
    Object.assign(demo["tenant.json"], { feeAccount: account });
    expect(issuesOf(demo)).toEqual([]);
    const real = validTenant();
    real["tenant.json"].demo = false;
    real["tenant.json"].contactPhone = { number: "012345 6789" };
    Object.assign(real["tenant.json"], { feeAccount: account });
    expect(issuesOf(real).map((i) => [i.file, i.field])).toEqual([["tenant.json", "feeAccount.demo"]]);
    Object.assign(real["tenant.json"], { feeAccount: { ...account, demo: false, bic: "BYLADEM1001" } });
    expect(issuesOf(real)).toEqual([]);
    // the shape of an IBAN and a BIC; the check digits are the documents' to check
    Object.assign(real["tenant.json"], {
      feeAccount: { ...account, demo: false, iban: "DE02 1203 0000", bic: "BYLA" },
    });
    expect(issuesOf(real).map((i) => i.field)).toEqual(["feeAccount.iban", "feeAccount.bic"]);
  });

  it("refuses published opening hours for a place whose opening plan gives them", () => {
    const files = validTenant();
    at(files["locations.json"].locations, 0).openingHours = [
      { days: ["mo"], opens: "08:00", closes: "12:00" },
    ];
    expect(issuesOf(files).map((i) => [i.entry, i.field])).toEqual([
      ['locations[0] "stadtbuero"', "openingHours"],
    ]);
    // a help point without a plan may publish its hours
    at(files["locations.json"].locations, 0).openingHours = [];
    at(files["locations.json"].locations, 1).openingHours = [
      { days: ["tu"], opens: "09:00", closes: "12:00" },
    ];
    expect(issuesOf(files)).toEqual([]);
  });

  it("checks references only when every file is valid", () => {
    const tenant = validTenant();
    at(tenant["services.json"].services, 0).group = "unknown-group";
    const files: Record<string, unknown> = tenant;
    delete files["tenant.json"];
    expect(issuesOf(files)).toEqual([{ file: "tenant.json", message: "file is missing" }]);
  });

  describe("refuses a service whose ways contradict each other or lack their texts", () => {
    /** the issues of a tenant whose first service ("reisepass") was changed */
    const issuesWith = (change: (s: ReturnType<typeof service>) => void) => {
      const files = validTenant();
      change(at(files["services.json"].services, 0));
      return issuesOf(files).map((i) => [i.entry, i.field, i.message]);
    };
    const entry = 'services[0] "reisepass"';

    it("accepts the fixture's facts", () => {
      expect(issuesWith(() => {})).toEqual([]);
    });

    it("not possible online without a reason, when presence is not required either", () => {
      const issues = issuesWith((s) => {
        s.personalAppearance = { required: false, proxy: true, inWriting: false };
      });
      expect(issues).toEqual([[entry, "channels.online.reason", expect.stringMatching(/say why/)]]);
    });

    it("help points that would help with an online application that cannot exist", () => {
      const issues = issuesWith((s) => {
        s.channels.helpPoint = true;
      });
      expect(issues).toEqual([[entry, "channels.helpPoint", expect.stringMatching(/cannot be done online/)]]);
    });

    it("presence required without saying why", () => {
      expect(
        issuesWith((s) => {
          s.personalAppearance = { required: true };
        }).map(([e, field]) => [e, field]),
      ).toEqual([[entry, "personalAppearance.reason"]]);
    });

    it("presence required, yet a representative or a letter would do", () => {
      const issues = issuesWith((s) => {
        s.personalAppearance = { required: true, reason: t("Fingerabdrücke.", "Fingerprints."), proxy: true };
      });
      expect(issues).toEqual([[entry, "personalAppearance", expect.stringMatching(/proxy/)]]);
    });

    it("a terminal flag or an online form of this platform, which do not exist", () => {
      expect(
        issuesWith((s) => {
          (s.channels as Record<string, unknown>).terminal = true;
        }),
      ).toEqual([[entry, "channels", expect.stringMatching(/terminal/)]]);
      expect(
        issuesWith((s) => {
          s.channels.online = { kind: "own", path: "/antrag/reisepass" };
        }).map(([e, field]) => [e, field]),
      ).toEqual([[entry, "channels.online.kind"]]);
    });

    it("a free-text note on personal appearance, which could say the opposite of the facts", () => {
      const issues = issuesWith((s) => {
        s.personalAppearance = {
          required: false,
          proxy: false,
          inWriting: false,
          note: t("Auch online möglich.", "Also possible online."),
        };
        s.channels.online = { kind: "not-yet" };
      });
      expect(issues).toEqual([[entry, "personalAppearance", expect.stringMatching(/note/)]]);
    });

    it("a discontinued service that could still be booked or applied for online", () => {
      const issues = issuesWith((s) => {
        s.status = "discontinued";
        s.channels.online = {
          kind: "external",
          url: "https://example.org/antrag",
          provider: t("Beispielamt", "Example office"),
        };
      });
      expect(issues.map(([e, field]) => [e, field])).toEqual([
        [entry, "channels.stadtbuero"],
        [entry, "channels.online"],
      ]);
    });

    it("no next steps, or next steps in one language only", () => {
      expect(
        issuesWith((s) => {
          s.nextSteps = [];
        }),
      ).toEqual([[entry, "nextSteps", "say what happens next"]]);
      expect(
        issuesWith((s) => {
          s.nextSteps = [{ de: "Sie erhalten den Pass per Post." } as never];
        }).map(([e, field]) => [e, field]),
      ).toEqual([[entry, "nextSteps.0.en"]]);
    });
  });
});
