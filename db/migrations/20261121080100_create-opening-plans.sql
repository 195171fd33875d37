-- A tenant's opening plans, closures and holiday region, as one validated document.
-- Appointments do not reference plans: they keep their own times and units, so editing a
-- plan never moves or deletes a booked appointment.
create table opening_plans (
  tenant_id text primary key references tenants (id) on delete cascade,
  data jsonb not null,
  updated_at timestamptz not null default now()
);
