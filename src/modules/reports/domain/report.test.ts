import { describe, expect, it } from "vitest";
import { type AppointmentGroup, booked, buildReport, type ReportInput, type TicketGroup } from "./report";

const D1 = "2026-11-18";
const D2 = "2026-11-19";
const today = "2026-11-19";

function appointment(overrides: Partial<AppointmentGroup>): AppointmentGroup {
  return {
    date: D1,
    location: "stadtbuero",
    channel: "public",
    status: "confirmed",
    wasConfirmed: true,
    rescheduled: false,
    ticketStatus: "done",
    mobile: false,
    count: 1,
    ...overrides,
  };
}

function ticket(overrides: Partial<TicketGroup>): TicketGroup {
  return {
    date: D1,
    location: "stadtbuero",
    kind: "walk-in",
    status: "done",
    mobile: false,
    count: 1,
    ...overrides,
  };
}

const input: ReportInput = {
  today,
  locationOrder: ["stadtbuero", "mobil-cappel"],
  appointments: [
    appointment({ count: 2 }),
    appointment({ ticketStatus: null }), // no-show
    appointment({ channel: "staff", ticketStatus: "missed" }), // no-show
    appointment({ date: D2, ticketStatus: null }), // today: not yet a no-show
    appointment({ status: "cancelled", ticketStatus: null, count: 3 }),
    appointment({ status: "cancelled", rescheduled: true, ticketStatus: null }),
    appointment({ status: "cancelled", wasConfirmed: false, ticketStatus: null, location: "ordnungsamt" }),
    appointment({ location: "mobil-cappel", mobile: true, channel: "staff" }),
  ],
  tickets: [
    ticket({ kind: "appointment", count: 2 }),
    ticket({ count: 4 }),
    ticket({ status: "cancelled" }),
    ticket({ kind: "appointment", status: "missed" }),
    ticket({ location: "mobil-cappel", mobile: true, count: 2 }),
    ticket({ location: "mobil-cappel", mobile: true, kind: "appointment" }),
  ],
  durations: [
    {
      date: D1,
      location: "stadtbuero",
      waitSeconds: [600, 1200, 1800, 2400],
      serviceSeconds: [600, 1200, 2700],
    },
    { date: D1, location: "mobil-cappel", waitSeconds: [600, 900, -30], serviceSeconds: [] },
  ],
  servicesDone: [
    { service: "reisepass", count: 2 },
    { service: "anmeldung", count: 2 },
    { service: "personalausweis", count: 5 },
    { service: "fuehrungszeugnis", count: 0 },
  ],
};

describe("buildReport", () => {
  const report = buildReport(input);

  it("gives one row per day and place with anything to count, by day and the places' order", () => {
    expect(report.rows.map((r) => `${r.date} ${r.location}`)).toEqual([
      `${D1} stadtbuero`,
      `${D1} mobil-cappel`,
      `${D2} stadtbuero`,
    ]); // the abandoned hold at the Ordnungsamt makes no row
  });

  it("counts bookings, cancellations, walk-ins, no-shows and served tickets", () => {
    const [sb, mobile, sbToday] = report.rows;
    expect(sb).toMatchObject({
      bookedOnline: 3,
      bookedStaff: 1,
      cancelled: 3,
      walkIns: 5,
      noShows: 2,
      served: 6,
    });
    expect(sb && booked(sb)).toBe(4);
    expect(mobile).toMatchObject({
      bookedOnline: 0,
      bookedStaff: 1,
      cancelled: 0,
      walkIns: 2,
      noShows: 0,
      served: 3,
    });
    expect(sbToday).toMatchObject({ bookedOnline: 1, noShows: 0, served: 0 });
  });

  it("computes minutes per row and, for the totals, from every measurement", () => {
    const [sb, mobile, sbToday] = report.rows;
    expect(sb).toMatchObject({ waitMedian: 25, serviceMedian: 20, serviceMean: 25 });
    expect(sb?.waitP90).toBeCloseTo(37, 10);
    expect(mobile).toMatchObject({ waitMedian: 12.5, serviceMedian: null, serviceMean: null });
    expect(mobile?.waitP90).toBeCloseTo(14.5, 10);
    expect(sbToday).toMatchObject({ waitMedian: null, waitP90: null });
    // all waits: 10, 20, 30, 40, 10, 15 minutes
    expect(report.totals.waitMedian).toBe(17.5);
    expect(report.totals.waitP90).toBeCloseTo(35, 10);
    expect(report.totals).toMatchObject({
      bookedOnline: 4,
      bookedStaff: 2,
      cancelled: 3,
      walkIns: 7,
      noShows: 2,
    });
  });

  it("splits contacts by channel, everything at mobile stops as mobile", () => {
    expect(report.channels).toEqual({ online: 4, staff: 1, walkIn: 5, mobile: 3 });
  });

  it("lists the services done, most first, without zero counts", () => {
    expect(report.servicesDone).toEqual([
      { service: "personalausweis", count: 5 },
      { service: "anmeldung", count: 2 },
      { service: "reisepass", count: 2 },
    ]);
  });

  it("is empty without data", () => {
    const empty = buildReport({ ...input, appointments: [], tickets: [], durations: [], servicesDone: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toMatchObject({ bookedOnline: 0, waitMedian: null, serviceMean: null });
    expect(empty.channels).toEqual({ online: 0, staff: 0, walkIn: 0, mobile: 0 });
  });
});
