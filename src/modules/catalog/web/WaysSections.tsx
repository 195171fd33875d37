import type { ComponentChildren } from "preact";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Location } from "../../locations";
import type { OfferedWays, ServiceWays, StartStep } from "../domain/service-ways";
import { type CatalogMessages, catalogDe } from "../messages/de";
import { catalogEn } from "../messages/en";

/** The catalogue's texts in the page's language. */
export function catalogMessages(ctx: PageContext): CatalogMessages {
  return ctx.locale === "en" ? catalogEn : catalogDe;
}

interface WaysProps {
  ctx: PageContext;
  ways: OfferedWays;
  /** where to come in person: the responsible office, or the Stadtbüro */
  place: Location | undefined;
}

const Link = ({ href, children }: { href: string; children: ComponentChildren }) => (
  <a class="kern-link" href={href}>
    {children}
  </a>
);

/** One line per way, each with the one status the service's facts give it. */
export function WaysSection({ ctx, ways, place }: WaysProps) {
  const t = catalogMessages(ctx).ways;
  const { locale } = ctx;
  const placeLink = place && <Link href={ctx.href(`/orte/${place.key}`)}>{place.name[locale]}</Link>;
  const row = (way: string, label: string, text: ComponentChildren) => (
    <>
      <dt>{label}</dt>
      <dd data-way={way}>{text}</dd>
    </>
  );
  const { online, office, mobile, helpPoint, terminal } = ways;
  return (
    <Section id="where-title" title={t.title}>
      <dl class="sb-facts">
        {row(
          "online",
          t.online.label,
          online.status === "available" ? (
            online.provider === null ? (
              <>
                {t.online.availableHere} <Link href={ctx.href(online.url)}>{t.online.linkHere}</Link>
              </>
            ) : (
              <>
                {t.online.available(online.provider[locale])}{" "}
                <Link href={online.url}>{t.online.link(online.provider[locale])}</Link>
              </>
            )
          ) : online.status === "not-yet" ? (
            t.online.notYet
          ) : (
            t.online.notPossible(online.reason[locale])
          ),
        )}
        {row(
          "office",
          t.office.label,
          office.status === "not-offered" ? (
            t.office.notOffered
          ) : (
            <>
              {office.status === "appointment" ? t.office.appointment : t.office.contactOffice} {placeLink}
            </>
          ),
        )}
        {row(
          "mobile",
          t.mobile.label,
          mobile.status === "appointment" ? (
            <>
              {t.mobile.appointment} <Link href={ctx.href("/mobiles-stadtbuero")}>{t.mobile.link}</Link>
            </>
          ) : (
            t.mobile.notOffered
          ),
        )}
        {row(
          "help-point",
          t.helpPoint.label,
          helpPoint.status === "available" ? (
            <>
              {t.helpPoint.available} <Link href={ctx.href("/orte#help-point")}>{t.helpPoint.link}</Link>
            </>
          ) : helpPoint.status === "not-yet" ? (
            t.helpPoint.notYet
          ) : (
            t.helpPoint.notOffered
          ),
        )}
        {row(
          "terminal",
          t.terminal.label,
          terminal.status === "none-in-city"
            ? t.terminal.noneInCity(ctx.site.tenantName)
            : terminal.status === "not-yet"
              ? t.terminal.notYet
              : t.terminal.notPossible,
        )}
      </dl>
    </Section>
  );
}

/** Whether the resident must come, and what can be done instead. */
export function PresenceSection({ ctx, ways }: { ctx: PageContext; ways: OfferedWays }) {
  const t = catalogMessages(ctx).presence;
  const { locale } = ctx;
  const p = ways.presence;
  const instead = p.onlineInstead && t.onlineInstead(p.onlineInstead[locale]);
  const sentences = p.required
    ? [instead ? t.requiredOnSite(p.reason[locale]) : t.required(p.reason[locale]), instead]
    : p.proxy || p.inWriting || instead
      ? [t.notRequired, p.proxy && t.proxy, p.inWriting && t.inWriting, instead]
      : [t.noOtherWayYet];
  return (
    <Section id="appearance-title" title={t.title}>
      {sentences.filter(Boolean).map((s) => (
        <p class="kern-body" key={s}>
          {s}
        </p>
      ))}
    </Section>
  );
}

/** "So geht es weiter": how to start, then what happens afterwards. Never empty. */
export function NextStepsSection({
  ctx,
  ways,
  place,
  serviceKey,
}: Omit<WaysProps, "ways"> & { ways: ServiceWays; serviceKey: string }) {
  const t = catalogMessages(ctx).next;
  const { locale } = ctx;
  const placeLink = place && <Link href={ctx.href(`/orte/${place.key}`)}>{place.name[locale]}</Link>;
  const button = (href: string, label: string) => (
    <p class="kern-body" key={href}>
      <a class="kern-btn kern-btn--primary" href={href}>
        <span class="kern-label">{label}</span>
      </a>
    </p>
  );
  const after = (
    <ul class="kern-list kern-list--bullet">
      {ways.after.map((step) => (
        <li key={step.de}>{step[locale]}</li>
      ))}
    </ul>
  );
  const startOf = (step: StartStep) => {
    if (step.kind === "apply-online")
      return step.provider === null
        ? button(ctx.href(step.url), t.applyOnlineHere)
        : button(step.url, t.applyOnline(step.provider[locale]));
    if (step.kind === "book") return button(ctx.href(`/termin?leistung=${serviceKey}`), t.book);
    const text = {
      "contact-office": t.contactOffice,
      "in-writing": t.inWriting,
      "ask-stadtbuero": t.askStadtbuero,
    };
    return (
      <p class="kern-body" key={step.kind}>
        {text[step.kind]} {placeLink}
      </p>
    );
  };
  if (ways.discontinued)
    return (
      <Section id="next-title" title={t.title}>
        {after}
      </Section>
    );
  return (
    <Section id="next-title" title={t.title}>
      {ways.start.map(startOf)}
      <h3 class="kern-heading-small" id="after-title">
        {t.after}
      </h3>
      {after}
    </Section>
  );
}
