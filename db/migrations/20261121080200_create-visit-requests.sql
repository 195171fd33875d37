-- Requests for a home visit by the mobile Stadtbüro (care homes, people with limited
-- mobility). Residents send them from the public form; staff call back and schedule the
-- visit from the back office.
--
-- Personal data: only what arranging the visit needs. The fields of the place that was not
-- chosen are never stored (a care home needs its name, a private home its address). The
-- retention job removes the personal data once the visit is done or the request is closed.

create table visit_requests (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  -- the reference the resident quotes on the phone, e.g. HB-7K3Q (no 0/O, 1/I/L)
  code text not null check (code ~ '^HB-[A-HJKMNP-Z2-9]{4}$'),
  status text not null default 'new' check (status in ('new', 'scheduled', 'done', 'cancelled')),
  locale text not null check (locale in ('de', 'en')),
  reason text not null check (reason in ('care-home', 'limited-mobility', 'illness', 'other')),
  reason_note text check (length(reason_note) between 1 and 1000),
  place_kind text not null check (place_kind in ('care-home', 'private')),
  care_home_name text check (length(care_home_name) between 1 and 200),
  street text check (length(street) between 1 and 200),
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  district_key text,
  -- service keys of the catalogue, 1 to 5
  services jsonb not null
    check (jsonb_typeof(services) = 'array' and jsonb_array_length(services) between 1 and 5),
  -- 'weekday-mornings', 'weekday-afternoons'; empty: no preference
  preferred_periods jsonb not null default '[]'
    check (jsonb_typeof(preferred_periods) = 'array' and jsonb_array_length(preferred_periods) <= 2),
  period_note text check (length(period_note) between 1 and 300),
  -- the person to be visited, and optionally a relative or carer to call instead
  visitee_name text not null check (length(visitee_name) between 1 and 200),
  contact_name text check (length(contact_name) between 1 and 200),
  phone text not null check (length(phone) between 1 and 30),
  email text check (length(email) <= 254),
  consent_at timestamptz not null,
  created_at timestamptz not null default now(),
  unique (tenant_id, code),
  foreign key (tenant_id, district_key) references districts (tenant_id, key),
  check (place_kind <> 'care-home' or care_home_name is not null),
  check (place_kind <> 'private' or (street is not null and postal_code is not null and care_home_name is null))
);

-- the back office lists open requests, oldest first
create index visit_requests_by_status on visit_requests (tenant_id, status, created_at);
