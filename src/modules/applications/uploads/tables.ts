import type { ColumnType } from "kysely";
import type { FileKind } from "../domain";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** The uploaded files of drafts and cases as Kysely sees them (the migration `…_create-case-files`). */
export interface CaseFilesTable {
  id: string;
  tenant_id: string;
  draft_id: string | null;
  case_id: string | null;
  question_id: string;
  kind: FileKind;
  size: number;
  name_sealed: string;
  /** node-postgres reads bytea as a Buffer, PGlite as a Uint8Array */
  content_sealed: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
  created_at: Timestamp;
}

declare module "../../../platform/db/schema" {
  interface DB {
    case_files: CaseFilesTable;
  }
}
