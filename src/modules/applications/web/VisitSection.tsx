import type { CaseMessages } from "../messages";
import type { VisitSectionModel } from "./case-visits";

/** "Still to do" on the case page: the visit the form asks for, the way to book it, or the booked visits. */
export function VisitSection({ t, model }: { t: CaseMessages; model: VisitSectionModel }) {
  if (!model.reason && model.visits.length === 0) return null;
  return (
    <section aria-labelledby="in-person-title">
      <h2 class="kern-heading-medium" id="in-person-title">
        {model.reason ? t.inPerson.title : t.visit.title}
      </h2>
      {model.reason && <p class="kern-body">{model.reason}</p>}
      {model.visits.length > 0 && (
        <>
          <p class="kern-body">{t.visit.booked(model.visits.length)}</p>
          <ul class="kern-list">
            {model.visits.map((v) => (
              <li key={v.code}>{v.text}</li>
            ))}
          </ul>
          <p class="kern-body">{t.visit.change}</p>
        </>
      )}
      {model.bookHref && (
        <>
          <p class="kern-body">{t.visit.bookHint}</p>
          <p class="kern-body">
            <a class="kern-btn kern-btn--primary" href={model.bookHref}>
              <span class="kern-label">{t.visit.book}</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
