import JSZip from "jszip";
import type { ChartPlan, PlanValue, RangeRef, SheetPlan } from "../../core/summary/plan-types";
import { sheetRef } from "../../core/summary/sheet-ref";
import { a1, CellError, isCellError, parseA1 } from "../../core/workbook/snapshot";

/**
 * Adds the plan's charts to an .xlsx that ExcelJS wrote (ExcelJS 4.4 cannot write charts): for each chart a
 * DrawingML part xl/charts/chartN.xml, one drawing part per sheet holding the charts' anchors, the
 * relationships between them, the sheet's <drawing> element and the content types. Each series carries the
 * plan's cached results, so a viewer that does not recalculate still shows the bars. Same title, type,
 * series and axis format as the Office adapter's chart (src/adapters/office/write-plan.ts `addChart`).
 */
export async function addChartsToXlsx(bytes: Uint8Array, sheets: readonly SheetPlan[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await worksheetParts(zip);
  const types = new ContentTypes(await text(zip, CONTENT_TYPES));
  for (const sheet of withCharts) {
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`The written workbook has no sheet "${sheet.name}" to draw its chart on.`);
    const sheetXml = await text(zip, part);
    if (/<drawing\b/.test(sheetXml)) throw new Error(`The sheet "${sheet.name}" already has a drawing: KC does not add its chart to it.`);
    const drawing = `xl/drawings/drawing${freeNumber(zip, "xl/drawings/drawing")}.xml`;
    const anchors: string[] = [];
    const drawingRels = new Relationships("");
    for (const [i, chart] of sheet.charts.entries()) {
      const chartPart = `xl/charts/chart${freeNumber(zip, "xl/charts/chart")}.xml`;
      zip.file(
        chartPart,
        chartXml(chart, (ref) => cachedValues(ref, sheets)),
      );
      types.override(chartPart, CHART_TYPE);
      anchors.push(anchorXml(chart, drawingRels.add(CHART_REL, `../charts/${basename(chartPart)}`), i + 2));
    }
    zip.file(drawing, drawingXml(anchors));
    zip.file(relsPath(drawing), drawingRels.xml());
    types.override(drawing, DRAWING_TYPE);
    const sheetRels = new Relationships(zip.file(relsPath(part)) ? await text(zip, relsPath(part)) : "");
    const rid = sheetRels.add(DRAWING_REL, `../drawings/${basename(drawing)}`);
    zip.file(relsPath(part), sheetRels.xml());
    zip.file(part, withDrawingElement(sheetXml, rid));
  }
  zip.file(CONTENT_TYPES, types.xml());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CONTENT_TYPES = "[Content_Types].xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_REL = `${REL_NS}/chart`;
const DRAWING_REL = `${REL_NS}/drawing`;
const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The written workbook has no part ${path}.`);
  return file.async("string");
}

/** Sheet name → worksheet part, through xl/workbook.xml and its relationships (never by guessing sheetN). */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for (const rel of (await text(zip, "xl/_rels/workbook.xml.rels")).match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of (await text(zip, "xl/workbook.xml")).match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(sheet, "name");
    const target = targets.get(attribute(sheet, "r:id") ?? "");
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The smallest N ≥ 1 such that `${prefix}N.xml` is not a part yet. */
function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/** A relationships part, existing or new, to which relationships are added under fresh ids. */
class Relationships {
  private readonly entries: string[];
  private readonly ids: Set<string>;

  constructor(existing: string) {
    this.entries = existing.match(/<Relationship\b[^>]*>/g) ?? [];
    this.ids = new Set(this.entries.map((e) => attribute(e, "Id") ?? ""));
  }

  add(type: string, target: string): string {
    let n = 1;
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    this.entries.push(`<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`);
    return id;
  }

  xml(): string {
    return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.entries.join("")}</Relationships>`;
  }
}

class ContentTypes {
  constructor(private source: string) {}

  override(part: string, type: string): void {
    const name = `/${part}`;
    if (this.source.includes(`PartName="${name}"`)) return;
    this.source = this.source.replace("</Types>", `<Override PartName="${name}" ContentType="${type}"/></Types>`);
  }

  xml(): string {
    return this.source;
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** CT_Worksheet's elements that come after <drawing>, in schema order. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The sheet XML with <drawing r:id=…/> at its place in CT_Worksheet's sequence. */
function withDrawingElement(sheetXml: string, rid: string): string {
  const root = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new Error("A worksheet part has no <worksheet> element.");
  let xml = sheetXml;
  if (!root[0].includes(`xmlns:r="${REL_NS}"`)) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${REL_NS}">`));
  const element = `<drawing r:id="${rid}"/>`;
  const later = new RegExp(`<(?:${AFTER_DRAWING.join("|")})\\b`).exec(xml);
  const at = later ? later.index : xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + element + xml.slice(at);
}

type Cached = PlanValue | CellError | undefined;

/** The values a range shows once written: a formula's cached result, else the constant (a link's text). */
function cachedValues(ref: RangeRef, sheets: readonly SheetPlan[]): Cached[] {
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
function chartXml(chart: ChartPlan, valuesOf: (ref: RangeRef) => Cached[]): string {
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
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${REL_NS}"><c:roundedCorners val="0"/><c:chart>` +
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
function anchorXml(chart: ChartPlan, rid: string, id: number): string {
  const from = parseA1(chart.anchor.from);
  const to = parseA1(chart.anchor.to);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.col, from.row)}${marker("to", to.col + 1, to.row + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function drawingXml(anchors: string[]): string {
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`;
}
