import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { Table } from "../../../platform/views/Table";
import type { TenantProfile } from "../../tenants";
import type { LegalMessages } from "../messages/de";
import { AddressBlock, Stated } from "./LegalParts";

export function PrivacyPage({
  ctx,
  t,
  profile,
  retentionDays,
  waitlist,
  applications,
}: {
  ctx: PageContext;
  t: LegalMessages;
  profile: TenantProfile;
  /** days after which the personal data of appointments and wishes is removed */
  retentionDays: number;
  /** hours to confirm a waitlist wish; days a lapsed offer counts against an address */
  waitlist: { confirmHours: number; lapseDays: number };
  /** how long drafts and cases of online applications are kept, and each service's period */
  applications: { draftDays: number; days: number; services: { name: string; days: number }[] };
}) {
  const p = t.privacy;
  const title = ctx.m.legal.privacyTitle;
  const dpo = profile.dataProtectionOfficer;
  const supervisor = profile.dataProtectionSupervisor;
  const section = (id: string, heading: string, text: string) => (
    <Section id={id} title={heading}>
      <p class="kern-body">{text}</p>
    </Section>
  );
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title, href: ctx.href("/datenschutz") }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{p.intro}</p>
      <Section id="controller" title={p.controller}>
        <AddressBlock ctx={ctx} address={profile.authority} />
      </Section>
      <Section id="dpo" title={p.dpo}>
        <AddressBlock ctx={ctx} address={dpo} />
        <p class="kern-body">
          {t.imprint.email}:{" "}
          <Stated ctx={ctx} value={dpo.email} href={dpo.email ? `mailto:${dpo.email}` : undefined} />
        </p>
      </Section>
      {section("visit", p.visitTitle, p.visitText)}
      {section("cookies", p.cookiesTitle, p.cookiesText)}
      {section("search", p.searchTitle, p.searchText)}
      {section("feedback", p.feedbackTitle, p.feedbackText)}
      {section("appointments", p.appointmentsTitle, p.appointmentsText(retentionDays))}
      {section("waitlist", p.waitlistTitle, p.waitlistText({ days: retentionDays, ...waitlist }))}
      <Section id="applications" title={p.applicationsTitle}>
        <p class="kern-body">{p.applicationsText(applications)}</p>
        <Table
          caption={p.applicationsCaption}
          columns={[
            { key: "service", header: p.applicationsService, cell: (r) => r.name, rowHeader: true },
            { key: "days", header: p.applicationsDays, cell: (r) => p.days(r.days) },
          ]}
          rows={applications.services}
          rowKey={(r) => r.name}
        />
      </Section>
      {section("home-visit", p.homeVisitTitle, p.homeVisitText)}
      {section("retention", p.retentionTitle, p.retentionText)}
      <Section id="rights" title={p.rightsTitle}>
        <ul class="kern-list kern-list--bullet">
          {p.rights.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <h3 class="kern-heading-small">{p.supervisor}</h3>
        <AddressBlock ctx={ctx} address={supervisor} />
        {supervisor.web && (
          <p class="kern-body">
            <a class="kern-link" href={supervisor.web}>
              {supervisor.web}
            </a>
          </p>
        )}
      </Section>
    </Layout>
  );
}
