-- Visit requests: the end of a scheduled visit's time window, and why a request went back
-- from scheduled to new.
--
-- scheduled_until: for a home visit the end of the window in which the team arrives (its
-- start is scheduled_at); for a mobile visit the end of the stop's session. Older rows have
-- none and show their start only.
--
-- reopened_*: a request scheduled into a visit of the mobile Stadtbüro goes back to new when
-- that visit is cancelled. The stop, the cancelled visit's start and the reason given (in
-- both languages, as the cancellation gave it) stay as a note for the staff who schedule it
-- again; the resident was written to, when they gave an e-mail address.
alter table visit_requests
  add column scheduled_until timestamptz,
  add column reopened_at timestamptz,
  add column reopened_stop text,
  add column reopened_visit_at timestamptz,
  add column reopened_reason_de text check (length(reopened_reason_de) between 1 and 500),
  add column reopened_reason_en text check (length(reopened_reason_en) between 1 and 500);

alter table visit_requests
  add constraint visit_requests_window check (scheduled_until is null or scheduled_until > scheduled_at),
  add constraint visit_requests_reopened check (
    (reopened_at is null and reopened_stop is null and reopened_visit_at is null
      and reopened_reason_de is null and reopened_reason_en is null)
    or (reopened_at is not null and reopened_stop is not null and reopened_visit_at is not null
      and reopened_reason_de is not null and reopened_reason_en is not null)
  );
