/** What pure code of other modules may use of the catalogue: services and their groups. */
export { Service, ServiceGroup } from "./service";
