import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { AppError } from "../../../platform/errors";
import { sendPage } from "../../../platform/views/render";
import { type AccountMessages, accountsDe } from "../messages/accounts-de";
import { accountsEn } from "../messages/accounts-en";
import type { StaffAccount } from "../queries";
import type { StaffService } from "../service";
import { AccountPasswordPage } from "./AccountPasswordPage";

/** What the account pages share: texts, parameters, the account lookup and the password page. */

export const ACCOUNT_MESSAGES: Record<Locale, AccountMessages> = { de: accountsDe, en: accountsEn };

// Generous limits: the domain rules give the precise messages next to the fields.
export const formText = z.string().max(2000).optional();
export const AccountParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

/**
 * The account, or a 404 page.
 * @throws AppError not-found
 */
export async function getAccount(staff: StaffService, id: number): Promise<StaffAccount> {
  const account = await staff.accounts.find(id);
  if (!account) throw new AppError("not-found");
  return account;
}

/** Shows a one-time password once; the reply must never be stored anywhere. */
export function sendPassword(reply: FastifyReply, page: Parameters<typeof AccountPasswordPage>[0]) {
  reply.header("cache-control", "no-store");
  return sendPage(reply, <AccountPasswordPage {...page} />);
}
