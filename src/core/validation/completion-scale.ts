import { Decimal } from "../numbers/decimal-config";
import { bilingual, Bilingual } from "../message";
import { ReadNumber } from "../standard/province-sheet";

/** How a percentage column's numbers are to be read. */
export interface CompletionScale {
  /** "fraction": 0.8841 (a % format or a value ≤ 3); "points": 88.41 (General cells over 3 or text with %). */
  scale: "fraction" | "points";
  reason: Bilingual;
}

/**
 * A percentage may be stored as a fraction under a % format (0.8841 shown 88,41%), typed as text with
 * "%", or typed in percentage points in a General cell (88.41). A General value above 3 cannot be a
 * fraction of a plausible completion (300%), so any such value makes the column's General cells points.
 */
export function completionScaleOf(numbers: readonly ReadNumber[]): CompletionScale | undefined {
  const general = numbers.filter((n) => !n.percentFormat && !n.percentText);
  if (general.length === 0) return undefined;
  const big = general.find((n) => n.value.abs().gt(3));
  return big
    ? {
        scale: "points",
        reason: bilingual(
          `cột tỷ lệ không định dạng %, có giá trị ${big.value.toString().replace(".", ",")} > 3: đọc là điểm phần trăm`,
          `the percentage column has no % format and holds ${big.value.toString()} > 3: read as percentage points`,
        ),
      }
    : {
        scale: "fraction",
        reason: bilingual(
          "cột tỷ lệ không định dạng %, mọi giá trị ≤ 3: đọc là phân số (0,8841 = 88,41%)",
          "the percentage column has no % format and every value is ≤ 3: read as fractions (0.8841 = 88.41%)",
        ),
      };
}

/** A stated percentage as a fraction with its shown decimals, whichever way the cell holds it. */
export function completionAsFraction(n: ReadNumber, scale: CompletionScale | undefined): { value: Decimal; decimals: number } {
  const points = n.percentText || (!n.percentFormat && scale?.scale === "points");
  return points ? { value: n.value.div(100), decimals: n.decimals + 2 } : { value: n.value, decimals: n.decimals };
}
