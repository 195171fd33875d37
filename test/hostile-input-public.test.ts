import { describeHostileInput } from "./helpers/hostile-suite";

// Every public route (citizen pages, forms, API, assets): thousands of hostile requests each.
describeHostileInput("hostile input on public routes", (route) => !/^(\/en)?\/verwaltung/.test(route.url));
