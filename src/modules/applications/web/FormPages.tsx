import type { LocalizedText } from "../../../domain/locale";
import { type Choice, RadioGroup } from "../../../platform/views/fields";
import { CsrfInput } from "../../../platform/views/forms";
import type { FieldError, FileRef, Question } from "../domain";
import { FileList } from "./FileList";
import { FormLayout, type FormPageContext, Submit } from "./FormLayout";
import { type FieldValues, QuestionFields } from "./QuestionFields";

/** The election a start page names, or the elections it offers to choose from. */
export type StartElection =
  | { kind: "one"; key: string; name: string; electionDay: string; deadline: string }
  | { kind: "choose"; choices: Choice[]; value: string | undefined; error: string | undefined };

/** The election part of the start form: named, or chosen among several open ones. */
function ElectionChoice({ page, election }: { page: FormPageContext; election: StartElection }) {
  const t = page.t.election;
  if (election.kind === "one") return <input type="hidden" name="wahl" value={election.key} />;
  return (
    <RadioGroup
      name="wahl"
      legend={t.chooseLegend}
      hint={t.chooseHint}
      error={election.error}
      choices={election.choices}
      value={election.value}
    />
  );
}

/** The start page of an application: what it is, what follows, and the button that opens a draft. */
export function StartPage(props: {
  page: FormPageContext;
  serviceHref: string;
  privacyHref: string;
  fee: string | undefined;
  inPerson: LocalizedText | undefined;
  retentionDays: number;
  csrfToken: string;
  startAction: string;
  /** the resident has a draft of this form in this browser */
  continueHref: string | undefined;
  /** the election the form is for (the Briefwahl) */
  election?: StartElection;
}) {
  const { ctx, t } = props.page;
  const { election } = props;
  const errors =
    election?.kind === "choose" && election.error ? [{ field: "wahl", message: election.error }] : [];
  const choice = election && <ElectionChoice page={props.page} election={election} />;
  return (
    <FormLayout
      page={props.page}
      title={props.page.formTitle}
      back={props.serviceHref}
      stepLabel={t.applyOnline}
      errors={errors}
    >
      <p class="kern-body">{t.start.intro}</p>
      {election?.kind === "one" && (
        <>
          <h2 class="kern-heading-medium">{t.election.title}</h2>
          <p class="kern-body">
            {t.election.forElection(election.name)} {t.election.electionDay(election.electionDay)}{" "}
            <strong>{t.election.deadline(election.deadline)}</strong>
          </p>
        </>
      )}
      <h2 class="kern-heading-medium">{t.start.beforeTitle}</h2>
      <ul class="kern-list">
        <li>{t.start.saveNote}</li>
        <li>{t.start.draftKept(props.retentionDays)}</li>
        <li>
          {t.start.privacy}{" "}
          <a class="kern-link" href={props.privacyHref}>
            {t.start.privacyLink}
          </a>
        </li>
      </ul>
      {props.fee && (
        <>
          <h2 class="kern-heading-medium">{t.start.feeTitle}</h2>
          <p class="kern-body">{props.fee}</p>
        </>
      )}
      {props.inPerson && (
        <>
          <h2 class="kern-heading-medium">{t.start.inPersonTitle}</h2>
          <p class="kern-body">{props.inPerson[ctx.locale]}</p>
        </>
      )}
      {props.continueHref ? (
        <>
          <p class="kern-body">{t.start.draftExists}</p>
          <p class="kern-body">
            <a class="kern-btn kern-btn--primary" href={props.continueHref}>
              <span class="kern-label">{t.start.continueDraft}</span>
            </a>
          </p>
          <form method="post" action={props.startAction} class="sb-form">
            <CsrfInput token={props.csrfToken} />
            {choice}
            <Submit label={t.start.startOver} secondary />
          </form>
        </>
      ) : (
        <form method="post" action={props.startAction} class="sb-form">
          <CsrfInput token={props.csrfToken} />
          {choice}
          <Submit label={t.start.startButton} />
        </form>
      )}
    </FormLayout>
  );
}

/** The links under every question page: save for later, discard. */
function DraftActions(props: { page: FormPageContext; saveHref: string; discardHref: string }) {
  const { t } = props.page;
  return (
    <ul class="sb-draft-actions">
      <li>
        <a class="kern-link" href={props.saveHref}>
          {t.page.saveForLater}
        </a>
      </li>
      <li>
        <a class="kern-link" href={props.discardHref}>
          {t.discard.link}
        </a>
      </li>
    </ul>
  );
}

export interface QuestionPageModel {
  title: string;
  hint: string | undefined;
  questions: readonly Question[];
  values: FieldValues;
  errors: readonly FieldError[];
  files: Readonly<Record<string, readonly FileRef[]>>;
  labelIsHeading: boolean;
  stepLabel: string | undefined;
  back: string | undefined;
  action: string;
  uploadAction: (questionId: string) => string;
  removeAction: (questionId: string, file: FileRef) => string;
  saveHref: string;
  discardHref: string;
  csrfToken: string;
}

/**
 * One question page (or one item of a repeating group). File questions upload in their own
 * forms above the page's form, so "continue" posts the page's other answers with the files
 * already stored.
 */
export function QuestionPageView(props: { page: FormPageContext; model: QuestionPageModel }) {
  const { page, model } = props;
  const { ctx, t } = page;
  const fileQuestions = model.questions.filter((q) => q.kind === "file");
  const others = model.questions.filter((q) => q.kind !== "file");
  return (
    <FormLayout
      page={page}
      title={model.title}
      errors={model.errors}
      back={model.back}
      stepLabel={model.stepLabel}
    >
      {model.hint && <p class="kern-body">{model.hint}</p>}
      {fileQuestions.map((q) =>
        q.kind === "file" ? (
          <FileList
            key={q.id}
            question={q}
            files={model.files[q.id] ?? []}
            error={model.errors.find((e) => e.question === q.id)?.message}
            locale={ctx.locale}
            t={t}
            removeAction={(f) => model.removeAction(q.id, f)}
            uploadAction={model.uploadAction(q.id)}
            csrfToken={model.csrfToken}
            labelHidden={model.labelIsHeading}
          />
        ) : null,
      )}
      <form method="post" action={model.action} class="sb-form" novalidate>
        <CsrfInput token={model.csrfToken} />
        <QuestionFields
          questions={others}
          values={model.values}
          errors={model.errors}
          locale={ctx.locale}
          t={t}
          files={model.files}
          labelIsHeading={model.labelIsHeading}
          csrfToken={model.csrfToken}
        />
        <Submit label={t.continue} />
      </form>
      <DraftActions page={page} saveHref={model.saveHref} discardHref={model.discardHref} />
    </FormLayout>
  );
}

/** The list page of a repeating group: its items with change and remove, add another, continue. */
export function GroupListPage(props: {
  page: FormPageContext;
  title: string;
  hint: string | undefined;
  itemName: string;
  items: { label: string; changeHref: string; removeAction: string }[];
  addHref: string | undefined;
  continueAction: string;
  errors: readonly FieldError[];
  notice: string | undefined;
  back: string | undefined;
  saveHref: string;
  discardHref: string;
  csrfToken: string;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <FormLayout page={page} title={props.title} errors={props.errors} back={props.back}>
      {props.notice && (
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">{props.notice}</p>
          </div>
        </div>
      )}
      {props.hint && <p class="kern-body">{props.hint}</p>}
      <p class="kern-body" id={props.errors[0]?.field}>
        {t.group.countLabel(props.items.length)}
      </p>
      {props.items.length === 0 ? (
        <p class="kern-body">{t.group.none}</p>
      ) : (
        <ul class="sb-summary-list">
          {props.items.map((item) => (
            <li class="sb-summary-list__row" key={item.changeHref}>
              <span class="sb-summary-list__key">{item.label}</span>
              <a class="kern-link" href={item.changeHref} aria-label={t.group.changeItem(item.label)}>
                {t.group.change}
              </a>
              <form method="post" action={item.removeAction} class="sb-inline-form">
                <CsrfInput token={props.csrfToken} />
                <button
                  class="kern-btn kern-btn--tertiary"
                  type="submit"
                  aria-label={t.group.removeItem(item.label)}
                >
                  <span class="kern-label">{t.group.remove}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {props.addHref && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--secondary" href={props.addHref}>
            <span class="kern-label">{t.group.addAnother(props.itemName)}</span>
          </a>
        </p>
      )}
      <form method="post" action={props.continueAction} class="sb-form">
        <CsrfInput token={props.csrfToken} />
        <Submit label={t.group.finished} />
      </form>
      <DraftActions page={page} saveHref={props.saveHref} discardHref={props.discardHref} />
    </FormLayout>
  );
}
