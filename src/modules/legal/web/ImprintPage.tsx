import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { TenantProfile } from "../../tenants";
import type { LegalMessages } from "../messages/de";
import { AddressBlock, Stated } from "./LegalParts";

export function ImprintPage({
  ctx,
  t,
  profile,
}: {
  ctx: PageContext;
  t: LegalMessages;
  profile: TenantProfile;
}) {
  const a = profile.authority;
  const title = ctx.m.legal.imprintTitle;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title, href: ctx.href("/impressum") }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <Section id="publisher" title={t.imprint.publisher}>
        <AddressBlock ctx={ctx} address={a} />
        <dl class="sb-facts">
          <dt>{t.imprint.representedBy}</dt>
          <dd>
            <Stated ctx={ctx} value={a.representedBy?.[ctx.locale] ?? null} />
          </dd>
          <dt>{t.imprint.phone}</dt>
          <dd>
            <Stated ctx={ctx} value={a.phone} />
          </dd>
          <dt>{t.imprint.email}</dt>
          <dd>
            <Stated ctx={ctx} value={a.email} href={a.email ? `mailto:${a.email}` : undefined} />
          </dd>
          <dt>{t.imprint.web}</dt>
          <dd>
            <Stated ctx={ctx} value={a.web} href={a.web ?? undefined} />
          </dd>
          <dt>{t.imprint.supervisory}</dt>
          <dd>
            <Stated ctx={ctx} value={a.supervisoryAuthority?.[ctx.locale] ?? null} />
          </dd>
          <dt>{t.imprint.regionalKey}</dt>
          <dd>
            <Stated ctx={ctx} value={profile.regionalKey} />
          </dd>
        </dl>
      </Section>
      <Section id="software" title={t.imprint.software}>
        <p class="kern-body">{t.imprint.softwareText}</p>
      </Section>
    </Layout>
  );
}
