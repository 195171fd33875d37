import type { ColumnType, Generated } from "kysely";

/**
 * The database as Kysely sees it. Only `queries.ts` files use these row types; they parse
 * rows into domain types before anything leaves storage.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** a timestamp the database fills in when none is given (`default now()`) */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface TenantsTable {
  id: string;
  name: string;
  regional_key: string | null;
  time_zone: string;
  profile: Json;
  catalog_revision: Generated<number>;
  updated_at: DefaultTimestamp;
}

export interface DistrictsTable {
  tenant_id: string;
  key: string;
  name: string;
  kind: "outer" | "core";
  population: number | null;
  /** ISO date string (the driver is told not to turn dates into Date objects) */
  population_as_of: string | null;
  position: number;
}

export interface ServiceGroupsTable {
  tenant_id: string;
  key: string;
  position: number;
  data: Json;
  withdrawn_at: Timestamp | null;
}

export interface ServicesTable {
  tenant_id: string;
  key: string;
  group_key: string;
  leika_key: string | null;
  position: number;
  data: Json;
  withdrawn_at: Timestamp | null;
}

export interface LocationsTable {
  tenant_id: string;
  key: string;
  kind: "stadtbuero" | "office" | "help-point" | "mobile-stop";
  district_key: string | null;
  position: number;
  data: Json;
  withdrawn_at: Timestamp | null;
}

export interface AccessibilityFeedbackTable {
  id: Generated<number>;
  tenant_id: string;
  received_at: DefaultTimestamp;
  locale: "de" | "en";
  message: string;
  email: string | null;
  page_url: string | null;
  status: Generated<"new" | "in-progress" | "answered" | "closed">;
}

export interface OpeningPlansTable {
  tenant_id: string;
  data: Json;
  updated_at: DefaultTimestamp;
}

export interface DB {
  waitlist_wishes: WaitlistWishesTable;
  waitlist_lapses: WaitlistLapsesTable;
  opening_plans: OpeningPlansTable;
  slot_units: SlotUnitsTable;
  appointments: AppointmentsTable;
  appointment_units: AppointmentUnitsTable;
  tenants: TenantsTable;
  districts: DistrictsTable;
  service_groups: ServiceGroupsTable;
  services: ServicesTable;
  locations: LocationsTable;
  accessibility_feedback: AccessibilityFeedbackTable;
}

export interface SlotUnitsTable {
  tenant_id: string;
  location_key: string;
  counter_key: string;
  starts_at: Timestamp;
  capacity: number;
  taken: Generated<number>;
}

export type AppointmentStatus = "held" | "confirmed" | "cancelled" | "expired";

/**
 * How an appointment came: online ("public"), a caller ("phone"), a person at the desk
 * ("counter"), or booked by staff before the channel was told ("staff").
 */
export type AppointmentChannel = "public" | "staff" | "phone" | "counter";

export interface AppointmentsTable {
  id: Generated<number>;
  tenant_id: string;
  code: string;
  status: AppointmentStatus;
  channel: AppointmentChannel;
  location_key: string;
  counter_key: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  services: Json;
  hold_expires_at: Timestamp | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  needs: Json | null;
  locale: Generated<"de" | "en">;
  hold_token_hash: string | null;
  manage_token_hash: string | null;
  reminder_token_hash: string | null;
  client_hash: string | null;
  created_at: DefaultTimestamp;
  confirmed_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  release_at: Timestamp | null;
  units_released_at: Timestamp | null;
  reminder_due_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  rescheduled_to: number | null;
  anonymised_at: Timestamp | null;
  /** SEQUENCE of the calendar entry: rises with every change mailed to the resident */
  calendar_sequence: Generated<number>;
  /** the online application (case) this visit finishes, when booked from the case's page */
  case_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AppointmentUnitsTable {
  appointment_id: number;
  tenant_id: string;
  location_key: string;
  counter_key: string;
  starts_at: Timestamp;
}

export interface WaitlistWishesTable {
  id: Generated<number>;
  tenant_id: string;
  /** from the application's clock: the column has no default */
  created_at: Timestamp;
  status: Generated<"unconfirmed" | "waiting" | "offered" | "booked" | "lapsed" | "withdrawn">;
  confirmed_at: Timestamp | null;
  locale: "de" | "en";
  name: string;
  email: string;
  services: Json;
  locations: Json;
  windows: Json;
  manage_token_hash: string;
  offer_token_hash: string | null;
  offer_appointment_id: number | null;
  offer_expires_at: Timestamp | null;
}

/** An offer that ran out without a booking, remembered per address (SHA-256 of it in lower case). */
export interface WaitlistLapsesTable {
  id: Generated<number>;
  tenant_id: string;
  email_hash: string;
  wish_id: number | null;
  lapsed_at: Timestamp;
}
