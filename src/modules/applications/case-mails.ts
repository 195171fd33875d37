import type { Locale, LocalizedText } from "../../domain/locale";
import type { Mailer } from "../../platform/mail";
import type { CaseListener, CaseRecord } from "./cases";
import { CASE_STATUS_LABELS, type CaseState } from "./domain";
import { type CaseMailMessages, caseMailDe } from "./messages/case-mail-de";
import { caseMailEn } from "./messages/case-mail-en";

const MESSAGES: Record<Locale, CaseMailMessages> = { de: caseMailDe, en: caseMailEn };
const HEADERS = (locale: Locale) => ({ "Content-Language": locale, "Auto-Submitted": "auto-generated" });

export interface CaseMailDeps {
  mailer: Pick<Mailer, "send">;
  publicUrl: string;
  siteName(locale: Locale): Promise<string>;
  serviceName(serviceKey: string): Promise<LocalizedText | undefined>;
  /** a mail that could not be sent: the case stays as it is, staff see it in the log (no address) */
  onFailure(record: CaseRecord, error: unknown): void;
}

/**
 * The resident's mails about a case, in the case's language: the confirmation of receipt with
 * the tracking link (its only copy besides the confirmation page), and one on every change of
 * status. The subject names the site and the case reference, never a person.
 */
export function caseMails(deps: CaseMailDeps): CaseListener {
  const send = async (record: CaseRecord, subject: string, text: string) => {
    try {
      await deps.mailer.send({ to: record.contact.email, subject, text, headers: HEADERS(record.locale) });
    } catch (error) {
      deps.onFailure(record, error);
    }
  };
  const names = async (record: CaseRecord) => ({
    site: await deps.siteName(record.locale),
    service:
      (await deps.serviceName(record.state.serviceKey))?.[record.locale] ??
      record.form.definition.title[record.locale],
  });
  return {
    async filed(record, trackingToken) {
      const t = MESSAGES[record.locale];
      const { site, service } = await names(record);
      const prefix = record.locale === "en" ? "/en" : "";
      const link = `${deps.publicUrl}${prefix}/vorgang/${trackingToken}`;
      const inPerson = record.form.definition.inPerson?.reason[record.locale];
      await send(
        record,
        t.filedSubject(site, record.reference),
        t.filedText({ service, reference: record.reference, link, site, inPerson }),
      );
    },
    async changed(record, before: CaseState) {
      if (before.status === record.state.status) return;
      const t = MESSAGES[record.locale];
      const { site, service } = await names(record);
      await send(
        record,
        t.changedSubject(site, record.reference),
        t.changedText({
          service,
          reference: record.reference,
          status: CASE_STATUS_LABELS[record.state.status][record.locale],
          detail: t.details[record.state.status],
          site,
        }),
      );
    },
  };
}
