import {
  type AppointmentStatus,
  durationsInMinutes,
  isCancellation,
  isNoShow,
  mean,
  median,
  percentile,
  type TicketStatus,
} from "./figures";

/** Appointments of one day and place that share channel, status and ticket outcome, counted. */
export interface AppointmentGroup {
  /** civil date of the appointment's start in the tenant's zone, YYYY-MM-DD */
  date: string;
  location: string;
  channel: "public" | "staff";
  status: AppointmentStatus;
  /** confirmed at some time (a cancelled hold never was) */
  wasConfirmed: boolean;
  /** cancelled because it was moved to another time */
  rescheduled: boolean;
  /** the status of its queue ticket; null when nobody checked in for it */
  ticketStatus: TicketStatus | null;
  /** at a stop of the mobile Stadtbüro */
  mobile: boolean;
  count: number;
}

/** Tickets of one day and place of one kind and status, counted. */
export interface TicketGroup {
  /** the ticket's service day */
  date: string;
  location: string;
  kind: "appointment" | "walk-in";
  status: TicketStatus;
  /** at a stop of the mobile Stadtbüro */
  mobile: boolean;
  count: number;
}

/** The measured durations of one day and place's tickets, in seconds. */
export interface DurationSample {
  date: string;
  location: string;
  /** arrival to call, of every ticket that was called */
  waitSeconds: number[];
  /** start to finish, of every ticket that was served */
  serviceSeconds: number[];
}

/** How often a service was done. */
export interface ServiceCount {
  service: string;
  count: number;
}

/** The figures of one day and place, or of the whole range. Minutes are null without any measurement. */
export interface Figures {
  /** confirmed appointments booked online */
  bookedOnline: number;
  /** confirmed appointments booked by staff (phone, counter) */
  bookedStaff: number;
  cancelled: number;
  walkIns: number;
  noShows: number;
  /** tickets (appointments and walk-ins) that ended `done` */
  served: number;
  waitMedian: number | null;
  waitP90: number | null;
  serviceMedian: number | null;
  serviceMean: number | null;
}

export interface DayLocationFigures extends Figures {
  date: string;
  location: string;
}

/** The contacts of the range by the way people came; each contact counts in exactly one. */
export interface ChannelSplit {
  /** confirmed appointments booked online, except at mobile stops */
  online: number;
  /** confirmed appointments booked by staff, except at mobile stops */
  staff: number;
  /** walk-in tickets, except at mobile stops */
  walkIn: number;
  /** confirmed appointments and walk-in tickets at mobile stops */
  mobile: number;
}

export interface Report {
  /** by day, then by the places' order; only days and places with anything to count */
  rows: DayLocationFigures[];
  /** the whole range: counts summed, minutes computed from all measurements (not from the rows' figures) */
  totals: Figures;
  channels: ChannelSplit;
  /** most done first, then by key */
  servicesDone: ServiceCount[];
}

export interface ReportInput {
  appointments: readonly AppointmentGroup[];
  tickets: readonly TicketGroup[];
  durations: readonly DurationSample[];
  servicesDone: readonly ServiceCount[];
  /** the civil date today in the tenant's zone: days before it are over */
  today: string;
  /** the places' keys in display order; others follow by key */
  locationOrder: readonly string[];
}

interface Tally {
  bookedOnline: number;
  bookedStaff: number;
  cancelled: number;
  walkIns: number;
  noShows: number;
  served: number;
  wait: number[];
  service: number[];
}

function emptyTally(): Tally {
  return {
    bookedOnline: 0,
    bookedStaff: 0,
    cancelled: 0,
    walkIns: 0,
    noShows: 0,
    served: 0,
    wait: [],
    service: [],
  };
}

function figuresOf(t: Tally): Figures {
  return {
    bookedOnline: t.bookedOnline,
    bookedStaff: t.bookedStaff,
    cancelled: t.cancelled,
    walkIns: t.walkIns,
    noShows: t.noShows,
    served: t.served,
    waitMedian: median(t.wait),
    waitP90: percentile(t.wait, 90),
    serviceMedian: median(t.service),
    serviceMean: mean(t.service),
  };
}

/** True when a tally holds anything to show (a cancelled hold alone does not). */
function counts(t: Tally): boolean {
  return (
    t.bookedOnline + t.bookedStaff + t.cancelled + t.walkIns + t.noShows + t.served > 0 ||
    t.wait.length + t.service.length > 0
  );
}

/** Total of booked appointments (both channels). */
export function booked(f: Figures): number {
  return f.bookedOnline + f.bookedStaff;
}

/**
 * Turns grouped counts and durations into the report: the figures per day and place, their
 * totals, the split by channel and the services done.
 */
export function buildReport(input: ReportInput): Report {
  const tallies = new Map<string, { date: string; location: string; tally: Tally }>();
  const tallyOf = (date: string, location: string): Tally => {
    const key = `${date}|${location}`;
    let entry = tallies.get(key);
    if (!entry) {
      entry = { date, location, tally: emptyTally() };
      tallies.set(key, entry);
    }
    return entry.tally;
  };
  const total = emptyTally();
  const channels: ChannelSplit = { online: 0, staff: 0, walkIn: 0, mobile: 0 };

  for (const a of input.appointments) {
    const t = tallyOf(a.date, a.location);
    if (a.status === "confirmed") {
      if (a.channel === "public") t.bookedOnline += a.count;
      else t.bookedStaff += a.count;
      if (a.mobile) channels.mobile += a.count;
      else if (a.channel === "public") channels.online += a.count;
      else channels.staff += a.count;
    }
    if (isCancellation(a)) t.cancelled += a.count;
    if (isNoShow(a, input.today)) t.noShows += a.count;
  }
  for (const k of input.tickets) {
    const t = tallyOf(k.date, k.location);
    if (k.kind === "walk-in") {
      t.walkIns += k.count;
      if (k.mobile) channels.mobile += k.count;
      else channels.walkIn += k.count;
    }
    if (k.status === "done") t.served += k.count;
  }
  for (const d of input.durations) {
    const t = tallyOf(d.date, d.location);
    t.wait.push(...durationsInMinutes(d.waitSeconds));
    t.service.push(...durationsInMinutes(d.serviceSeconds));
  }

  const rank = new Map(input.locationOrder.map((key, i) => [key, i]));
  const entries = [...tallies.values()]
    .filter(({ tally }) => counts(tally))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (rank.get(a.location) ?? Number.MAX_SAFE_INTEGER) -
          (rank.get(b.location) ?? Number.MAX_SAFE_INTEGER) ||
        a.location.localeCompare(b.location),
    );
  for (const { tally } of entries) {
    total.bookedOnline += tally.bookedOnline;
    total.bookedStaff += tally.bookedStaff;
    total.cancelled += tally.cancelled;
    total.walkIns += tally.walkIns;
    total.noShows += tally.noShows;
    total.served += tally.served;
    total.wait.push(...tally.wait);
    total.service.push(...tally.service);
  }
  const servicesDone = input.servicesDone
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.service.localeCompare(b.service));
  return {
    rows: entries.map(({ date, location, tally }) => ({ date, location, ...figuresOf(tally) })),
    totals: figuresOf(total),
    channels,
    servicesDone,
  };
}
