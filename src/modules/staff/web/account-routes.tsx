import type { FastifyInstance } from "fastify";
import type { StaffService } from "../service";

/** Staff accounts and roles (administrators): list, create, edit, reset. */
export async function accountRoutes(_app: FastifyInstance, _opts: { staff: StaffService }) {}
