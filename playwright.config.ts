import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// The server starts on an empty data directory, as `npm start` does on a fresh machine; the
// back-office tests add their administrators (each one-time password goes to a file the
// tests read) and a few made-up appointments for today. Workers load this file too and
// inherit the directory through the environment.
// E2E_PORT lets two checkouts run their end-to-end tests at once
const port = Number(process.env.E2E_PORT ?? 3917);
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "stadtbuero-e2e-"));
const dataDir = process.env.E2E_DATA_DIR;
// the compiled server, as production runs it (`npm run test:e2e` builds dist/ first)
const cli = "node dist/main.js";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "js-on", use: { browserName: "chromium", javaScriptEnabled: true } },
    { name: "js-off", use: { browserName: "chromium", javaScriptEnabled: false } },
  ],
  webServer: {
    command: [
      // migrations are their own step, as in production; the commands after it refuse a schema behind
      `${cli} migrate`,
      `${cli} create-admin e2e-admin "E2E Administrator" > "${join(dataDir, "admin.txt")}"`,
      // the staff booking spec's own administrator (a one-time password works once)
      `${cli} create-admin e2e-booking "E2E Buchung" > "${join(dataDir, "booking-admin.txt")}"`,
      // the case processing spec's administrator, who gives its clerk an account
      `${cli} create-admin e2e-cases "E2E Vorgänge" > "${join(dataDir, "cases-admin.txt")}"`,
      `${cli} demo-day`,
      `${cli} serve`,
    ].join(" && "),
    url: `http://127.0.0.1:${port}/ready`,
    reuseExistingServer: false,
    // six CLI starts in a row (each boots the app); a shared, loaded machine needs the margin
    timeout: 300_000,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "100000",
      // every spec signs in from 127.0.0.1: the per-address limit would make them wait
      SIGN_IN_POSTS_PER_MINUTE: "1000",
      // the tests read the mails they cause on the development outbox page
      DEV_PAGES: "true",
      // no job may change what a test is looking at (a waitlist offer, a reminder)
      JOBS: "false",
    },
  },
});
