import type { ColumnType } from "kysely";
import type { DocumentKind } from "../domain";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** The documents issued for cases as Kysely sees them (migration `…_create-case-documents`). */
export interface CaseDocumentsTable {
  id: string;
  tenant_id: string;
  case_id: string;
  kind: DocumentKind;
  verification_code_hash: string;
  issued_at: Timestamp;
  issued_by: number | null;
  revoked_at: NullableTimestamp;
  revoked_by: ColumnType<number | null, number | null | undefined, number | null>;
  revocation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** PGlite reads bytea as Uint8Array, node-postgres as Buffer (a Uint8Array too) */
  pdf_sealed: ColumnType<Uint8Array, Uint8Array, never>;
}

declare module "../../../platform/db/schema" {
  interface DB {
    case_documents: CaseDocumentsTable;
  }
}
