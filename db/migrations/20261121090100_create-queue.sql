-- The waiting queue of a location's day: tickets for checked-in appointments and walk-ins,
-- called by number to a counter. Residents are never called by name.
--
-- Two clerks can never call the same ticket: "call next" locks the waiting tickets of the
-- location's day in id order and moves exactly one from waiting to called; a counter holds
-- at most one called or serving ticket (partial unique index below).

create table queue_tickets (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  location_key text not null,
  -- the civil day in the tenant's zone the ticket belongs to
  service_date date not null,
  -- shown on the display, e.g. T-017 (appointment) or W-042 (walk-in)
  number text not null check (number ~ '^[A-Z]-[0-9]{3}$'),
  kind text not null check (kind in ('appointment', 'walk-in')),
  appointment_id integer unique references appointments (id),
  services jsonb not null check (jsonb_typeof(services) = 'array'),
  -- urgent cases (e.g. a document needed for travel today) are called first
  urgent boolean not null default false,
  status text not null default 'waiting'
    check (status in ('waiting', 'called', 'serving', 'done', 'missed', 'cancelled')),
  -- for appointments: when it was booked for (the fair order calls due appointments first)
  due_at timestamptz,
  arrived_at timestamptz not null default now(),
  -- the first call (waiting time ends here); last_called_at moves with every recall
  called_at timestamptz,
  last_called_at timestamptz,
  call_count integer not null default 0,
  counter_key text,
  called_by integer references staff_accounts (id),
  started_at timestamptz,
  finished_at timestamptz,
  services_done jsonb check (services_done is null or jsonb_typeof(services_done) = 'array'),
  -- the link printed as a QR code on the ticket; stored only as a SHA-256 hash
  position_token_hash text not null unique,
  -- the walk-in form's one-time key: sending the form twice gives the same ticket, not two
  request_key text check (length(request_key) <= 64),
  unique (tenant_id, request_key),
  unique (tenant_id, location_key, service_date, number),
  foreign key (tenant_id, location_key) references locations (tenant_id, key),
  check (status in ('waiting', 'cancelled') or called_at is not null)
);

create unique index queue_one_ticket_per_counter on queue_tickets (tenant_id, location_key, service_date, counter_key)
  where status in ('called', 'serving');
create index queue_waiting on queue_tickets (tenant_id, location_key, service_date, id) where status = 'waiting';
create index queue_finished on queue_tickets (tenant_id, location_key, finished_at) where status = 'done';

-- The last number given out per location, day and series; raised atomically.
create table queue_numbers (
  tenant_id text not null references tenants (id) on delete cascade,
  location_key text not null,
  service_date date not null,
  series text not null check (series ~ '^[A-Z]$'),
  last_number integer not null check (last_number between 0 and 999),
  primary key (tenant_id, location_key, service_date, series)
);

-- Visit requests are scheduled by staff into a mobile visit or a home visit.
alter table visit_requests
  add column scheduled_kind text check (scheduled_kind in ('mobile-visit', 'home-visit')),
  add column scheduled_location text,
  add column scheduled_at timestamptz,
  add column scheduled_note text check (length(scheduled_note) <= 500),
  add column scheduled_by integer references staff_accounts (id);
alter table visit_requests
  add constraint visit_requests_scheduled check (status <> 'scheduled' or (scheduled_kind is not null and scheduled_at is not null));
