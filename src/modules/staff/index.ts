export { type AccountInput, StaffAccounts } from "./account-service";
export { currentTotpCode } from "./credentials";
export { Username } from "./domain/credentials";
export { type PlaceScope, placeScopeOf, worksAt } from "./domain/places";
export { ACCESS, type Access, ROLES, Role } from "./domain/roles";
export { BACK_OFFICE_PATH, type BackOfficeRoute, STAFF_COOKIE } from "./guard";
export { staffPlugin } from "./plugin";
export type { StaffAccount } from "./queries";
export { StaffService } from "./service";
export { BackOfficeLayout } from "./web/BackOfficeLayout";
export {
  type BackOfficeContext,
  backOfficeContext,
  STAFF_MESSAGES,
  type Viewer,
} from "./web/back-office-context";
