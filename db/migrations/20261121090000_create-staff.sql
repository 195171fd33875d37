-- Staff accounts, their sessions and the audit log of personal-data access.
--
-- Passwords are stored only as argon2id hashes; TOTP secrets are needed in clear to check
-- codes, so the table is readable only by the application. Session ids reach the browser
-- in a cookie and are stored only as SHA-256 hashes.

create table staff_accounts (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  display_name text not null check (length(display_name) between 1 and 100),
  -- administrator, clerk, mobile-team, help-point, management
  roles jsonb not null check (jsonb_typeof(roles) = 'array' and jsonb_array_length(roles) >= 1),
  password_hash text not null,
  -- set by an administrator's reset: the next sign-in must choose a new password
  password_must_change boolean not null default true,
  totp_secret text,
  totp_required boolean not null default true,
  -- the last accepted TOTP time step; a code is never accepted twice
  totp_last_step bigint,
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  locked_until timestamptz,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  unique (tenant_id, username)
);

create table staff_sessions (
  id_hash text primary key,
  staff_id integer not null references staff_accounts (id) on delete cascade,
  -- password-change and totp: signed in with the password, a step still missing
  stage text not null check (stage in ('password-change', 'totp-enrol', 'totp', 'active')),
  -- the counter a clerk works at (Schalter or the mobile office's desk), chosen after sign-in
  location_key text,
  counter_key text,
  -- a TOTP secret being enrolled, until its first code is confirmed
  pending_totp_secret text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index staff_sessions_by_staff on staff_sessions (staff_id);
create index staff_sessions_expiry on staff_sessions (expires_at);

-- Who read or changed what, when and from where. Rows are never updated; they carry no
-- personal data of residents (only ids and codes), so they can outlive the records.
create table audit_log (
  id bigint generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  at timestamptz not null default now(),
  staff_id integer references staff_accounts (id),
  -- kept as written at the time, so the log stays readable when an account is renamed
  staff_username text,
  action text not null check (action ~ '^[a-z-]+\.[a-z-]+$'),
  subject text check (length(subject) <= 200),
  detail jsonb,
  ip text check (length(ip) <= 64)
);

create index audit_log_by_time on audit_log (tenant_id, at desc);
