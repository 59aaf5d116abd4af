import { Segment } from "./segments";

/**
 * The paragraphs of the regional report (docs/domain.md) as segments over named figures, in tỷ đồng:
 *
 *   "Năm 2023 tổng kinh phí khuyến công thực hiện của 19 tỉnh, thành phố khu vực phía Nam là 64,18 tỷ
 *    đồng, đạt 88,41% so với kế hoạch năm, bằng 105,2% so với cùng kỳ. Trong đó: Tổng kinh phí khuyến
 *    công quốc gia (KCQG) thực hiện là 21,05 tỷ đồng, đạt 93,6% so với kế hoạch; Tổng kinh phí khuyến
 *    công địa phương (KCĐP) thực hiện là 43,13 tỷ đồng, đạt 86,2% so với kế hoạch."
 *   "Năm 2023 tổng kế hoạch kinh phí khuyến công của 19 tỉnh, thành phố khu vực phía Nam là 80,3 tỷ
 *    đồng, tăng 10,62% so với kế hoạch năm 2022."
 *
 * The phrase words (đạt, tăng/giảm, bằng, so với) come from PHRASES through the phrase segments.
 * TH_BaoCao writes the same segments as formulas; the CLI and the demo render them as text.
 */

/** The figures the paragraphs name; each is a regional total in tỷ đồng, except the count. */
export type RegionalFigure =
  "provinces" | "totalPlan" | "totalActual" | "kcqgPlan" | "kcqgActual" | "kcdpPlan" | "kcdpActual" | "sameLastYear" | "previousPlan";

export interface RegionalReportInput {
  year: number;
  /** Months covered (12 for the whole year) and how the period is written ("9 tháng"). */
  period: { months: number; text: string };
  /** "khu vực phía Nam"; omitted when unknown. */
  region?: string;
  /** Every province sheet states the same period of the previous year: the "cùng kỳ" phrase is written. */
  hasSameLastYear: boolean;
  /** Every province sheet states the previous year's plan: the plan growth paragraph is written. */
  hasPreviousPlan: boolean;
  /** The comparison year's figures were summed onto the report year's units (2024's 63 provinces onto 2025's 34). */
  rebased?: { comparisonYear: number };
}

/** The sentence saying the comparison is on the new boundaries (after the merger of 1/7/2025). */
function rebasedSentence(input: RegionalReportInput): string {
  return ` Số liệu năm ${input.rebased!.comparisonYear} được so sánh theo địa giới hành chính 34 tỉnh, thành phố từ ngày 01/7/2025 (số của các tỉnh cũ cộng vào tỉnh mới).`;
}

const AMOUNT = { decimals: 2, unit: "ty" } as const;

/** "Năm 2023" for a whole year, "9 tháng năm 2024" for part of one. */
export function periodOpening(input: Pick<RegionalReportInput, "year" | "period">): string {
  return input.period.months >= 12 ? `Năm ${input.year}` : `${input.period.text} năm ${input.year}`;
}

export function regionalReportSegments(input: RegionalReportInput): Segment[][] {
  const opening = periodOpening(input);
  const partial = input.period.months < 12;
  const whose = (): Segment[] => [
    { kind: "text", text: " của " },
    { kind: "count", figure: "provinces" },
    { kind: "text", text: ` tỉnh, thành phố${input.region ? " " + input.region.trim() : ""} là ` },
  ];
  const execution: Segment[] = [
    { kind: "text", text: `${opening}${partial ? "," : ""} tổng kinh phí khuyến công thực hiện` },
    ...whose(),
    { kind: "amount", figure: "totalActual", ...AMOUNT },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "completion", numerator: "totalActual", denominator: "totalPlan", label: "kế hoạch năm", decimals: 2 },
    ...(input.hasSameLastYear
      ? ([
          { kind: "text", text: ", " },
          { kind: "phrase", measure: "ratio", numerator: "totalActual", denominator: "sameLastYear", label: "cùng kỳ", decimals: 2 },
        ] as Segment[])
      : []),
    { kind: "text", text: ". Trong đó: Tổng kinh phí khuyến công quốc gia (KCQG) thực hiện là " },
    { kind: "amount", figure: "kcqgActual", ...AMOUNT },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "completion", numerator: "kcqgActual", denominator: "kcqgPlan", label: "kế hoạch", decimals: 2 },
    { kind: "text", text: "; Tổng kinh phí khuyến công địa phương (KCĐP) thực hiện là " },
    { kind: "amount", figure: "kcdpActual", ...AMOUNT },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "completion", numerator: "kcdpActual", denominator: "kcdpPlan", label: "kế hoạch", decimals: 2 },
    { kind: "text", text: "." },
    ...(input.rebased && (input.hasSameLastYear || input.hasPreviousPlan) ? ([{ kind: "text", text: rebasedSentence(input) }] as Segment[]) : []),
  ];
  const paragraphs = [execution];
  if (input.hasPreviousPlan) {
    paragraphs.push([
      { kind: "text", text: `${opening}${partial ? "," : ""} tổng kế hoạch kinh phí khuyến công` },
      ...whose(),
      { kind: "amount", figure: "totalPlan", ...AMOUNT },
      { kind: "text", text: ", " },
      { kind: "phrase", measure: "growth", numerator: "totalPlan", denominator: "previousPlan", label: `kế hoạch năm ${input.year - 1}`, decimals: 2 },
      { kind: "text", text: "." },
    ]);
  }
  return paragraphs.map((p) => p.map((s) => (s.kind === "text" ? { ...s, text: s.text.normalize("NFC") } : s)));
}
