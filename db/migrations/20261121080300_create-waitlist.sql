-- Wishes for an appointment when no suitable time is free. When a matching slot frees up,
-- the oldest matching wish gets it held and offered by mail; unconfirmed offers lapse and the
-- slot passes to the next wish. First come, first served; no page refreshing.
create table waitlist_wishes (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  created_at timestamptz not null default now(),
  status text not null default 'waiting'
    check (status in ('waiting', 'offered', 'booked', 'lapsed', 'withdrawn')),
  locale text not null check (locale in ('de', 'en')),
  name text not null check (length(name) between 2 and 200),
  email text not null check (length(email) <= 254),
  services jsonb not null,
  locations jsonb not null,
  windows jsonb not null,
  manage_token_hash text not null unique,
  offer_token_hash text unique,
  offer_appointment_id integer references appointments (id),
  offer_expires_at timestamptz,
  check (status <> 'offered' or offer_expires_at is not null)
);

create index waitlist_waiting on waitlist_wishes (tenant_id, created_at) where status = 'waiting';
create index waitlist_offered on waitlist_wishes (tenant_id, offer_expires_at) where status = 'offered';
