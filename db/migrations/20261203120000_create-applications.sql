-- Online applications: drafts, cases (Vorgänge) with their timelines, and the form versions
-- cases were filed with.
--
-- Residents' data is sealed (AES-256-GCM, key outside the database, see docs/privacy.md): the
-- columns named "sealed" hold `sb1.<base64url>` text that only the application opens. What
-- stays plain is what the back office filters and counts by: service, status, place, times,
-- who is assigned. A dump of this database alone names no applicant.

-- A form version once a case uses it: its fingerprint (SHA-256 of its canonical JSON) is fixed,
-- and the application refuses to start when the code's version differs (a frozen version was
-- changed instead of a new version added). Form versions are code, shared by every tenant.
create table form_versions (
  service_key text not null check (service_key ~ '^[a-z0-9-]+$'),
  version integer not null check (version >= 1),
  fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
  first_used_at timestamptz not null,
  primary key (service_key, version)
);

-- A form being filled in. The browser holds its secret in a cookie; the resume link mailed on
-- request holds a second secret. Both are stored only as SHA-256 hashes. Deleted when filed,
-- cancelled, or `expires_at` (last change plus DRAFT_RETENTION_DAYS) passed.
create table application_drafts (
  id uuid primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  service_key text not null,
  form_version integer not null check (form_version >= 1),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  resume_token_hash text unique check (resume_token_hash ~ '^[0-9a-f]{64}$'),
  locale text not null check (locale in ('de', 'en')),
  -- sealed: { answers, contact }
  data_sealed text not null check (data_sealed like 'sb1.%'),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  expires_at timestamptz not null check (expires_at > updated_at),
  foreign key (tenant_id, service_key) references services (tenant_id, key)
);
create index application_drafts_expiry on application_drafts (expires_at);

-- The running number of case references, per tenant and year (`2026-0000042-7`).
create table case_counters (
  tenant_id text not null references tenants (id) on delete cascade,
  year integer not null check (year between 2000 and 2999),
  last_number integer not null check (last_number between 1 and 9999999),
  primary key (tenant_id, year)
);

create table cases (
  id uuid primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  reference text not null check (reference ~ '^\d{4}-\d{7}-\d$'),
  service_key text not null,
  form_version integer not null,
  channel text not null check (channel in ('online', 'terminal', 'help-point', 'stadtbuero', 'mobile')),
  assisted_by integer references staff_accounts (id) on delete set null,
  status text not null check (
    status in ('draft', 'submitted', 'in-review', 'needs-information', 'approved', 'rejected', 'completed', 'withdrawn')
  ),
  -- the place that handles the case; null: the Stadtbüro's general inbox
  place_key text,
  assigned_to integer references staff_accounts (id) on delete set null,
  locale text not null check (locale in ('de', 'en')),
  -- the secret of the resident's tracking link, hashed
  tracking_token_hash text not null unique check (tracking_token_hash ~ '^[0-9a-f]{64}$'),
  -- sealed: the answers as filed (checked against the form version)
  answers_sealed text not null check (answers_sealed like 'sb1.%'),
  -- sealed: { email, phone }
  contact_sealed text not null check (contact_sealed like 'sb1.%'),
  opened_at timestamptz not null,
  submitted_at timestamptz,
  closed_at timestamptz,
  last_event_at timestamptz not null,
  -- the number of entries in its timeline; every change names the count it read
  revision integer not null default 1 check (revision >= 1),
  unique (tenant_id, reference),
  foreign key (tenant_id, service_key) references services (tenant_id, key),
  foreign key (service_key, form_version) references form_versions (service_key, version),
  check ((status in ('completed', 'withdrawn')) = (closed_at is not null))
);
create index cases_inbox on cases (tenant_id, status, service_key, place_key);
create index cases_closed on cases (closed_at) where closed_at is not null;

-- The timeline of a case: every event in order. Plain: what kind of event, by whom, from which
-- status to which; sealed: the whole entry (messages and notes may name people).
create table case_events (
  case_id uuid not null references cases (id) on delete cascade,
  position integer not null check (position >= 1),
  at timestamptz not null,
  type text not null,
  actor_kind text not null check (actor_kind in ('resident', 'staff', 'system')),
  staff_id integer references staff_accounts (id) on delete set null,
  from_status text,
  to_status text not null,
  entry_sealed text not null check (entry_sealed like 'sb1.%'),
  primary key (case_id, position)
);

-- An appointment booked for a case (the visit the law requires in person).
alter table appointments add column case_id uuid references cases (id) on delete set null;
create index appointments_case on appointments (case_id) where case_id is not null;
