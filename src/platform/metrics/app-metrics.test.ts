import { describe, expect, it } from "vitest";
import { AppMetrics } from "./app-metrics";

describe("AppMetrics", () => {
  it("keeps each app's metrics in a registry of its own", async () => {
    const first = new AppMetrics();
    const second = new AppMetrics();
    first.mailFailed();
    expect(await first.text()).toMatch(/^stadtbuero_mail_failures_total 1$/m);
    expect(await second.text()).toMatch(/^stadtbuero_mail_failures_total 0$/m);
  });

  it("labels a request without a route as unmatched, and an unknown method as OTHER", async () => {
    const metrics = new AppMetrics();
    metrics.request("PROPFIND", undefined, 404, 0.001);
    expect(await metrics.text()).toContain(
      'stadtbuero_http_requests_total{method="OTHER",route="(unmatched)",status="404"} 1',
    );
  });
});
