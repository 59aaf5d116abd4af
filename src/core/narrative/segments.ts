import { MoneyUnit } from "../numbers/units";
import { formatAmount } from "../numbers/format-vi";
import { Measure, measure } from "../numbers/ratios";
import { phraseForValue } from "./phrases";

/**
 * A paragraph of a report as data: literal words and figures named by key. The text renderer below
 * writes it from numbers (the CLI, the task pane, the checker's round trip); the summary's formula
 * renderer writes the same segments as an Excel formula over the cells that hold the figures, so the
 * paragraph in TH_BaoCao follows the workbook.
 */
export type Segment =
  | { kind: "text"; text: string }
  | { kind: "amount"; figure: string; decimals: number; unit: MoneyUnit }
  | { kind: "count"; figure: string }
  | { kind: "phrase"; measure: Measure; numerator: string; denominator: string; label?: string; decimals: number };

export type Figures = Readonly<Record<string, number>>;

/** What a phrase says when its denominator is zero. */
export const UNDETERMINED_PHRASE = "không xác định";

/** Writes a paragraph from figures; a phrase whose denominator is zero is written as "không xác định". */
export function renderSegmentsText(segments: readonly Segment[], figures: Figures): string {
  const value = (key: string) => {
    const v = figures[key];
    if (v === undefined) throw new RangeError(`No figure named ${key}`);
    return v;
  };
  return segments
    .map((s) => {
      switch (s.kind) {
        case "text":
          return s.text;
        case "amount":
          return formatAmount(value(s.figure), s.decimals, s.unit);
        case "count":
          return String(Math.round(value(s.figure)));
        case "phrase": {
          const m = measure(s.measure, value(s.numerator), value(s.denominator));
          return m.ok ? phraseForValue(s.measure, m.value, s.label, s.decimals) : UNDETERMINED_PHRASE;
        }
      }
    })
    .join("")
    .normalize("NFC");
}
