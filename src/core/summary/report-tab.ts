import { Lang } from "../message";
import { regionalReportSegments, RegionalReportInput } from "../narrative/regional-report";
import { renderSegmentsText } from "../narrative/segments";
import { FundingTotals } from "./funding-tab";
import { segmentsFormula } from "./segment-formula";
import { SheetDraft, SUBTITLE_ROW, TITLE_ROW } from "./sheet-draft";
import { label } from "./tab-labels";

const FIRST_ROW = 3;
// A comfortable line length for reading the paragraphs on screen.
export const PARAGRAPH_WIDTH = 90;

/**
 * TH_BaoCao: the regional report's paragraphs, one cell each, each ONE formula over TH_KinhPhi's total
 * row, with the text KC computed from the same figures cached as its result. The paragraphs are
 * Vietnamese whatever the language of the headers: they are the report's text.
 */
export function buildReportTab(
  fundingName: string,
  totals: FundingTotals,
  input: Omit<RegionalReportInput, "hasSameLastYear" | "hasPreviousPlan">,
  lang: Lang,
  heading: string,
): { draft: SheetDraft; paragraphs: string[] } {
  const draft = new SheetDraft("report");
  draft.text(TITLE_ROW, 0, heading, ["title"]);
  draft.text(SUBTITLE_ROW, 0, `${label("reportNote", lang)} ${fundingName}.`, ["subtitle"]);
  const segments = regionalReportSegments({ ...input, hasSameLastYear: totals.hasSameLastYear, hasPreviousPlan: totals.hasPreviousPlan });
  const figures = Object.fromEntries(Object.entries(totals.values).map(([k, v]) => [k, v.toNumber()]));
  const paragraphs = segments.map((p) => renderSegmentsText(p, figures));
  segments.forEach((p, i) => {
    draft.set(FIRST_ROW + i, 0, { formula: segmentsFormula(p, totals.refs), result: paragraphs[i], styles: ["paragraph"] });
  });
  draft.widthsFrom([PARAGRAPH_WIDTH]);
  return { draft, paragraphs };
}
