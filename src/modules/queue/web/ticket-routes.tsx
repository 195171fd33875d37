import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import QRCode from "qrcode";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext, worksAt } from "../../staff";
import { roundedWait } from "../domain/wait-estimate";
import { QUEUE_MESSAGES } from "./labels";
import { asList, list, type QueueRouteOptions, text } from "./route-support";
import { NewTicketPage, PrintTicketPage, TicketIssuedPage } from "./TicketPages";

const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_000_000_000) });

/** Walk-in tickets: issue one, see it, print it with its QR code (front desk and help points). */
export async function ticketRoutes(
  instance: FastifyInstance,
  { queue, places, publicUrl }: QueueRouteOptions,
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tickets = { access: ACCESS.tickets };
  const zone = () => app.booking.timeZone();

  const serviceChoices = async (locale: "de" | "en", location: string) => {
    const catalog = await app.catalog.catalog();
    const place = (await app.locations.directory()).byKey.get(location);
    const offered = catalog.services.filter(
      (s) => s.status === "offered" && (!place || place.services === "all" || place.services.includes(s.key)),
    );
    return offered.map((s) => ({ value: s.key, label: s.name[locale] }));
  };

  const renderNewTicket = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { location: string; services: string[]; urgent: boolean; requestKey: string },
    errors: FieldError[],
  ) => {
    const ctx = backOfficeContext(request, reply);
    const q = QUEUE_MESSAGES[ctx.locale];
    const page = (
      <NewTicketPage
        ctx={ctx}
        q={q}
        locations={await places.locations(ctx.locale, request.placeScope())}
        services={await serviceChoices(ctx.locale, form.location)}
        form={form}
        errors={errors}
      />
    );
    return sendPage(reply, page, errors.length ? 400 : 200);
  };

  app.get(
    "/verwaltung/wartemarken/neu",
    { config: tickets, schema: { querystring: z.object({ ort: text }) } },
    async (request, reply) => {
      const locations = await places.locations("de", request.placeScope());
      const wanted = request.query.ort ?? request.staffSession?.location ?? "";
      const location = locations.some((l) => l.value === wanted) ? wanted : (locations[0]?.value ?? "");
      const requestKey = randomBytes(12).toString("base64url");
      return renderNewTicket(request, reply, { location, services: [], urgent: false, requestKey }, []);
    },
  );

  app.post(
    "/verwaltung/wartemarken/neu",
    {
      config: tickets,
      schema: {
        body: z.object({ _csrf: CsrfField, location: text, services: list, urgent: text, requestKey: text }),
      },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = QUEUE_MESSAGES[ctx.locale].ticket;
      const location = request.body.location ?? "";
      const services = [...new Set(asList(request.body.services))];
      const urgent = request.body.urgent === "yes";
      const requestKey = /^[A-Za-z0-9_-]{8,40}$/.test(request.body.requestKey ?? "")
        ? (request.body.requestKey as string)
        : randomBytes(12).toString("base64url");
      const errors: FieldError[] = [];
      if (!(await places.locations("de", request.placeScope())).some((l) => l.value === location)) {
        errors.push({ field: "location", message: t.locationInvalid });
      }
      const allowed = new Set((await serviceChoices(ctx.locale, location)).map((s) => s.value));
      if (services.length === 0) errors.push({ field: "services", message: t.servicesMissing });
      else if (services.some((s) => !allowed.has(s)))
        errors.push({ field: "services", message: t.servicesUnknown });
      if (errors.length > 0)
        return renderNewTicket(request, reply, { location, services, urgent, requestKey }, errors);
      const ticket = await queue.issueWalkIn(
        request.actor(),
        { location, services, urgent, requestKey },
        app.clock.now(),
      );
      return reply.redirect(ctx.href(`/verwaltung/wartemarken/${ticket.id}`), 303);
    },
  );

  app.get(
    "/verwaltung/wartemarken/:id",
    { config: tickets, schema: { params: IdParams } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const ticket = await queue.findTicket(request.params.id);
      if (!ticket) throw new AppError("not-found");
      if (!worksAt(request.placeScope(), ticket.location)) throw new AppError("forbidden");
      const waiting = await queue.waiting(ticket.location, ticket.date, app.clock.now());
      const position = waiting.find((w) => w.ticket.id === ticket.id)?.position ?? null;
      return sendPage(
        reply,
        <TicketIssuedPage
          ctx={ctx}
          q={QUEUE_MESSAGES[ctx.locale]}
          id={ticket.id}
          number={ticket.number}
          position={position}
          location={ticket.location}
        />,
      );
    },
  );

  app.get(
    "/verwaltung/wartemarken/:id/druck",
    { config: tickets, schema: { params: IdParams } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const q = QUEUE_MESSAGES[ctx.locale];
      const ticket = await queue.findTicket(request.params.id);
      if (!ticket) throw new AppError("not-found");
      if (!worksAt(request.placeScope(), ticket.location)) throw new AppError("forbidden");
      const now = app.clock.now();
      const entry = (await queue.waiting(ticket.location, ticket.date, now)).find(
        (w) => w.ticket.id === ticket.id,
      );
      const positionUrl = `${publicUrl}${ctx.href(`/wartenummer/${queue.positionToken(ticket)}`)}`;
      const tz = await zone();
      const issuedAt = new Intl.DateTimeFormat(ctx.locale === "de" ? "de-DE" : "en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: tz,
      }).format(ticket.arrivedAt);
      return sendPage(
        reply,
        <PrintTicketPage
          ctx={ctx}
          q={q}
          script={app.scriptUrls["call-display"]}
          number={ticket.number}
          place={
            (await app.locations.directory()).byKey.get(ticket.location)?.name[ctx.locale] ?? ticket.location
          }
          issuedAt={issuedAt}
          waitMinutes={entry ? roundedWait(entry.waitMinutes) : null}
          qrDataUri={
            await QRCode.toDataURL(positionUrl, { errorCorrectionLevel: "M", margin: 1, width: 160 })
          }
          positionUrl={positionUrl}
          backHref={ctx.href(`/verwaltung/tag?ort=${ticket.location}`)}
        />,
      );
    },
  );
}
