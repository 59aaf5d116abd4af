import type { Lang } from "../core/message";
import { RULE_CATALOG, RuleDefinition } from "../core/validation/catalog";

/** A rule's short title ("Số dạng văn bản"), or its id when the catalog does not know it. */
export function ruleTitle(rule: string, lang: Lang): string {
  const definition = (RULE_CATALOG as Record<string, RuleDefinition | undefined>)[rule];
  return definition ? definition.title[lang] : rule;
}
