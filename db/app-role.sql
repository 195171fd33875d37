-- The application's database role: it reads and writes rows, and may change no schema.
--
-- Run once, connected as the role that owns the schema (the one `npm run migrate` runs as),
-- with the new role's name and password as psql variables:
--
--   psql "postgres://stadtbuero_owner@db.example/stadtbuero" -v ON_ERROR_STOP=1 \
--     -v app_role=stadtbuero_app -v app_password="$APP_PASSWORD" -f db/app-role.sql
--
-- It may run before or after the first migration: the default privileges below cover every
-- table and sequence the owner creates later, so later migrations need no new grants as long
-- as they run as that same owner. See db/README.md.

create role :"app_role" login password :'app_password'
  nosuperuser nocreatedb nocreaterole noreplication nobypassrls;

-- the schema: look up its objects, create none (PUBLIC may not create in it since PostgreSQL 15)
grant usage on schema public to :"app_role";

-- what exists now
grant select, insert, update, delete on all tables in schema public to :"app_role";
grant usage, select on all sequences in schema public to :"app_role";

-- what the owner creates later (migrations)
alter default privileges in schema public
  grant select, insert, update, delete on tables to :"app_role";
alter default privileges in schema public
  grant usage, select on sequences to :"app_role";
