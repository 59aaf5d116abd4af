import { tokenTypes } from "@borgar/fx";
import { ParsedFormula } from "./formula";

/**
 * How two formulas differ once written relative to their cells (R1C1): not at all; only in references
 * (a range one row short, a column off); only in numeric literals (a constant, a power of ten); in both;
 * or in their structure (other functions, operators or number of terms), when they are not the same
 * formula at all. `count` is the number of tokens that differ: the size of the fix.
 */
export interface ShapeDifference {
  kind: "same" | "references" | "constants" | "mixed" | "structure";
  count: number;
  /** The literals that differ, suspect's then region's, for the constants kind. */
  constants: [number, number][];
}

const REFERENCE_KINDS = new Set<string>([tokenTypes.REF_RANGE, tokenTypes.REF_BEAM, tokenTypes.REF_TERNARY]);

export function shapeDifference(suspect: ParsedFormula, region: ParsedFormula): ShapeDifference {
  if (suspect.shape === region.shape) return { kind: "same", count: 0, constants: [] };
  const a = suspect.shapeTokens;
  const b = region.shapeTokens;
  if (a.length !== b.length) return { kind: "structure", count: Math.abs(a.length - b.length) + 1, constants: [] };
  let references = 0;
  let literals = 0;
  const constants: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const ka = suspect.tokenKinds[i];
    const kb = region.tokenKinds[i];
    if (REFERENCE_KINDS.has(ka) && REFERENCE_KINDS.has(kb)) references++;
    else if (ka === tokenTypes.NUMBER && kb === tokenTypes.NUMBER) {
      literals++;
      constants.push([Number(a[i]), Number(b[i])]);
    } else return { kind: "structure", count: a.length, constants: [] };
  }
  const kind = references > 0 && literals > 0 ? "mixed" : references > 0 ? "references" : "constants";
  return { kind, count: references + literals, constants };
}
