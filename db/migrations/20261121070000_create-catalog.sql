-- The tenant (municipality) and its service catalogue, locations and districts.
-- Catalogue rows are never deleted by an import: a service or location missing from a
-- newer import is marked withdrawn, so later records that point at it stay valid.

create table tenants (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name text not null,
  regional_key text,
  time_zone text not null,
  profile jsonb not null,
  catalog_revision integer not null default 1,
  updated_at timestamptz not null default now()
);

create table districts (
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9-]+$'),
  name text not null,
  kind text not null check (kind in ('outer', 'core')),
  population integer check (population >= 0),
  population_as_of date,
  position integer not null,
  primary key (tenant_id, key)
);

create table service_groups (
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9-]+$'),
  position integer not null,
  data jsonb not null,
  withdrawn_at timestamptz,
  primary key (tenant_id, key)
);

create table services (
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9-]+$'),
  group_key text not null,
  leika_key text check (leika_key ~ '^[0-9]{14}$'),
  position integer not null,
  data jsonb not null,
  withdrawn_at timestamptz,
  primary key (tenant_id, key),
  foreign key (tenant_id, group_key) references service_groups (tenant_id, key)
);

create table locations (
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9-]+$'),
  kind text not null check (kind in ('stadtbuero', 'office', 'help-point', 'mobile-stop')),
  district_key text,
  position integer not null,
  data jsonb not null,
  withdrawn_at timestamptz,
  primary key (tenant_id, key),
  foreign key (tenant_id, district_key) references districts (tenant_id, key)
);

-- Messages from the feedback form of the accessibility statement (HessBGG §14).
create table accessibility_feedback (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  received_at timestamptz not null default now(),
  locale text not null check (locale in ('de', 'en')),
  message text not null check (length(message) between 1 and 5000),
  email text check (length(email) <= 254),
  page_url text check (length(page_url) <= 500),
  status text not null default 'new' check (status in ('new', 'in-progress', 'answered', 'closed'))
);

create index accessibility_feedback_received on accessibility_feedback (tenant_id, received_at desc);
