// `npm start` and the other CLI scripts: the compiled server (dist/main.js), built first when
// the sources changed since the last build. Plain JavaScript, so no tsx is needed to run it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { fingerprint } from "./fingerprint.mjs";

const root = dirname(import.meta.dirname);
const main = join(root, "dist", "main.js");

function builtFingerprint() {
  try {
    return JSON.parse(readFileSync(join(root, "dist", "build.json"), "utf8")).fingerprint;
  } catch {
    return undefined;
  }
}

// a production copy has dist/ but no src/: it runs what it was given
if (existsSync(join(root, "src"))) {
  const current = fingerprint(root);
  if (!existsSync(main) || builtFingerprint() !== current) {
    console.log("The sources changed since the last build (or there is none): building dist/ first …");
    const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "tools", "build.ts")], {
      cwd: root,
      stdio: "inherit",
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
} else if (!existsSync(main)) {
  console.error("dist/main.js is missing: run `npm run build` where the sources are, then copy dist/.");
  process.exit(1);
}

// in this process, not spawned: one Node start less. main.js reads its command from argv.
process.argv = [process.argv[0] ?? process.execPath, main, ...process.argv.slice(2)];
await import(pathToFileURL(main).href);
