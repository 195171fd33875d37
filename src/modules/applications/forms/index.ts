import type { FormDefinition } from "../domain";
import { ausweispflichtBefreiung } from "./ausweispflicht-befreiung";
import { bewohnerparkausweis } from "./bewohnerparkausweis";
import { briefwahl } from "./briefwahl";
import { fundsacheVerloren } from "./fundsache-verloren";
import { gewerbeAnmeldung } from "./gewerbe-anmeldung";
import { meldebescheinigung } from "./meldebescheinigung";

export { ausweispflichtBefreiung } from "./ausweispflicht-befreiung";
export { bewohnerparkausweis } from "./bewohnerparkausweis";
export { briefwahl } from "./briefwahl";
export { fundsacheVerloren } from "./fundsache-verloren";
export { gewerbeAnmeldung } from "./gewerbe-anmeldung";
export { meldebescheinigung } from "./meldebescheinigung";

/**
 * Every form version the application offers. A version that cases use stays in this list
 * unchanged; a change is a new version beside it.
 */
export const ALL_FORMS: readonly FormDefinition[] = [
  meldebescheinigung,
  gewerbeAnmeldung,
  bewohnerparkausweis,
  briefwahl,
  ausweispflichtBefreiung,
  fundsacheVerloren,
];
