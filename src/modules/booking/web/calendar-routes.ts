import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentService } from "../appointment-service";
import { TokenParams } from "./flow-support";

/**
 * The booked appointment as a calendar file (`text/calendar`), linked from the confirmation
 * page and the manage page and authorised by the same secret link as the page. Never stored
 * by a cache: the file names the resident's appointment and the link to manage it.
 */
export async function calendarRoutes(instance: FastifyInstance, opts: { appointments: AppointmentService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { appointments } = opts;

  async function send(reply: FastifyReply, a: AppointmentView | undefined, manageToken?: string) {
    if (a?.status !== "confirmed") return reply.callNotFound();
    const file = await appointments.calendarFile(a, manageToken);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="${file.filename}"`)
      .type("text/calendar; charset=utf-8")
      .send(file.content);
  }

  app.get(
    "/termin/r/:token/termin.ics",
    { schema: { params: TokenParams, hide: true } },
    async (request, reply) => send(reply, await appointments.byHoldToken(request.params.token)),
  );

  app.get(
    "/termin/verwalten/:token/termin.ics",
    { schema: { params: TokenParams, hide: true } },
    async (request, reply) =>
      send(reply, await appointments.byManageToken(request.params.token), request.params.token),
  );
}
