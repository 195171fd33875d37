import type { Database } from "../../platform/db/database";
import type { LocationService } from "../locations";
import { buildReport, type Report } from "./domain/report";
import {
  civilToday,
  type RawReportQuery,
  type ReportQuery,
  type ReportQueryResult,
  rangeInstants,
  readReportQuery,
} from "./domain/report-query";
import { appointmentGroups, durationSamples, type ReportFilter, servicesDone, ticketGroups } from "./queries";

export interface ReportServiceDeps {
  database: Database;
  tenantId: string;
  /** the tenant's time zone, in which days begin and end */
  timeZone: () => Promise<string>;
  locations: Pick<LocationService, "directory">;
}

/** Use cases of the statistics: read a query, compute its report. Read-only. */
export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  /** Checks a query from the form against today and the tenant's places (see `readReportQuery`). */
  async readQuery(raw: RawReportQuery, now: Date): Promise<ReportQueryResult> {
    const [timeZone, directory] = await Promise.all([this.deps.timeZone(), this.deps.locations.directory()]);
    return readReportQuery(raw, {
      today: civilToday(now, timeZone),
      locations: new Set(directory.locations.map((l) => l.key)),
    });
  }

  /** The figures of the query's days and places; `now` decides which days are over (no-shows). */
  async report(query: ReportQuery, now: Date): Promise<Report> {
    const [timeZone, directory] = await Promise.all([this.deps.timeZone(), this.deps.locations.directory()]);
    const filter: ReportFilter = {
      tenantId: this.deps.tenantId,
      from: query.from,
      to: query.to,
      ...rangeInstants(query, timeZone),
      timeZone,
      location: query.location,
    };
    const db = this.deps.database.db;
    const [appointments, tickets, durations, services] = await Promise.all([
      appointmentGroups(db, filter),
      ticketGroups(db, filter),
      durationSamples(db, filter),
      servicesDone(db, filter),
    ]);
    return buildReport({
      appointments,
      tickets,
      durations,
      servicesDone: services,
      today: civilToday(now, timeZone),
      locationOrder: directory.locations.map((l) => l.key),
    });
  }
}
