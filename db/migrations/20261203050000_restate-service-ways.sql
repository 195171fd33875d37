-- Services state how they can be done as one fact per way (issue 9), so no page can
-- contradict itself. This restates services stored in the earlier shape:
-- - online: no more "own" forms (none exist yet) and no null: anything not at an external
--   portal becomes "not-yet"; a discontinued service has no way at all;
-- - the per-service terminal flag goes: the terminal follows from online and the city;
-- - personal appearance: a required one keeps its note as the reason (or a plain general
--   one); without the duty, representatives and letters are not stated (false) and the
--   old note is kept among the notes;
-- - "what happens next" gets a plain general text.
-- Re-import the tenant's files afterwards for the precise texts.

update services s
set data = (s.data - 'personalAppearance' - 'channels' - 'notes')
  || jsonb_build_object(
    'personalAppearance',
    case
      when coalesce((s.data #>> '{personalAppearance,required}')::boolean, false) then jsonb_build_object(
        'required', true,
        'reason', coalesce(
          s.data #> '{personalAppearance,note}',
          '{"de": "Das verlangt die zuständige Stelle.", "en": "The responsible office requires it."}'::jsonb
        )
      )
      else '{"required": false, "proxy": false, "inWriting": false}'::jsonb
    end,
    'channels', jsonb_build_object(
      'online',
      case
        when s.data ->> 'status' = 'offered' and s.data #>> '{channels,online,kind}' = 'external'
          then s.data #> '{channels,online}'
        else '{"kind": "not-yet"}'::jsonb
      end,
      'stadtbuero', s.data ->> 'status' = 'offered' and coalesce((s.data #>> '{channels,stadtbuero}')::boolean, false),
      'mobile', s.data ->> 'status' = 'offered' and coalesce((s.data #>> '{channels,mobile}')::boolean, false),
      'helpPoint', s.data ->> 'status' = 'offered' and coalesce((s.data #>> '{channels,helpPoint}')::boolean, false)
    ),
    'notes',
    case
      when not coalesce((s.data #>> '{personalAppearance,required}')::boolean, false)
        and jsonb_typeof(s.data #> '{personalAppearance,note}') = 'object'
        then coalesce(s.data -> 'notes', '[]'::jsonb) || jsonb_build_array(s.data #> '{personalAppearance,note}')
      else coalesce(s.data -> 'notes', '[]'::jsonb)
    end,
    'nextSteps', '[{"de": "Wie es danach weitergeht, erfahren Sie bei der zuständigen Stelle.", "en": "The responsible office tells you what happens next."}]'::jsonb
  )
where not (s.data ? 'nextSteps');
