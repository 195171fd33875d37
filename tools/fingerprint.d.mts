/** What goes into dist/: paths relative to the project root. */
export const BUILD_INPUTS: readonly string[];
/** A hash of the named files and directories below `root`, test files left out. */
export function fingerprint(root: string, inputs?: readonly string[]): string;
