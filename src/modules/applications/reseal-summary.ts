import type { ResealProgress, ResealReport } from "./reseal";

/** One line of progress for the operator: counts only. */
export function describeProgress(progress: ResealProgress): string {
  const unopenable = progress.unopenable > 0 ? `, ${progress.unopenable} value(s) did not open` : "";
  return `${progress.table}: ${progress.resealedRows} row(s) re-sealed (${progress.resealedValues} value(s))${unopenable}`;
}

/**
 * The end of a run for the operator: what was re-sealed, then how many values each key seals,
 * and whether an older key of the ring is still needed. Counts only, never any content.
 * @example describeReseal(report, sealer.keyIds, false).forEach((line) => console.log(line))
 */
export function describeReseal(
  report: ResealReport,
  ringKeyIds: readonly string[],
  dryRun: boolean,
): string[] {
  const lines: string[] = [];
  if (!dryRun) {
    const rows = report.tables.reduce((n, t) => n + t.resealedRows, 0);
    const values = report.tables.reduce((n, t) => n + t.resealedValues, 0);
    lines.push(`Re-sealed with key ${report.currentKeyId}: ${rows} row(s), ${values} value(s).`);
    for (const t of report.tables) lines.push(`  ${describeProgress(t)}`);
  }
  const byKey = new Map<string, number>(ringKeyIds.map((id) => [id, 0]));
  for (const use of report.keyUse) byKey.set(use.keyId, (byKey.get(use.keyId) ?? 0) + use.count);
  lines.push("Sealed values per key:");
  for (const [keyId, count] of byKey) {
    const values = `key ${keyId}: ${count} value(s)`;
    if (keyId === report.currentKeyId) lines.push(`  ${values}; it seals new values`);
    else if (!ringKeyIds.includes(keyId))
      lines.push(`  ${values}; this key is not in DATA_KEYS, they cannot be opened`);
    else if (count === 0)
      lines.push(
        `  ${values}; no longer needed by the database: remove it from DATA_KEYS, but keep it as long as a backup that may be restored needs it`,
      );
    else lines.push(`  ${values}; still needed: run reseal-data${dryRun ? "" : " again"} before removing it`);
  }
  const unopenable = report.tables.reduce((n, t) => n + t.unopenable, 0);
  if (unopenable > 0) lines.push(`${unopenable} value(s) did not open and were left as they are.`);
  return lines;
}
