import { Decimal } from "../numbers/decimal-config";
import { DecimalLike, toDecimal } from "../numbers/interval";
import { formatNumber } from "../numbers/format-vi";
import { Measure, measure } from "../numbers/ratios";
import { Result, success } from "../result";

/**
 * The fixed phrases of khuyến công reports, as data: the writer (KC.PHRASE, TH_BaoCao's formulas)
 * renders them and the narrative checker reads them, so both speak the same words.
 */
export interface PhraseDefinition {
  measure: Measure;
  /** Verb before the percentage, for a value ≥ 0 and for a negative one (growth only differs). */
  verbUp: string;
  verbDown: string;
  /** Words between the percentage and the label ("so với"), empty when none. */
  connector: string;
  defaultLabel: string;
  /** Growth is written as an absolute value after "tăng"/"giảm"; the others as they are. */
  absolute: boolean;
}

export const PHRASES: Record<Measure, PhraseDefinition> = {
  completion: { measure: "completion", verbUp: "đạt", verbDown: "đạt", connector: "so với", defaultLabel: "kế hoạch", absolute: false },
  growth: { measure: "growth", verbUp: "tăng", verbDown: "giảm", connector: "so với", defaultLabel: "năm trước", absolute: true },
  ratio: { measure: "ratio", verbUp: "bằng", verbDown: "bằng", connector: "so với", defaultLabel: "cùng kỳ", absolute: false },
  share: { measure: "share", verbUp: "chiếm", verbDown: "chiếm", connector: "", defaultLabel: "tổng số", absolute: false },
};

export const PHRASE_KINDS = Object.keys(PHRASES) as Measure[];

/** Reads a phrase kind as users type it: "completion", "đạt", "tăng", "cùng kỳ", "tỷ trọng"… */
export function phraseKind(text: string): Measure | undefined {
  const key = text.normalize("NFC").trim().toLocaleLowerCase("vi");
  const aliases: Record<string, Measure> = {
    completion: "completion",
    đạt: "completion",
    dat: "completion",
    "hoàn thành": "completion",
    growth: "growth",
    tăng: "growth",
    giảm: "growth",
    "tăng giảm": "growth",
    tang: "growth",
    giam: "growth",
    ratio: "ratio",
    bằng: "ratio",
    bang: "ratio",
    "cùng kỳ": "ratio",
    "cung ky": "ratio",
    share: "share",
    chiếm: "share",
    chiem: "share",
    "tỷ trọng": "share",
    "ty trong": "share",
  };
  return aliases[key];
}

/** The percentage (in points, already rounded) and verb of a phrase for a measured value. */
export function phraseParts(kind: Measure, value: DecimalLike, decimals = 2): { verb: string; percent: string; negative: boolean } {
  const def = PHRASES[kind];
  const points = toDecimal(value).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = points.isNegative() && !points.isZero();
  const shown = def.absolute ? points.abs() : points;
  return { verb: negative ? def.verbDown : def.verbUp, percent: formatNumber(shown, decimals, "vi"), negative };
}

/** "đạt 88,41% so với kế hoạch", from a measured value (a fraction). */
export function phraseForValue(kind: Measure, value: DecimalLike, label?: string, decimals = 2): string {
  const def = PHRASES[kind];
  const { verb, percent } = phraseParts(kind, value, decimals);
  const tail = [def.connector, (label ?? def.defaultLabel).trim()].filter((s) => s !== "").join(" ");
  return `${verb} ${percent}%${tail ? " " + tail : ""}`.normalize("NFC");
}

/** The phrase for two figures: phrase("growth", 80.3, 72.59, "năm 2023") → "tăng 10,62% so với năm 2023". */
export function phrase(kind: Measure, numerator: DecimalLike, denominator: DecimalLike, label?: string, decimals = 2): Result<string> {
  const value = measure(kind, numerator, denominator);
  if (!value.ok) return value;
  return success(phraseForValue(kind, value.value, label, decimals));
}
