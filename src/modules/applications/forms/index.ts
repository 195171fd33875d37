import type { FormDefinition } from "../domain";
import { gewerbeAnmeldung } from "./gewerbe-anmeldung";
import { meldebescheinigung } from "./meldebescheinigung";

export { gewerbeAnmeldung } from "./gewerbe-anmeldung";
export { meldebescheinigung } from "./meldebescheinigung";

/**
 * Every form version the application offers. A version that cases use stays in this list
 * unchanged; a change is a new version beside it.
 */
export const ALL_FORMS: readonly FormDefinition[] = [meldebescheinigung, gewerbeAnmeldung];
