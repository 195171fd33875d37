import type { ComponentChildren } from "preact";
import { CsrfInput } from "../../../platform/views/forms";
import type { BackOfficeContext } from "../../staff";

/** A one-button form (withdraw, remove, restore): POST with the CSRF token and hidden fields. */
export function PostButton(props: {
  ctx: BackOfficeContext;
  action: string;
  label: string;
  /** the button's id, for the error summary's link */
  id?: string;
  fields?: Record<string, string>;
  secondary?: boolean;
  describedBy?: string;
}) {
  const { ctx, action, label, id, fields = {}, secondary, describedBy } = props;
  return (
    <form method="post" action={ctx.href(action)} class="sb-inline-form">
      <CsrfInput token={ctx.csrfToken} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        id={id}
        class={`kern-btn ${secondary ? "kern-btn--secondary" : "kern-btn--tertiary"}`}
        aria-describedby={describedBy}
      >
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}

export function SubmitButton({ label }: { label: string }) {
  return (
    <div class="sb-admin-actions">
      <button type="submit" class="kern-btn kern-btn--primary">
        <span class="kern-label">{label}</span>
      </button>
    </div>
  );
}

/** A back link above a page's heading. */
export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <p class="kern-body sb-admin-back">
      <a class="kern-link" href={href}>
        {children}
      </a>
    </p>
  );
}

/** An error shown where no single field is at fault (a button, a whole table). */
export function InlineError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      {message}
    </p>
  );
}

/** A small "withdrawn" marker next to a name. */
export function WithdrawnBadge({ label }: { label: string }) {
  return <span class="kern-badge kern-badge--warning sb-admin-badge">{label}</span>;
}
