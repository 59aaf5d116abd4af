import type * as z from "zod/mini";
import { bilingual } from "../message";
import { failure, Result, success } from "../result";
import builtInPacks from "./packs.json";
import { RuleLibrary, ruleLibrarySchema } from "./schema";

/** Validates rule-pack data, naming the path of the first bad field in both languages. */
export function loadRuleLibrary(data: unknown, source = "rule pack"): Result<RuleLibrary> {
  const parsed = ruleLibrarySchema.safeParse(data);
  if (parsed.success) return success(parsed.data);
  return failure("value", describeIssues(parsed.error, source));
}

function describeIssues(error: z.core.$ZodError, source: string) {
  const lines = error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(gốc/root)"}: ${i.message}`);
  return bilingual(`Gói quy định "${source}" không hợp lệ: ${lines.join("; ")}`, `Rule pack "${source}" is invalid: ${lines.join("; ")}`);
}

let builtIn: RuleLibrary | undefined;

/** The rule packs shipped with the product (TT 28/2018, TTLT 26/2014, provincial examples). */
export function builtInRuleLibrary(): RuleLibrary {
  if (!builtIn) {
    const loaded = loadRuleLibrary(builtInPacks, "built-in");
    if (!loaded.ok) throw new Error(loaded.message.en);
    builtIn = loaded.value;
  }
  return builtIn;
}
