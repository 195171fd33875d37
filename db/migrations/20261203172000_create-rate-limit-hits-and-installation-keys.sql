-- Shared state of several instances behind a load balancer (docs/security.md, "Limits").
--
-- Requests counted per key (a keyed hash of the client address and the limit's scope, never
-- the address itself) and fixed time window, so that every instance counts against the same
-- limit. Unlogged: the counts are worth nothing after a crash (the server empties the table
-- then) and writing them to the WAL would only add to the cost of every request; replicas
-- do not see them, which they do not need. Windows that ended are deleted by a job.
create unlogged table rate_limit_hits (
  key text not null check (length(key) between 1 and 200),
  window_ends_at timestamptz not null,
  hits integer not null check (hits > 0),
  primary key (key, window_ends_at)
);
create index rate_limit_hits_window_ends_at on rate_limit_hits (window_ends_at);

-- Keys the installation makes for itself once, so that every instance on this database and
-- every restart use the same one. Only `cookie-secret`, and only outside production, where
-- COOKIE_SECRET may be unset; in production the key comes from the environment. Never the
-- keys of encryption at rest: those stay outside the database (DATA_KEYS).
create table installation_keys (
  name text primary key check (name ~ '^[a-z]+(-[a-z]+)*$'),
  value text not null check (length(value) >= 32),
  created_at timestamptz not null default now()
);
