-- The SEQUENCE of an appointment's calendar entry (RFC 5545): a calendar app replaces an
-- entry by one with the same UID only when its SEQUENCE is higher. It rises with every change
-- sent to the resident: a move (the new row continues the old one's count) and a cancellation.
--
-- Until now the confirmation's SEQUENCE was the number of seconds from 2026-01-01 to its
-- sending (the confirmation instant). Appointments already confirmed keep that number, so
-- the first change sent after this migration still replaces the entry in their calendars.

alter table appointments
  add column calendar_sequence integer not null default 0 check (calendar_sequence >= 0);

update appointments
set calendar_sequence = greatest(
  0,
  floor(extract(epoch from (confirmed_at - timestamptz '2026-01-01 00:00:00+00')))
)::integer
where confirmed_at is not null;
