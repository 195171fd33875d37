-- The waitlist must not be hoarded (issue 9).
-- 1. A wish takes effect only once its address is confirmed: new wishes start 'unconfirmed'
--    and become 'waiting' (with confirmed_at) by a POST from the link mailed to the address.
--    Wishes made before this migration had no such step; they count as confirmed when made.
-- 2. Times come from the application's clock, so created_at has no default any more.
-- 3. Every offer that ran out without a booking is remembered per address (as the SHA-256 of
--    the address in lower case, so the table holds no readable address) for a limited time;
--    an address with two such lapses gets no further offers.

alter table waitlist_wishes drop constraint waitlist_wishes_status_check;

alter table waitlist_wishes
  add column confirmed_at timestamptz,
  alter column created_at drop default,
  alter column status set default 'unconfirmed';

update waitlist_wishes set confirmed_at = created_at;

alter table waitlist_wishes
  add constraint waitlist_wishes_status_check
    check (status in ('unconfirmed', 'waiting', 'offered', 'booked', 'lapsed', 'withdrawn')),
  add constraint waitlist_wishes_confirmed_check
    check (status in ('unconfirmed', 'withdrawn') or confirmed_at is not null);

-- the active wishes of an address (the limit per address compares in lower case)
create index waitlist_active_by_email on waitlist_wishes (tenant_id, lower(email))
  where status in ('unconfirmed', 'waiting', 'offered');
-- unconfirmed wishes are deleted when their time to confirm has passed
create index waitlist_unconfirmed on waitlist_wishes (tenant_id, created_at) where status = 'unconfirmed';

create table waitlist_lapses (
  id integer generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  email_hash text not null check (email_hash ~ '^[0-9a-f]{64}$'),
  -- the wish whose offer ran out; kept when the wish itself is deleted
  wish_id integer unique references waitlist_wishes (id) on delete set null,
  lapsed_at timestamptz not null
);

create index waitlist_lapses_by_email on waitlist_lapses (tenant_id, email_hash, lapsed_at);
