-- Files residents upload: to a draft (the answer to a form's file question) or to a case (sent
-- with an answer to a clerk's question for information). Filing moves a draft's files to its
-- case; deleting the draft or the case deletes its files.
--
-- The content is kept in the database, not on a disk beside one instance: every instance of
-- the application behind a load balancer reads the same files, a backup of the database holds
-- them together with the answers that refer to them, and the retention job that deletes a
-- case deletes its files in the same transaction. Files are small (a few megabytes at most,
-- each form question says how large) and few per case.
--
-- Both the content and the name the device gave the file (often a person's name) are sealed
-- (AES-256-GCM, key outside the database, bound to the file's id: `src/platform/crypto/
-- sealer.ts`). Only what the application needs to count and check stays plain: kind, size,
-- question, times.
create table case_files (
  id uuid primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  draft_id uuid references application_drafts (id) on delete cascade,
  case_id uuid references cases (id) on delete cascade,
  -- the form question the file answers, or 'information' for a file sent to the office with
  -- an answer to its question (only a case has those)
  question_id text not null check (question_id ~ '^[a-z][a-zA-Z0-9]{0,49}$'),
  -- told by the content, never by the name: what the upload check found and kept
  kind text not null check (kind in ('pdf', 'jpeg', 'png')),
  -- bytes of the content as stored (images re-encoded without their metadata)
  size integer not null check (size >= 1),
  -- sealed: the file name, as text `sb1.<base64url>`
  name_sealed text not null check (name_sealed like 'sb1.%'),
  -- sealed: the checked content (key id, IV, tag, cipher text)
  content_sealed bytea not null,
  created_at timestamptz not null,
  -- a file belongs to exactly one draft or one case
  check ((draft_id is null) <> (case_id is null)),
  check (draft_id is null or question_id <> 'information')
);
create index case_files_draft on case_files (draft_id) where draft_id is not null;
create index case_files_case on case_files (case_id) where case_id is not null;
