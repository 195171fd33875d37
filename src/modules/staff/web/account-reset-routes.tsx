import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { sendPage } from "../../../platform/views/render";
import { ACCESS } from "../domain/roles";
import type { StaffService } from "../service";
import { AccountResetPage } from "./AccountResetPage";
import { ACCOUNT_MESSAGES, AccountParams, formText, getAccount, sendPassword } from "./account-support";
import { backOfficeContext } from "./back-office-context";

const ResetBody = z.object({ _csrf: CsrfField, scope: formText });

/** What a reset replaces: the password alone, or the second factor too (a lost phone). */
const RESET_SCOPES = ["password", "password-and-totp"] as const;

/**
 * An administrator's reset of someone's password (and, for a lost phone, second factor):
 * a page that asks first, then the new one-time password, shown once.
 */
export async function accountResetRoutes(instance: FastifyInstance, { staff }: { staff: StaffService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const admin = { access: ACCESS.admin };

  app.get(
    "/verwaltung/konten/:id/zuruecksetzen",
    { config: admin, schema: { params: AccountParams } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const account = await getAccount(staff, request.params.id);
      const self = account.id === ctx.viewer.staffId;
      const page = (
        <AccountResetPage
          ctx={ctx}
          t={ACCOUNT_MESSAGES[ctx.locale]}
          account={account}
          scope="password"
          errors={[]}
          self={self}
        />
      );
      return sendPage(reply, page, self ? 409 : 200);
    },
  );

  app.post(
    "/verwaltung/konten/:id/zuruecksetzen",
    {
      config: admin,
      schema: { params: AccountParams, body: ResetBody },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = ACCOUNT_MESSAGES[ctx.locale];
      const account = await getAccount(staff, request.params.id);
      const self = account.id === ctx.viewer.staffId;
      const scope = RESET_SCOPES.find((s) => s === request.body.scope);
      if (self || !scope) {
        const errors = self || scope ? [] : [{ field: "scope", message: t.problems.scopeMissing }];
        const page = (
          <AccountResetPage
            ctx={ctx}
            t={t}
            account={account}
            scope={request.body.scope}
            errors={errors}
            self={self}
          />
        );
        return sendPage(reply, page, self ? 409 : 400);
      }
      const totp = scope === "password-and-totp";
      const password = await staff.accounts.reset(request.actor(), account.id, { totp });
      return sendPassword(reply, {
        ctx,
        t,
        kind: "reset",
        displayName: account.displayName,
        username: account.username,
        password,
        enrolsTotp: account.totpRequired && (totp || !account.totpEnrolled),
      });
    },
  );
}
