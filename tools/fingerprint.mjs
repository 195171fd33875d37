// Plain JavaScript on purpose: tools/start.mjs runs without tsx and must agree with tools/build.ts.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** What goes into dist/: the sources (tests aside), the locked dependencies and the build itself. */
export const BUILD_INPUTS = [
  "src",
  "package-lock.json",
  "tsconfig.json",
  "tools/build.ts",
  "tools/fingerprint.mjs",
];

const isTest = (name) => /\.test\.tsx?$/.test(name);

function listFiles(root, path, out) {
  const full = join(root, path);
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!isTest(name)) listFiles(root, join(path, name), out);
    }
  } else {
    out.push(path);
  }
}

/**
 * A hash of the named files and directories below `root` (test files left out), by relative
 * path and content: equal fingerprints mean the same build. Missing inputs count as empty.
 */
export function fingerprint(root, inputs = BUILD_INPUTS) {
  const files = [];
  for (const input of inputs) {
    try {
      listFiles(root, input, files);
    } catch (error) {
      if (error?.code !== "ENOENT") throw error;
    }
  }
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(root, join(root, file)).split(sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 20);
}
