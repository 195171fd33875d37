import type { Locale } from "../../../domain/locale";
import { CsrfInput } from "../../../platform/views/forms";
import { FILE_KIND_NAMES, type FileQuestion, type FileRef, formatBytes } from "../domain";
import type { FormMessages } from "../messages/form-de";

/**
 * A file question: the files uploaded so far, each with its own remove button, and a plain
 * file input with an upload button (a visible, native control: voice control and screen
 * readers name it, and the chosen file's name is read out). Uploading posts the file alone;
 * the page's "continue" button then checks the files against the question.
 */
export function FileList(props: {
  question: FileQuestion;
  files: readonly FileRef[];
  error?: string;
  locale: Locale;
  t: FormMessages;
  /** where a file's remove button posts; absent: no uploads here */
  removeAction?: (file: FileRef) => string;
  /** where the upload form posts */
  uploadAction?: string;
  csrfToken: string;
  labelHidden: boolean;
}) {
  const { question: q, files, error, locale, t } = props;
  const id = q.id;
  const kinds = q.accept.map((k) => FILE_KIND_NAMES[k]).join(", ");
  const limits = `${kinds}, ${formatBytes(locale, q.maxBytes)}`;
  const full = files.length >= q.maxFiles;
  return (
    <section class="sb-files" aria-labelledby={`${id}-files-title`}>
      <h2 class={props.labelHidden ? "kern-sr-only" : "kern-heading-small"} id={`${id}-files-title`}>
        {q.label[locale]}
      </h2>
      {q.hint && <p class="kern-hint">{q.hint[locale]}</p>}
      {error && (
        <p class="kern-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <h3 class="kern-heading-small">{t.files.chosen}</h3>
      {files.length === 0 ? (
        <p class="kern-body">{t.files.none}</p>
      ) : (
        <ul class="sb-files__list">
          {files.map((f) => (
            <li key={f.id} class="sb-files__item">
              <span>
                {f.name} ({FILE_KIND_NAMES[f.kind]}, {formatBytes(locale, f.size)})
              </span>
              {props.removeAction && (
                <form method="post" action={props.removeAction(f)} class="sb-inline-form">
                  <CsrfInput token={props.csrfToken} />
                  <button
                    class="kern-btn kern-btn--tertiary"
                    type="submit"
                    aria-label={t.files.removeFile(f.name)}
                  >
                    <span class="kern-label">{t.files.remove}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.uploadAction && !full && (
        <form method="post" action={props.uploadAction} enctype="multipart/form-data" class="sb-form">
          <CsrfInput token={props.csrfToken} />
          <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
            <label class="kern-label" for={id}>
              {t.files.choose}
            </label>
            <div class="kern-hint" id={`${id}-limits`}>
              {limits}
            </div>
            <input
              class="kern-form-input__input sb-file-input"
              id={id}
              name="file"
              type="file"
              accept={q.accept.map((k) => (k === "pdf" ? "application/pdf,.pdf" : `image/${k}`)).join(",")}
              aria-describedby={[`${id}-limits`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
              aria-invalid={error ? "true" : undefined}
            />
          </div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t.files.upload}</span>
          </button>
        </form>
      )}
    </section>
  );
}
