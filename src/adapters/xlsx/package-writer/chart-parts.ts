import type { ChartPlan, PlanValue, RangeRef, SheetPlan } from "../../../core/summary/plan-types";
import { sheetRef } from "../../../core/summary/sheet-ref";
import { a1, CellError, isCellError, parseA1 } from "../../../core/workbook/snapshot";
import { OoxmlNamespaces, TRANSITIONAL } from "./namespaces";
import { XML_DECLARATION } from "./relationships";
import { ooxmlEscape } from "./ooxml-text";
import { escapeAttribute } from "./xml-spans";

/**
 * The DrawingML of the plan's charts: per chart a chart part (c:chartSpace of a clustered bar or column
 * chart), per sheet a drawing part holding the charts' anchors. Each series carries the plan's cached
 * results, so a viewer that does not recalculate still shows the bars. Same title, type, series and axis
 * format as the Office adapter's chart (src/adapters/office/write-plan.ts `addChart`).
 */

/** Text in an element or attribute of a chart part: what XML cannot hold escaped as SpreadsheetML does. */
const escapeXml = (s: string) => escapeAttribute(ooxmlEscape(s));

type Cached = PlanValue | CellError | undefined;

/** The values a range shows once written: a formula's cached result, else the constant (a link's text). */
export function cachedValues(ref: RangeRef, sheets: readonly SheetPlan[]): Cached[] {
  const sheet = sheets.find((s) => s.name === ref.sheet);
  const cells = new Map(sheet?.cells.map((c) => [c.address, c.formula !== undefined ? c.result : c.value]));
  const from = parseA1(ref.from);
  const to = parseA1(ref.to);
  const out: Cached[] = [];
  for (let row = from.row; row <= to.row; row++) for (let col = from.col; col <= to.col; col++) out.push(cells.get(a1(row, col)));
  return out;
}

function absoluteRange(ref: RangeRef): string {
  const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/i, "$$$1$$$2");
  return sheetRef(ref.sheet, `${absolute(ref.from)}:${absolute(ref.to)}`);
}

function strCache(values: Cached[]): string {
  const points = values.map((v, i) => (v === null || v === undefined || isCellError(v) ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`));
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache>`;
}

function numCache(values: Cached[], format: string): string {
  const points = values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""));
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache>`;
}

function richText(text: string, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr${bold ? ' b="1"' : ""}/></a:pPr><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const CAT_AX = 500001;
const VAL_AX = 500002;

/** c:chartSpace of a clustered bar (or column) chart, one series per plan series, no 3-D. */
export function chartXml(chart: ChartPlan, valuesOf: (ref: RangeRef) => Cached[], ns: OoxmlNamespaces = TRANSITIONAL): string {
  const format = chart.percent ? "0%" : "General";
  const categories = valuesOf(chart.categories);
  const series = chart.series.map(
    (s, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeXml(absoluteRange(chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(absoluteRange(s.values))}</c:f>${numCache(valuesOf(s.values), format)}</c:numRef></c:val></c:ser>`,
  );
  const horizontal = chart.type === "bar";
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${richText(chart.title, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="80"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    // A horizontal bar chart lists its first category at the bottom: reverse it so bars read in the
    // table's order, and keep the value axis at the bottom (it crosses at the last category).
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    (chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The chart over the plan's anchor cells: from the top-left corner of `from` to the bottom-right corner of `to`. */
export function anchorXml(chart: ChartPlan, rid: string, id: number, ns: OoxmlNamespaces = TRANSITIONAL): string {
  const from = parseA1(chart.anchor.from);
  const to = parseA1(chart.anchor.to);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.col, from.row)}${marker("to", to.col + 1, to.row + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${ns.chart}">` +
    `<c:chart xmlns:c="${ns.chart}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(anchors: string[], ns: OoxmlNamespaces = TRANSITIONAL): string {
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}">${anchors.join("")}</xdr:wsDr>`;
}
