/**
 * A Stadtbüro server whose clock the end-to-end test moves, for what takes real minutes or
 * hours otherwise (a hold that runs out). It is the whole application over real HTTP on its
 * own fresh in-memory database with the demo tenant, exactly as `serve` builds it, except
 * that the clock is a fixed one (as in the integration tests) and no jobs run. The shared
 * end-to-end server and its database are not touched, so no other spec sees the clock move.
 *
 * Started by a spec with `fork` (an IPC channel): it answers `{ url }` once listening, and
 * `{ now }` to `{ advanceMinutes }` after moving its clock. It stops when the spec goes away.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { seedTenantIfMissing } from "../../src/modules/tenants";
import { loadAssets } from "../../src/platform/assets/assets";
import { fixedClock } from "../../src/platform/clock";
import { openDatabase } from "../../src/platform/db/database";
import { migrate } from "../../src/platform/db/migrate";

type Request = { advanceMinutes: number };

const send = (message: unknown) => process.send?.(message);

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), "stadtbuero-e2e-clock-"));
  const clock = fixedClock(process.env.CLOCK_START ?? "2027-01-11T07:30:00Z");
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "100000",
    BOOKING_HOLD_MINUTES: "10",
  });
  const database = await openDatabase({ memory: true });
  await migrate(database);
  await seedTenantIfMissing(database, config.tenant);
  // Built before the app (once per process): on a busy machine the build can outlast the
  // time Fastify gives a plugin to start.
  await loadAssets();
  const app = await buildApp({ config, database, clock });
  await app.listen({ host: config.host, port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no port");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("disconnect", () => void stop());
  process.on("SIGTERM", () => void stop());
  process.on("message", (message: Request) => {
    clock.advance(message.advanceMinutes * 60_000);
    send({ now: clock.now().toISOString() });
  });
  send({ url: `http://127.0.0.1:${address.port}`, now: clock.now().toISOString() });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
