-- The places a staff account works at. Staff see the day, the queue and the residents'
-- names of their own places only; administrators see all places and have no rows here.
create table staff_places (
  staff_id integer not null references staff_accounts (id) on delete cascade,
  tenant_id text not null,
  location_key text not null,
  primary key (staff_id, location_key),
  foreign key (tenant_id, location_key) references locations (tenant_id, key)
);

-- Accounts made before places were assigned keep what their roles were for: clerks the
-- Stadtbüro and the offices, the mobile team the mobile stops, help points their help points.
insert into staff_places (staff_id, tenant_id, location_key)
select a.id, a.tenant_id, l.key
from staff_accounts a
join locations l on l.tenant_id = a.tenant_id and l.withdrawn_at is null
where (a.roles ? 'clerk' and l.kind in ('stadtbuero', 'office'))
   or (a.roles ? 'mobile-team' and l.kind = 'mobile-stop')
   or (a.roles ? 'help-point' and l.kind = 'help-point')
on conflict do nothing;
