-- Staff book appointments for callers and for people at the desk.
--
-- The channel records how an appointment came: 'public' (online), 'phone' (a caller),
-- 'counter' (a person at the desk), or 'staff' (booked by staff before the channel was
-- told: a hold in progress, and appointments made before this migration).
--
-- A confirmed appointment booked by staff needs a name; an e-mail address (and with it the
-- manage link) only when the person gave one. Online bookings still need both.

alter table appointments drop constraint appointments_channel_check;
alter table appointments add constraint appointments_channel_check
  check (channel in ('public', 'staff', 'phone', 'counter'));

alter table appointments drop constraint appointments_check2;
alter table appointments add constraint appointments_confirmed_contact_check
  check (status <> 'confirmed' or anonymised_at is not null
    or (name is not null and channel in ('phone', 'counter'))
    or (email is not null and name is not null and manage_token_hash is not null));
