import { checkText } from "../src/core/narrative/check-text";
import { regionalReportSegments } from "../src/core/narrative/regional-report";
import { renderSegmentsText } from "../src/core/narrative/segments";
import { machineLine, markdownTable, writeBenchSection } from "./report";

/** A report of `paragraphs` regional paragraph pairs with varied, consistent figures. */
function reportText(paragraphs: number): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const kcqgPlan = 20 + (i % 7) * 1.37;
    const kcdpPlan = 50 + (i % 11) * 2.11;
    const figures = {
      provinces: 19,
      kcqgPlan,
      kcdpPlan,
      totalPlan: kcqgPlan + kcdpPlan,
      kcqgActual: kcqgPlan * 0.93,
      kcdpActual: kcdpPlan * 0.86,
      totalActual: kcqgPlan * 0.93 + kcdpPlan * 0.86,
      sameLastYear: 58.02 + i / 10,
      previousPlan: 65.62 + i / 10,
    };
    const segments = regionalReportSegments({ year: 2000 + (i % 30), period: { months: 12, text: "Cả năm" }, hasSameLastYear: true, hasPreviousPlan: true });
    out.push(...segments.map((s) => renderSegmentsText(s, figures)));
  }
  return out.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** checkText time by text size: a regional report is a few paragraphs; a full annual report about 100. */
export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const paragraphs of [1, 10, 100, 1000]) {
    const text = reportText(paragraphs);
    const repeats = paragraphs >= 1000 ? 3 : paragraphs >= 100 ? 5 : 50;
    const times: number[] = [];
    let claims = 0;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      claims = checkText(text).length;
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    rows.push([paragraphs * 2, text.length.toLocaleString("en"), claims, ms.toFixed(2), Math.round((text.length / ms) * 1000).toLocaleString("en")]);
  }
  writeBenchSection(
    "check-text",
    `## checkText (narrative checker)\n\n${machineLine()}\n\nMedian time of \`checkText\` over regional report paragraphs rendered by regional-report.ts.\n\n` +
      markdownTable(["Paragraphs", "Characters", "Claims", "Median ms", "Characters / s"], rows),
  );
}
