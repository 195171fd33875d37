/** What pure code of other modules may use of locations: places and districts. */
export { District, Location, LocationKind } from "./location";
