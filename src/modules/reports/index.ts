export { reportsPlugin } from "./plugin";
