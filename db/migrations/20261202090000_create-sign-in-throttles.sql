-- Sign-in attempts are slowed down instead of locking accounts: anyone could otherwise lock
-- any staff account by trying wrong passwords, and a lock decided after the password check
-- was beaten by parallel attempts. Each attempt first claims a row per throttle (the name
-- typed, the client address, and the pair of both) under a row lock; a claim is refused
-- while a row's next_attempt_at lies ahead. Keys are hashes: a name field sometimes holds a
-- password typed in the wrong box, and addresses are personal data.
create table sign_in_throttles (
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^(account|address|pair):[0-9a-f]{64}$'),
  -- the account throttle a pair row belongs to (and an account row's own key), so that an
  -- administrator can lift every delay of one account
  account_key text check (account_key ~ '^account:[0-9a-f]{64}$'),
  failures integer not null check (failures >= 0),
  next_attempt_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant_id, key)
);

create index sign_in_throttles_age on sign_in_throttles (updated_at);
create index sign_in_throttles_account on sign_in_throttles (tenant_id, account_key);

alter table staff_accounts drop column failed_attempts;
alter table staff_accounts drop column locked_until;
