import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import {
  type AccountFormProblem,
  checkedValues,
  parseAccountChange,
  parseNewAccount,
} from "../domain/account-form";
import { ACCESS } from "../domain/roles";
import type { AccountMessages } from "../messages/accounts-de";
import type { StaffAccount } from "../queries";
import type { StaffService } from "../service";
import { AccountCreatePage } from "./AccountCreatePage";
import { AccountEditPage } from "./AccountEditPage";
import type { AccountFormValues } from "./AccountFields";
import { AccountListPage, type AccountRowView } from "./AccountListPage";
import { accountResetRoutes } from "./account-reset-routes";
import { ACCOUNT_MESSAGES, AccountParams, formText, getAccount, sendPassword } from "./account-support";
import { type BackOfficeContext, backOfficeContext } from "./back-office-context";

const checkboxes = z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional();
const AccountBody = z.object({
  _csrf: CsrfField,
  username: formText,
  displayName: formText,
  roles: checkboxes,
  places: z.union([z.string().max(100), z.array(z.string().max(100)).max(100)]).optional(),
  totpRequired: formText,
  active: formText,
});
const CsrfBody = z.object({ _csrf: CsrfField });
const Notices = z.object({
  gespeichert: z.string().max(5).optional(),
  entsperrt: z.string().max(5).optional(),
});

/** Whether the second factor is set up, still to be set up, or not asked for. */
function factorOf(a: StaffAccount): AccountRowView["factor"] {
  return a.totpEnrolled ? "enrolled" : a.totpRequired ? "pending" : "none";
}

/** Staff accounts and roles (administrators): list, create, edit, unlock; resets in their own file. */
export async function accountRoutes(instance: FastifyInstance, { staff }: { staff: StaffService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const admin = { access: ACCESS.admin };
  await app.register(accountResetRoutes, { staff });

  /** The places of the tenant an account can be assigned to. */
  const placesFor = async (locale: Locale) =>
    (await app.locations.directory()).locations.map((l) => ({ value: l.key, label: l.name[locale] }));

  const dateTime = async (locale: Locale) => {
    const timeZone = (await app.tenant.profile()).timeZone;
    const format = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    return (at: Date) => format.format(at);
  };

  const messagesOf = (ctx: BackOfficeContext) => ACCOUNT_MESSAGES[ctx.locale];
  const fieldErrors = (t: AccountMessages, problems: AccountFormProblem[]): FieldError[] =>
    problems.map((p) => ({ field: p.field, message: t.problems[p.problem] }));

  app.get(
    "/verwaltung/konten",
    { config: admin, schema: { querystring: Notices } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = messagesOf(ctx);
      const [accounts, format] = await Promise.all([staff.accounts.list(), dateTime(ctx.locale)]);
      const delays = await staff.accounts.signInDelays(accounts, app.clock.now());
      const rows: AccountRowView[] = accounts.map((a) => {
        const locked = delays.get(a.id);
        return {
          id: a.id,
          displayName: a.displayName,
          username: a.username,
          roleLabels: a.roles.map((r) => ctx.s.roles[r]),
          factor: factorOf(a),
          lockedUntil: locked ? format(locked) : null,
          active: a.active,
          lastSignIn: a.lastSignInAt && { iso: a.lastSignInAt.toISOString(), label: format(a.lastSignInAt) },
        };
      });
      const notice = request.query.gespeichert ? t.notices.saved : undefined;
      return sendPage(reply, <AccountListPage ctx={ctx} t={t} accounts={rows} notice={notice} />);
    },
  );

  app.get("/verwaltung/konten/neu", { config: admin }, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const values = { username: "", displayName: "", roles: [], places: [], totpRequired: true, active: true };
    const placeChoices = await placesFor(ctx.locale);
    return sendPage(
      reply,
      <AccountCreatePage
        ctx={ctx}
        t={messagesOf(ctx)}
        values={values}
        errors={[]}
        placeChoices={placeChoices}
      />,
    );
  });

  app.post(
    "/verwaltung/konten/neu",
    { config: admin, schema: { body: AccountBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = messagesOf(ctx);
      const body = request.body;
      const values: AccountFormValues = {
        username: body.username ?? "",
        displayName: body.displayName ?? "",
        roles: checkedValues(body.roles),
        places: checkedValues(body.places),
        totpRequired: Boolean(body.totpRequired),
        active: true,
      };
      const placeChoices = await placesFor(ctx.locale);
      const render = (errors: FieldError[], status: number) =>
        sendPage(
          reply,
          <AccountCreatePage ctx={ctx} t={t} values={values} errors={errors} placeChoices={placeChoices} />,
          status,
        );
      const parsed = parseNewAccount(body, { placeKeys: new Set(placeChoices.map((p) => p.value)) });
      if (!parsed.ok) return render(fieldErrors(t, parsed.problems), 400);
      try {
        const { password } = await staff.accounts.create(request.actor(), parsed.value);
        return sendPassword(reply, {
          ctx,
          t,
          kind: "created",
          displayName: parsed.value.displayName,
          username: parsed.value.username,
          password,
          enrolsTotp: parsed.value.totpRequired || parsed.value.roles.includes("administrator"),
        });
      } catch (error) {
        if (!(error instanceof AppError && error.code === "conflict")) throw error;
        return render([{ field: "username", message: t.problems.usernameTaken }], 409);
      }
    },
  );

  const renderEdit = async (
    ctx: BackOfficeContext,
    reply: FastifyReply,
    account: StaffAccount,
    form: { values: AccountFormValues; errors: FieldError[]; notice?: string },
    status = 200,
  ) => {
    const locked = (await staff.accounts.signInDelays([account], app.clock.now())).get(account.id);
    const statusView = {
      id: account.id,
      storedName: account.displayName,
      factor: factorOf(account),
      lockedUntil: locked ? (await dateTime(ctx.locale))(locked) : null,
      self: account.id === ctx.viewer.staffId,
    };
    const placeChoices = await placesFor(ctx.locale);
    const page = (
      <AccountEditPage
        ctx={ctx}
        t={messagesOf(ctx)}
        status={statusView}
        placeChoices={placeChoices}
        {...form}
      />
    );
    return sendPage(reply, page, status);
  };

  app.get(
    "/verwaltung/konten/:id",
    { config: admin, schema: { params: AccountParams, querystring: Notices } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = messagesOf(ctx);
      const account = await getAccount(staff, request.params.id);
      const values = {
        username: account.username,
        displayName: account.displayName,
        roles: account.roles,
        places: account.places,
        totpRequired: account.totpRequired,
        active: account.active,
      };
      const notice = request.query.entsperrt
        ? t.notices.unlocked
        : request.query.gespeichert
          ? t.notices.saved
          : undefined;
      return renderEdit(ctx, reply, account, { values, errors: [], notice });
    },
  );

  app.post(
    "/verwaltung/konten/:id",
    {
      config: admin,
      schema: { params: AccountParams, body: AccountBody },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = messagesOf(ctx);
      const account = await getAccount(staff, request.params.id);
      const body = request.body;
      const placeKeys = new Set((await placesFor(ctx.locale)).map((p) => p.value));
      const parsed = parseAccountChange(body, { self: account.id === ctx.viewer.staffId }, { placeKeys });
      if (!parsed.ok) {
        const values = {
          username: account.username,
          displayName: body.displayName ?? "",
          roles: checkedValues(body.roles),
          places: checkedValues(body.places),
          totpRequired: Boolean(body.totpRequired),
          active: Boolean(body.active),
        };
        return renderEdit(ctx, reply, account, { values, errors: fieldErrors(t, parsed.problems) }, 400);
      }
      await staff.accounts.update(request.actor(), account.id, parsed.value);
      return reply.redirect(ctx.href("/verwaltung/konten?gespeichert=1"), 303);
    },
  );

  app.post(
    "/verwaltung/konten/:id/entsperren",
    {
      config: admin,
      schema: { params: AccountParams, body: CsrfBody },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const account = await getAccount(staff, request.params.id);
      await staff.accounts.unlock(request.actor(), account.id);
      return reply.redirect(ctx.href(`/verwaltung/konten/${account.id}?entsperrt=1`), 303);
    },
  );
}
