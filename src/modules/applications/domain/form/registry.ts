import { defineForm, FormDefinitionError } from "./define-form";
import type { FormDefinition } from "./definition";
import { canonicalJson } from "./fingerprint";

/** A form version as the application knows it, with the fingerprint of its definition. */
export interface RegisteredForm {
  definition: FormDefinition;
  /** the caller's hash of `canonicalJson(definition)`: the same as long as nothing changes */
  fingerprint: string;
}

/** Every form version the application offers, by service key and version. */
export interface FormRegistry {
  list(): readonly RegisteredForm[];
  /** the newest version of the service's form, or undefined when the service has none */
  findLatest(serviceKey: string): RegisteredForm | undefined;
  /** that version of the service's form, or undefined */
  find(serviceKey: string, version: number): RegisteredForm | undefined;
  /** @throws Error when the service has no form of that version (a case refers to it) */
  get(serviceKey: string, version: number): RegisteredForm;
}

/**
 * Checks every definition again (so that one built without `defineForm` is refused too) and
 * indexes them; two definitions of the same service and version are refused.
 * @throws FormDefinitionError naming every wrong definition
 */
export function createFormRegistry(
  definitions: readonly FormDefinition[],
  fingerprintOf: (canonical: string) => string,
): FormRegistry {
  const problems: string[] = [];
  const byKey = new Map<string, Map<number, RegisteredForm>>();
  for (const input of definitions) {
    let definition: FormDefinition;
    try {
      definition = defineForm(input);
    } catch (error) {
      if (error instanceof FormDefinitionError) problems.push(...error.problems);
      else throw error;
      continue;
    }
    const versions = byKey.get(definition.serviceKey) ?? new Map<number, RegisteredForm>();
    if (versions.has(definition.version)) {
      problems.push(`form "${definition.serviceKey}" (version ${definition.version}): defined twice`);
    }
    versions.set(definition.version, { definition, fingerprint: fingerprintOf(canonicalJson(definition)) });
    byKey.set(definition.serviceKey, versions);
  }
  if (problems.length > 0) throw new FormDefinitionError(problems);

  const all = [...byKey.values()].flatMap((versions) => [...versions.values()]);
  const find = (serviceKey: string, version: number) => byKey.get(serviceKey)?.get(version);
  return {
    list: () => all,
    findLatest(serviceKey) {
      const versions = byKey.get(serviceKey);
      if (!versions) return undefined;
      return versions.get(Math.max(...versions.keys()));
    },
    find,
    get(serviceKey, version) {
      const found = find(serviceKey, version);
      if (!found) throw new Error(`no form "${serviceKey}" of version ${version}`);
      return found;
    },
  };
}
