import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { Service } from "../../catalog";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentWords } from "../appointment-service";
import { CONFIRM_WISH_HOURS, parseWish } from "../domain/wish";
import type { Waitlist } from "../waitlist";
import { bookable, FlowQuery, flowOf, list, TokenParams } from "./flow-support";
import { NoticePage, OfferPage, WishForm, WishManagePage, WishThanksPage } from "./WaitlistPages";

const WishBody = z.object({
  _csrf: CsrfField,
  leistungen: z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional(),
  places: z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional(),
  windows: z.union([z.string().max(30), z.array(z.string().max(30)).max(20)]).optional(),
  name: z.string().max(1000).optional(),
  email: z.string().max(1000).optional(),
});
const CsrfBody = z.object({ _csrf: CsrfField });

/** Joining and leaving the waitlist, and answering an offer. */
export async function waitlistRoutes(
  instance: FastifyInstance,
  opts: {
    waitlist: Waitlist;
    describe: (a: AppointmentView) => Promise<AppointmentWords>;
    deadline: (locale: "de" | "en", at: Date) => Promise<string>;
  },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { waitlist } = opts;

  /** The places a wish for these services may name: where every one of them is done. */
  async function placesFor(services: string[], locale: "de" | "en") {
    const [catalog, dir] = await Promise.all([app.catalog.catalog(), app.locations.directory()]);
    const chosen = services
      .map((k) => catalog.byKey.get(k))
      .filter((s): s is Service => s !== undefined && bookable(s));
    return dir.locations
      .filter((l) => l.kind === "stadtbuero" || l.kind === "mobile-stop")
      .filter((l) =>
        chosen.every((s) => (l.kind === "mobile-stop" ? s.channels.mobile : s.channels.stadtbuero)),
      )
      .map((l) => ({ key: l.key, name: l.name[locale] }));
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    services: string[],
    values: { places: string[]; windows: string[]; name?: string; email?: string },
    errors: FieldError[],
  ) {
    const ctx = pageContext(request);
    const places = await placesFor(services, ctx.locale);
    return sendPage(
      reply,
      <WishForm
        flow={flowOf(ctx)}
        action={ctx.href("/termin/warteliste")}
        csrfToken={reply.generateCsrf()}
        services={services}
        places={places}
        values={values}
        errors={errors}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  app.get("/termin/warteliste", { schema: { querystring: FlowQuery } }, async (request, reply) =>
    form(
      request,
      reply,
      list(request.query.leistungen),
      { places: list(request.query.ort), windows: [] },
      [],
    ),
  );

  app.post(
    "/termin/warteliste",
    {
      schema: { body: WishBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const t = flowOf(ctx).t;
      const services = list(request.body.leistungen);
      const catalog = await app.catalog.catalog();
      const known = services.filter((k) => catalog.byKey.has(k));
      const values = {
        places: list(request.body.places),
        windows: list(request.body.windows),
        name: request.body.name,
        email: request.body.email,
      };
      const offered = await placesFor(known, ctx.locale);
      const parsed = parseWish(values, { placeKeys: new Set(offered.map((p) => p.key)) });
      if (!parsed.ok || known.length === 0) {
        const problems = parsed.ok ? [] : parsed.problems;
        const errors = problems.map((p) => ({
          field: p.field,
          message:
            p.problem === "nameRequired" || p.problem === "emailInvalid" || p.problem === "invalidCharacters"
              ? t.contact[p.problem]
              : t.waitlist[p.problem],
        }));
        if (known.length === 0) return reply.redirect(ctx.href("/termin"), 303);
        return form(request, reply, known, values, errors);
      }
      const added = await waitlist.add(
        { ...parsed.value, services: known, locale: ctx.locale },
        app.clock.now(),
      );
      if (added === "limit-reached") {
        const max = app.booking.settings.waitlistMaxPerEmail;
        return form(request, reply, known, values, [
          { field: "email", message: t.waitlist.limitReached(max) },
        ]);
      }
      return reply.redirect(ctx.href("/termin/warteliste/danke"), 303);
    },
  );

  app.get("/termin/warteliste/danke", async (request, reply) =>
    sendPage(reply, <WishThanksPage flow={flowOf(pageContext(request))} />),
  );

  const gone = (request: FastifyRequest, reply: FastifyReply) => {
    const flow = flowOf(pageContext(request));
    return sendPage(
      reply,
      <NoticePage flow={flow} message={flow.t.waitlist.notFound(CONFIRM_WISH_HOURS)} />,
      404,
    );
  };

  // Mail scanners follow links: this page only shows the entry; confirming and leaving are POSTs.
  app.get(
    "/termin/warteliste/:token",
    {
      schema: {
        params: TokenParams,
        querystring: z.object({ ok: z.enum(["bestaetigt", "ausgetragen"]).optional() }),
      },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const entry = await waitlist.entry(request.params.token, app.clock.now());
      if (!entry) return gone(request, reply);
      const flow = flowOf(ctx);
      const base = `/termin/warteliste/${request.params.token}`;
      return sendPage(
        reply,
        <WishManagePage
          flow={flow}
          wish={entry.wish}
          confirmAction={ctx.href(`${base}/bestaetigen`)}
          withdrawAction={ctx.href(`${base}/austragen`)}
          csrfToken={reply.generateCsrf()}
          confirmBy={entry.confirmBy && (await opts.deadline(ctx.locale, entry.confirmBy))}
          noMoreOffers={entry.noMoreOffers}
          lapseDays={app.booking.settings.waitlistLapseDays}
          notice={
            request.query.ok === "bestaetigt" && entry.wish.confirmedAt
              ? flow.t.waitlist.confirmed
              : request.query.ok === "ausgetragen" && entry.wish.status === "withdrawn"
                ? flow.t.waitlist.withdrawn
                : undefined
          }
        />,
      );
    },
  );

  app.post(
    "/termin/warteliste/:token/bestaetigen",
    {
      schema: { params: TokenParams, body: CsrfBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const confirmed = await waitlist.confirm(request.params.token, app.clock.now());
      if (confirmed === undefined) return gone(request, reply);
      const base = `/termin/warteliste/${request.params.token}`;
      return reply.redirect(pageContext(request).href(confirmed ? `${base}?ok=bestaetigt` : base), 303);
    },
  );

  app.post(
    "/termin/warteliste/:token/austragen",
    { schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const wish = await waitlist.byToken("manage", request.params.token);
      if (!wish) return gone(request, reply);
      await waitlist.withdraw(wish, app.clock.now());
      return reply.redirect(
        pageContext(request).href(`/termin/warteliste/${request.params.token}?ok=ausgetragen`),
        303,
      );
    },
  );

  // Mail scanners follow links: the offer page only shows the question; POST answers it.
  app.get("/termin/angebot/:token", { schema: { params: TokenParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const wish = await waitlist.byToken("offer", request.params.token);
    const now = app.clock.now();
    const live =
      wish?.status === "offered" &&
      wish.offerExpiresAt &&
      wish.offerExpiresAt > now &&
      wish.offerAppointmentId;
    const appointment = live ? await app.appointments.offered(wish.offerAppointmentId as number) : undefined;
    if (!appointment || !wish?.offerExpiresAt)
      return sendPage(reply, <NoticePage flow={flow} message={flow.t.waitlist.offerGone} />, 410);
    const base = `/termin/angebot/${request.params.token}`;
    return sendPage(
      reply,
      <OfferPage
        flow={flow}
        words={await opts.describe(appointment)}
        until={await opts.deadline(ctx.locale, wish.offerExpiresAt)}
        acceptAction={ctx.href(`${base}/annehmen`)}
        declineAction={ctx.href(`${base}/ablehnen`)}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/termin/angebot/:token/annehmen",
    { schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const wish = await waitlist.byToken("offer", request.params.token);
      const manageToken = wish ? await waitlist.accept(wish, app.clock.now()) : undefined;
      if (!manageToken) return reply.redirect(ctx.href(`/termin/angebot/${request.params.token}`), 303);
      return reply.redirect(ctx.href(`/termin/verwalten/${manageToken}?ok=gebucht`), 303);
    },
  );

  app.post(
    "/termin/angebot/:token/ablehnen",
    { schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const flow = flowOf(pageContext(request));
      const wish = await waitlist.byToken("offer", request.params.token);
      if (wish) await waitlist.decline(wish, app.clock.now());
      return sendPage(reply, <NoticePage flow={flow} message={flow.t.waitlist.declined} />);
    },
  );
}
