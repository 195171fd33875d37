import { describeHostileInput } from "./helpers/hostile-suite";

// Every back-office route, signed in with every role: thousands of hostile requests each.
describeHostileInput("hostile input on back-office routes", (route) =>
  /^(\/en)?\/verwaltung/.test(route.url),
);
