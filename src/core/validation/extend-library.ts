import { RuleLibrary } from "../rules/schema";

/**
 * A user's rule pack extends the built-in library: its packs are added, and a pack with the id of a
 * built-in one replaces it (to drop a built-in pack, ship one with its id and no ceilings).
 */
export function extendRuleLibrary(base: RuleLibrary, extra: RuleLibrary): RuleLibrary {
  const ids = new Set(extra.packs.map((p) => p.id));
  return { version: `${base.version}+${extra.version}`, packs: [...base.packs.filter((p) => !ids.has(p.id)), ...extra.packs] };
}
