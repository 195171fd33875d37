-- Documents issued for a case (Meldebescheinigung, Gebührenbescheid) as PDF files.
--
-- Each document carries a verification code printed on it; anyone holding the paper can check
-- it on the public page `/pruefen`. The code itself is not stored: only the SHA-256 of its
-- normalised form (13 capitals and digits, no separators), so a dump of this table does not let
-- anyone verify documents they have never seen. The page tells only whether the document is
-- genuine, its kind and its day of issue, never its content.
--
-- The PDF names the resident, so it is sealed (AES-256-GCM, key outside the database, see
-- docs/privacy.md) with the document's id in its context: a sealed file copied to another row
-- does not open there.
create table case_documents (
  id uuid primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  case_id uuid not null references cases (id) on delete cascade,
  kind text not null check (kind in ('meldebescheinigung', 'fee-notice')),
  verification_code_hash text not null unique check (verification_code_hash ~ '^[0-9a-f]{64}$'),
  issued_at timestamptz not null,
  -- null: issued by the system, or the account was deleted since
  issued_by integer references staff_accounts (id) on delete set null,
  -- A revoked document stays on record (the verification page says it was revoked). Time and
  -- reason belong together; who revoked it may be lost when the account is deleted.
  revoked_at timestamptz,
  revoked_by integer references staff_accounts (id) on delete set null,
  revocation_reason text check (revocation_reason is null or length(revocation_reason) between 1 and 500),
  -- the issued PDF, sealed: key id, IV, tag and cipher text
  pdf_sealed bytea not null,
  check ((revoked_at is null) = (revocation_reason is null)),
  check (revoked_at is not null or revoked_by is null),
  check (revoked_at is null or revoked_at >= issued_at)
);
create index case_documents_case on case_documents (case_id, issued_at);
