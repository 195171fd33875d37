import { type ComponentChildren, Fragment } from "preact";
import { Layout } from "../views/Layout";
import type { PageContext } from "../views/page-context";
import { Section } from "../views/Section";
import { type Column, Table } from "../views/Table";
import type { MailMessages } from "./messages";
import type { OutboxEntry, OutboxMessage } from "./outbox";

const LOCALE_TAG = { de: "de-DE", en: "en-GB" } as const;

function formatInstant(ctx: PageContext, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[ctx.locale], {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  }).format(new Date(iso));
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/** A line of plain text with its http(s) addresses as links (trailing punctuation stays text). */
function linkify(line: string): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let rest = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:!?)\]'»“”]+$/, "");
    const start = match.index;
    if (start > rest) parts.push(line.slice(rest, start));
    parts.push(
      <a class="kern-link" href={url}>
        {url}
      </a>,
    );
    rest = start + url.length;
  }
  if (rest < line.length) parts.push(line.slice(rest));
  return parts;
}

/** Plain text as paragraphs (blank lines) with its line breaks kept; wraps on small screens. */
function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== "");
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p class="kern-body">
          {paragraph.split("\n").flatMap((line, i) => (i === 0 ? linkify(line) : [<br />, ...linkify(line)]))}
        </p>
      ))}
    </>
  );
}

export function OutboxListPage(props: {
  ctx: PageContext;
  t: MailMessages;
  outboxDir: string;
  smtpConfigured: boolean;
  entries: OutboxEntry[];
  timeZone: string;
}) {
  const { ctx, t, entries } = props;
  const columns: Column<OutboxEntry>[] = [
    {
      key: "date",
      header: t.date,
      cell: (e) => <time dateTime={e.date}>{formatInstant(ctx, e.date, props.timeZone)}</time>,
    },
    { key: "to", header: t.to, cell: (e) => e.to },
    {
      key: "subject",
      header: t.subject,
      cell: (e) => (
        <a class="kern-link" href={ctx.href(`/dev/outbox/${e.id}`)}>
          {e.subject || t.noSubject}
        </a>
      ),
      rowHeader: true,
    },
  ];
  return (
    <Layout ctx={ctx} title={t.title} breadcrumbs={[{ label: t.title, href: ctx.href("/dev/outbox") }]}>
      <h1 class="kern-heading-x-large">{t.title}</h1>
      <p class="kern-body">{t.intro(props.outboxDir)}</p>
      {props.smtpConfigured && <p class="kern-body">{t.smtpConfigured}</p>}
      {entries.length === 0 ? (
        <p class="kern-body">{t.empty}</p>
      ) : (
        <Table caption={t.caption(entries.length)} columns={columns} rows={entries} rowKey={(e) => e.id} />
      )}
    </Layout>
  );
}

export function OutboxMessagePage(props: {
  ctx: PageContext;
  t: MailMessages;
  message: OutboxMessage;
  timeZone: string;
}) {
  const { ctx, t, message } = props;
  const subject = message.subject || t.noSubject;
  const href = ctx.href(`/dev/outbox/${message.id}`);
  return (
    <Layout
      ctx={ctx}
      title={subject}
      breadcrumbs={[
        { label: t.title, href: ctx.href("/dev/outbox") },
        { label: subject, href },
      ]}
    >
      <h1 class="kern-heading-x-large">{subject}</h1>
      <Section id="headers" title={t.headers}>
        <dl class="sb-facts">
          <dt>{t.date}</dt>
          <dd>
            <time dateTime={message.date}>{formatInstant(ctx, message.date, props.timeZone)}</time>
          </dd>
          <dt>{t.from}</dt>
          <dd>{message.from}</dd>
          <dt>{t.to}</dt>
          <dd>{message.to}</dd>
          <dt>{t.subject}</dt>
          <dd>{message.subject}</dd>
          <dt>{t.messageId}</dt>
          <dd>
            <code>{message.messageId}</code>
          </dd>
          {Object.entries(message.headers).map(([name, value]) => (
            <Fragment key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </Section>
      <Section id="text" title={t.text}>
        <PlainText text={message.text} />
        {message.hasHtml && <p class="kern-body kern-body--muted">{t.html}</p>}
      </Section>
      <Section id="attachments" title={t.attachments}>
        {message.attachments.length === 0 ? (
          <p class="kern-body">{t.noAttachments}</p>
        ) : (
          <ul class="kern-list kern-list--bullet">
            {message.attachments.map((a) => (
              <li key={a.filename}>
                <code>{a.filename}</code> ({a.contentType},{" "}
                {t.bytes(a.size.toLocaleString(LOCALE_TAG[ctx.locale]))})
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={`${href}/eml`} download={`${message.id}.eml`}>
            {t.raw}
          </a>
        </li>
        <li>
          <a class="kern-link" href={ctx.href("/dev/outbox")}>
            {t.back}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
