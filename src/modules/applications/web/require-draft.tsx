import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { NoticePage } from "./FormEndPages";
import { draftOf, type FormRouteDeps, formPage, formPaths } from "./form-support";

/**
 * The draft this browser holds for an offered service's form; otherwise the page that says there
 * is none (404, with a link to start again) is sent and undefined returned.
 */
export async function requireDraft(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: FormRouteDeps,
  serviceKey: string,
) {
  const found = await draftOf(request, deps, serviceKey);
  if (found) return found;
  const { forms, applications } = request.server;
  const form = forms.findLatest(serviceKey);
  if (!form || !(await applications.offered()).has(serviceKey)) throw new AppError("not-found");
  const ctx = pageContext(request);
  const page = formPage(ctx, form);
  sendPage(
    reply,
    <NoticePage
      page={page}
      title={page.t.noDraft.title}
      text={page.t.noDraft.text}
      link={{ href: ctx.href(formPaths(serviceKey).start), label: page.t.noDraft.startAgain }}
    />,
    404,
  );
  return undefined;
}
