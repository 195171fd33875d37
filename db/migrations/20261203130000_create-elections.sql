-- Elections the administration configures, for which residents apply online for a Wahlschein
-- (Briefwahl). The form is offered while an election is open: from `applications_from` (a civil
-- day in the tenant's zone) until `deadline` (an instant; by law the Friday before election day,
-- 18:00, § 27 Abs. 4 BWO). An election is never deleted while cases name it: it is withdrawn.
create table elections (
  id uuid primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(key) <= 80),
  name_de text not null check (length(name_de) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 200),
  election_day date not null,
  applications_from date not null check (applications_from < election_day),
  deadline timestamptz not null,
  withdrawn boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (tenant_id, key),
  unique (tenant_id, id)
);

-- The election a draft and a case are for (the Briefwahl's context, not one of its answers:
-- the form version stays the same for every election). Null for every other service.
alter table application_drafts add column election_id uuid;
alter table application_drafts
  add foreign key (tenant_id, election_id) references elections (tenant_id, id);
alter table cases add column election_id uuid;
alter table cases add foreign key (tenant_id, election_id) references elections (tenant_id, id);
create index cases_election on cases (election_id) where election_id is not null;
