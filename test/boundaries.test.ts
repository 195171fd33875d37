import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkBoundaries, type Violation } from "../tools/check-boundaries";

const PLUGIN = (name: string, deps = "") =>
  `import fp from "fastify-plugin";\nexport default fp(async () => {}, { name: "${name}", dependencies: [${deps}] });\n`;

let root: string | undefined;

/** Writes a small source tree (path → text) and returns its `src` directory. */
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "boundaries-"));
  const src = join(root, "src");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

/** A tree of two well-behaved modules, to which each case adds one wrong file. */
function wellBehaved(extra: Record<string, string> = {}): Record<string, string> {
  return {
    "domain/text.ts": "export const x = 1;\n",
    "platform/clock.ts": "export const now = () => new Date();\n",
    "client/display.ts": "export const t = Date.now();\n",
    "modules/alpha/index.ts": `${PLUGIN("alpha")}export { a } from "./domain/index.ts";\n`,
    "modules/alpha/domain/index.ts":
      'import { z } from "zod";\nimport { x } from "../../../domain/text.ts";\nexport const a = z.number().parse(x);\n',
    "modules/alpha/queries.ts": 'import { sql } from "kysely";\nexport const q = sql`select 1`;\n',
    "modules/beta/index.ts": `${PLUGIN("beta", '"alpha"')}import { a } from "../alpha/index.ts";\nexport const b = a;\n`,
    "modules/beta/domain/rule.ts": 'import { a } from "../../alpha/domain/index.ts";\nexport const r = a;\n',
    "modules/beta/service.ts": 'import { b } from "./index.ts";\nexport const s = b;\n',
    "modules/beta/queries.ts": 'import { sql } from "kysely";\nexport const q = sql`select 2`;\n',
    ...extra,
  };
}

const rules = (violations: Violation[]) => violations.map((v) => `${v.rule} ${v.file}`);

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe("the boundary check", () => {
  it("accepts a tree that keeps every rule", () => {
    expect(checkBoundaries(tree(wellBehaved()))).toEqual([]);
  });

  it("fails on an import that reaches past another module's index.ts", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/reach.ts": 'import { q } from "../alpha/queries.ts";\nexport const r = q;\n',
      }),
    );
    expect(rules(checkBoundaries(src))).toEqual(["module-entry src/modules/beta/reach.ts"]);
  });

  it("fails on pure code that imports a package outside the allowlist or non-pure code", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/domain/db.ts": 'import { Kysely } from "kysely";\nexport const k = Kysely;\n',
        "modules/beta/domain/own-service.ts": 'import { s } from "../service.ts";\nexport const t = s;\n',
        "modules/beta/domain/logs.ts": 'import pino from "pino";\nexport const p = pino;\n',
      }),
    );
    expect(rules(checkBoundaries(src)).sort()).toEqual([
      "pure-import src/modules/beta/domain/db.ts",
      "pure-import src/modules/beta/domain/logs.ts",
      "pure-import src/modules/beta/domain/own-service.ts",
    ]);
  });

  it("fails on pure code that enters another module through its index.ts (not pure)", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/domain/wrong.ts": 'import { a } from "../../alpha/index.ts";\nexport const w = a;\n',
      }),
    );
    expect(rules(checkBoundaries(src))).toEqual(["pure-import src/modules/beta/domain/wrong.ts"]);
  });

  it("fails on an import cycle between modules", () => {
    const src = tree(
      wellBehaved({
        "modules/alpha/back.ts": 'import { b } from "../beta/index.ts";\nexport const c = b;\n',
      }),
    );
    expect(checkBoundaries(src)).toEqual([
      { rule: "module-cycle", file: "modules/alpha", detail: "alpha → beta → alpha" },
    ]);
  });

  it("fails on SQL outside a queries file, counting the statements", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/service.ts":
          'import type { Kysely } from "kysely";\nexport const s = (db: Kysely<any>) => [db.selectFrom("t"), db.deleteFrom("t")];\n',
      }),
    );
    expect(checkBoundaries(src)).toEqual([
      {
        rule: "sql-outside-queries",
        file: "src/modules/beta/service.ts",
        detail: "2 SQL statement(s) outside a queries file",
      },
    ]);
  });

  it("fails on a module whose plugin does not declare its name and dependencies", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/index.ts": 'import fp from "fastify-plugin";\nexport default fp(async () => {});\n',
      }),
    );
    expect(rules(checkBoundaries(src))).toEqual(["plugin-declaration modules/beta"]);
  });

  it("fails on business code that reads the wall clock", () => {
    const src = tree(
      wellBehaved({
        "modules/beta/late.ts": "export const late = () => Date.now() > new Date().getTime();\n",
      }),
    );
    expect(checkBoundaries(src)).toEqual([
      {
        rule: "wall-clock",
        file: "src/modules/beta/late.ts",
        detail: "2 read(s) of the wall clock instead of the injected clock",
      },
    ]);
  });
});

describe("the project's own source", () => {
  it("keeps every boundary: no bypassed index.ts, no impure domain import, no cycle, SQL only in queries files, no wall clock", () => {
    const src = join(dirname(new URL(import.meta.url).pathname), "..", "src");
    expect(checkBoundaries(src)).toEqual([]);
  });
});
