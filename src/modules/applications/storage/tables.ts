import type { ColumnType } from "kysely";
import type { Locale } from "../../../domain/locale";
import type { CaseChannel, CaseStatus } from "../domain";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** The tables of online applications as Kysely sees them (see the migration that creates the applications tables). */
export interface FormVersionsTable {
  service_key: string;
  version: number;
  fingerprint: string;
  first_used_at: Timestamp;
}

export interface ApplicationDraftsTable {
  id: string;
  tenant_id: string;
  service_key: string;
  form_version: number;
  token_hash: string;
  resume_token_hash: string | null;
  locale: Locale;
  data_sealed: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  expires_at: Timestamp;
  /** the election a Briefwahl is for; null for every other service */
  election_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CaseCountersTable {
  tenant_id: string;
  year: number;
  last_number: number;
}

export interface CasesTable {
  id: string;
  tenant_id: string;
  reference: string;
  service_key: string;
  form_version: number;
  channel: CaseChannel;
  assisted_by: number | null;
  status: CaseStatus;
  place_key: string | null;
  assigned_to: number | null;
  locale: Locale;
  tracking_token_hash: string;
  answers_sealed: string;
  contact_sealed: string;
  opened_at: Timestamp;
  submitted_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  last_event_at: Timestamp;
  revision: ColumnType<number, number | undefined, number>;
  /** the election a Briefwahl is for; null for every other service */
  election_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ElectionsTable {
  id: string;
  tenant_id: string;
  key: string;
  name_de: string;
  name_en: string;
  /** `date` columns are read as "YYYY-MM-DD" text (see the queries' casts) */
  election_day: ColumnType<string, string, string>;
  applications_from: ColumnType<string, string, string>;
  deadline: Timestamp;
  withdrawn: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseEventsTable {
  case_id: string;
  position: number;
  at: Timestamp;
  type: string;
  actor_kind: "resident" | "staff" | "system";
  staff_id: number | null;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  entry_sealed: string;
}

declare module "../../../platform/db/schema" {
  interface DB {
    form_versions: FormVersionsTable;
    application_drafts: ApplicationDraftsTable;
    case_counters: CaseCountersTable;
    cases: CasesTable;
    case_events: CaseEventsTable;
    elections: ElectionsTable;
  }
}
