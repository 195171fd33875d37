import type { FormDefinition } from "../domain";
import { abmeldungWohnsitz } from "./abmeldung-wohnsitz";
import { anmeldungWohnsitz } from "./anmeldung-wohnsitz";
import { ausweispflichtBefreiung } from "./ausweispflicht-befreiung";
import { bewohnerparkausweis } from "./bewohnerparkausweis";
import { briefwahl } from "./briefwahl";
import { fundsacheGefunden } from "./fundsache-gefunden";
import { fundsacheVerloren } from "./fundsache-verloren";
import { gewerbeAbmeldung } from "./gewerbe-abmeldung";
import { gewerbeAnmeldung } from "./gewerbe-anmeldung";
import { gewerbeUmmeldung } from "./gewerbe-ummeldung";
import { meldebescheinigung } from "./meldebescheinigung";
import { ummeldungWohnsitz } from "./ummeldung-wohnsitz";

export { abmeldungWohnsitz } from "./abmeldung-wohnsitz";
export { anmeldungWohnsitz } from "./anmeldung-wohnsitz";
export { ausweispflichtBefreiung } from "./ausweispflicht-befreiung";
export { bewohnerparkausweis } from "./bewohnerparkausweis";
export { briefwahl } from "./briefwahl";
export { fundsacheGefunden } from "./fundsache-gefunden";
export { fundsacheVerloren } from "./fundsache-verloren";
export { gewerbeAbmeldung } from "./gewerbe-abmeldung";
export { gewerbeAnmeldung } from "./gewerbe-anmeldung";
export { gewerbeUmmeldung } from "./gewerbe-ummeldung";
export { meldebescheinigung } from "./meldebescheinigung";
export { ummeldungWohnsitz } from "./ummeldung-wohnsitz";

/**
 * Every form version the application offers. A version that cases use stays in this list
 * unchanged; a change is a new version beside it.
 */
export const ALL_FORMS: readonly FormDefinition[] = [
  meldebescheinigung,
  anmeldungWohnsitz,
  ummeldungWohnsitz,
  abmeldungWohnsitz,
  gewerbeAnmeldung,
  gewerbeUmmeldung,
  gewerbeAbmeldung,
  bewohnerparkausweis,
  briefwahl,
  ausweispflichtBefreiung,
  fundsacheVerloren,
  fundsacheGefunden,
];
