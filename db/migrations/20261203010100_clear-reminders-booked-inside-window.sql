-- A reminder is for appointments booked well ahead. One booked (or moved) when its reminder
-- time had already passed got the reminder a minute after its confirmation; from now on such
-- an appointment has no reminder (`reminder_due_at` is null). The ones still waiting for
-- that needless reminder lose it here.

update appointments
set reminder_due_at = null
where status = 'confirmed'
  and reminder_sent_at is null
  and confirmed_at is not null
  and reminder_due_at <= confirmed_at;
