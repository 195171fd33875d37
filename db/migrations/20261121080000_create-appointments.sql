-- Appointments and the capacity they take.
--
-- Capacity is counted per slot unit: one row per (location, counter, unit start) with how
-- many appointments or holds occupy it. `taken <= capacity` is a CHECK constraint, so no
-- concurrency, retry or bug in the application can ever put more appointments on a unit
-- than it holds. Bookings lock their unit rows in key order (no deadlocks) before raising
-- `taken`.

create table slot_units (
  tenant_id text not null references tenants (id) on delete cascade,
  location_key text not null,
  counter_key text not null,
  starts_at timestamptz not null,
  capacity integer not null check (capacity >= 0),
  taken integer not null default 0 check (taken >= 0),
  primary key (tenant_id, location_key, counter_key, starts_at),
  constraint slot_units_within_capacity check (taken <= capacity),
  foreign key (tenant_id, location_key) references locations (tenant_id, key)
);

create table appointments (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  code text not null check (code ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  status text not null check (status in ('held', 'confirmed', 'cancelled', 'expired')),
  channel text not null check (channel in ('public', 'staff')),
  location_key text not null,
  counter_key text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  services jsonb not null,
  hold_expires_at timestamptz,
  -- personal data: only what the appointment needs; removed by the retention job
  name text check (length(name) <= 200),
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 50),
  needs jsonb,
  locale text not null default 'de' check (locale in ('de', 'en')),
  -- secrets in links are stored only as SHA-256 hashes
  hold_token_hash text unique,
  manage_token_hash text unique,
  -- the reminder carries a link of its own, so the confirmation's link stays valid too
  reminder_token_hash text unique,
  -- a keyed hash of the client's address, only for per-address limits
  client_hash text,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  -- a cancelled appointment's units return to the pool only at release_at
  release_at timestamptz,
  units_released_at timestamptz,
  reminder_due_at timestamptz,
  reminder_sent_at timestamptz,
  rescheduled_to integer references appointments (id),
  foreign key (tenant_id, location_key) references locations (tenant_id, key),
  check (status <> 'held' or hold_expires_at is not null),
  -- personal data is removed some days after the appointment (retention job)
  anonymised_at timestamptz,
  check (status <> 'confirmed' or anonymised_at is not null
    or (email is not null and name is not null and manage_token_hash is not null))
);

create table appointment_units (
  appointment_id integer not null references appointments (id) on delete cascade,
  tenant_id text not null,
  location_key text not null,
  counter_key text not null,
  starts_at timestamptz not null,
  primary key (appointment_id, starts_at),
  foreign key (tenant_id, location_key, counter_key, starts_at)
    references slot_units (tenant_id, location_key, counter_key, starts_at)
);

-- Due work: expired holds and cancellations whose release time has come.
create index appointments_pending_release on appointments (tenant_id, hold_expires_at)
  where status = 'held';
create index appointments_cancel_release on appointments (tenant_id, release_at)
  where status = 'cancelled' and units_released_at is null;
create index appointments_reminders on appointments (reminder_due_at)
  where status = 'confirmed' and reminder_sent_at is null;
create index appointments_retention on appointments (tenant_id, ends_at) where anonymised_at is null;
create index appointments_email on appointments (tenant_id, lower(email)) where status in ('held', 'confirmed');
-- A booking code names one live appointment; a rescheduled appointment keeps its code.
create unique index appointments_live_code on appointments (code) where status in ('held', 'confirmed');
create index appointment_units_slot on appointment_units (tenant_id, location_key, counter_key, starts_at);
