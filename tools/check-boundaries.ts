import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * The module boundaries of `docs/architecture.md`, checked on the source instead of
 * described in prose. `npm test` runs it (test/boundaries.test.ts); run it alone with
 * `npm run check:boundaries`.
 *
 * 1. Pure code (`src/domain/**`, `src/modules/<m>/domain/**`) imports only pure code: its
 *    own module's domain, `src/domain`, another module's `domain/index.ts`, and the
 *    packages in `PURE_PACKAGES`.
 * 2. Another module is entered only through its `index.ts`, or its `domain/index.ts`.
 * 3. No import cycle between modules.
 * 4. SQL (Kysely builders, `sql` templates, scripts) only in a module's queries files
 *    (`queries.ts`, `*-queries.ts`).
 * 5. Every module has a plugin that declares its name and its dependencies
 *    (`fp(…, { name: "<module>", dependencies: [...] })`).
 * 6. Business code reads the time from the injected clock: `new Date()` without an
 *    argument and `Date.now()` appear only in `platform/clock.ts` and the browser
 *    client (`src/client`), which runs on the resident's device.
 */

export const PURE_PACKAGES = ["zod", "temporal-polyfill", "date-holidays"];

export type Rule =
  | "pure-import"
  | "module-entry"
  | "module-cycle"
  | "sql-outside-queries"
  | "plugin-declaration"
  | "wall-clock";

export interface Violation {
  rule: Rule;
  /** the file, relative to the checked root's parent */
  file: string;
  detail: string;
}

const SOURCE = /\.tsx?$/;
const TEST = /\.test\.tsx?$/;
const QUERIES = /(^|\/)([a-z-]+-)?queries\.ts$/;
const WALL_CLOCK = /\bnew Date\(\s*\)|\bDate\.now\(\s*\)|\bTemporal\.Now\b/g;
const CLOCK_EXEMPT = /^(platform\/clock\.ts|client\/)/;
const SQL =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)\(|\bsql(<[^>]*>)?`|\.execScript\(/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !TEST.test(name)) out.push(path);
  }
  return out;
}

/** Resolves a relative import to a file (`x.ts`, `x.tsx`, `x/index.ts`), or undefined. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Checks the tree below `src` (a directory with `domain/` and `modules/<name>/`).
 * @returns every violation, in file order
 */
export function checkBoundaries(src: string): Violation[] {
  const root = resolve(src);
  const shown = (path: string) => relative(dirname(root), path).split(sep).join("/");
  const inside = (path: string) => relative(root, path).split(sep);
  const moduleOf = (path: string) => {
    const parts = inside(path);
    return parts[0] === "modules" ? parts[1] : undefined;
  };
  const isPure = (path: string) => {
    const parts = inside(path);
    return parts[0] === "domain" || (parts[0] === "modules" && parts[2] === "domain");
  };
  const violations: Violation[] = [];
  const graph = new Map<string, Set<string>>();
  const files = sourceFiles(root);

  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const from = moduleOf(file);
    const pure = isPure(file);
    const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    for (const specifier of imports) {
      if (!specifier.startsWith(".")) {
        if (
          pure &&
          !PURE_PACKAGES.includes(specifier) &&
          !PURE_PACKAGES.some((p) => specifier.startsWith(`${p}/`))
        ) {
          violations.push({
            rule: "pure-import",
            file: shown(file),
            detail: `imports the package ${specifier}`,
          });
        }
        continue;
      }
      const target = resolveImport(file, specifier);
      if (!target) continue; // the compiler reports what does not exist
      const to = moduleOf(target);
      const [, , ...rest] = inside(target);
      const entry = rest.join("/");
      if (pure) {
        const sameDomain = to !== undefined && to === from && rest[0] === "domain";
        const ok =
          sameDomain ||
          inside(target)[0] === "domain" ||
          (to !== undefined && /^domain\/index\.tsx?$/.test(entry));
        if (!ok)
          violations.push({ rule: "pure-import", file: shown(file), detail: `imports ${shown(target)}` });
      }
      if (to === undefined || to === from) continue;
      if (from !== undefined) {
        const edges = graph.get(from) ?? new Set<string>();
        edges.add(to);
        graph.set(from, edges);
      }
      if (!/^(index|domain\/index)\.tsx?$/.test(entry)) {
        violations.push({
          rule: "module-entry",
          file: shown(file),
          detail: `enters ${to} through ${entry} instead of its index.ts or domain/index.ts`,
        });
      }
    }
    const clockReads = text.match(WALL_CLOCK)?.length ?? 0;
    if (clockReads > 0 && !CLOCK_EXEMPT.test(inside(file).join("/"))) {
      violations.push({
        rule: "wall-clock",
        file: shown(file),
        detail: `${clockReads} read(s) of the wall clock instead of the injected clock`,
      });
    }
    const statements = text.match(SQL)?.length ?? 0;
    if (from !== undefined && !QUERIES.test(shown(file)) && statements > 0) {
      violations.push({
        rule: "sql-outside-queries",
        file: shown(file),
        detail: `${statements} SQL statement(s) outside a queries file`,
      });
    }
  }

  for (const cycle of cyclesOf(graph)) {
    violations.push({ rule: "module-cycle", file: `modules/${cycle[0]}`, detail: cycle.join(" → ") });
  }

  const modulesDir = join(root, "modules");
  if (existsSync(modulesDir)) {
    for (const name of readdirSync(modulesDir).filter((n) => statSync(join(modulesDir, n)).isDirectory())) {
      const texts = files.filter((f) => moduleOf(f) === name).map((f) => readFileSync(f, "utf8"));
      const declared = texts.some(
        (t) =>
          /\bfp\(/.test(t) &&
          new RegExp(`name:\\s*"${name}"`).test(t) &&
          new RegExp(`name:\\s*"${name}",\\s*dependencies:\\s*\\[`).test(t.replace(/\s+/g, " ")),
      );
      if (!declared) {
        violations.push({
          rule: "plugin-declaration",
          file: `modules/${name}`,
          detail: `no plugin declaring { name: "${name}", dependencies: [...] }`,
        });
      }
    }
  }
  return violations;
}

/** Every elementary cycle's first appearance, as a path that returns to its start. */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = [...path.slice(at), next];
        const key = [...cycle.slice(0, -1)].sort().join(",");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else visit(next, [...path, next]);
    }
  };
  for (const node of [...graph.keys()].sort()) visit(node, [node]);
  return cycles;
}

// As a command: print the violations, exit 1 when there are any.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const violations = checkBoundaries(process.argv[2] ?? "src");
  for (const v of violations) console.log(`${v.rule}\t${v.file}\t${v.detail}`);
  console.log(`${violations.length} violation(s)`);
  process.exit(violations.length > 0 ? 1 : 0);
}
