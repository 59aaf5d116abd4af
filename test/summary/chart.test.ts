import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, posix } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseStringPromise } from "xml2js";
import { writeSummaryToPackage } from "../../scripts/summarize-workbook";
import { summarizeWorkbook } from "../../scripts/summarize-workbook";
import { SheetPlan, SummaryPlan } from "../../src/core/summary/plan-types";
import { convertWithLibreOffice, readFormulaResults } from "./libreoffice";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");
const CHART_TITLE = "Tỷ lệ đạt kế hoạch theo địa phương";

/* eslint-disable @typescript-eslint/no-explicit-any -- xml2js returns untyped trees */
type Xml = any;

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async("string"));
  return out;
}

const xmlOf = (text: string): Promise<Xml> => parseStringPromise(text);

/**
 * What is wrong with a package: an XML part that does not parse, a relationship whose target is not a
 * part, a part without a content type.
 */
async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const parts = await partsOf(bytes);
  const problems: string[] = [];
  for (const [name, text] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    await xmlOf(text).catch((e: Error) => problems.push(`${name} does not parse: ${e.message}`));
  }
  for (const [name, text] of parts) {
    if (!name.endsWith(".rels")) continue;
    const source = posix.dirname(posix.dirname(name)); // xl/worksheets/_rels/x.rels → xl/worksheets
    for (const rel of (await xmlOf(text)).Relationships.Relationship ?? []) {
      if (rel.$.TargetMode === "External") continue;
      const target = rel.$.Target.startsWith("/") ? rel.$.Target.slice(1) : posix.normalize(posix.join(source === "." ? "" : source, rel.$.Target));
      if (!parts.has(target)) problems.push(`${name} ${rel.$.Id} → ${target}: no such part`);
    }
  }
  const types = (await xmlOf(parts.get("[Content_Types].xml")!)).Types;
  const overrides = new Set((types.Override ?? []).map((o: Xml) => o.$.PartName.slice(1)));
  const defaults = new Set((types.Default ?? []).map((d: Xml) => d.$.Extension.toLowerCase()));
  for (const name of parts.keys()) {
    if (name !== "[Content_Types].xml" && !overrides.has(name) && !defaults.has(name.slice(name.lastIndexOf(".") + 1).toLowerCase()))
      problems.push(`${name}: no content type`);
  }
  return problems;
}

/** Worksheet part of each sheet name, through workbook.xml and its relationships. */
async function sheetPart(parts: Map<string, string>, sheet: string): Promise<string> {
  const rels = (await xmlOf(parts.get("xl/_rels/workbook.xml.rels")!)).Relationships.Relationship as Xml[];
  const entry = (await xmlOf(parts.get("xl/workbook.xml")!)).workbook.sheets[0].sheet.find((s: Xml) => s.$.name === sheet);
  return `xl/${rels.find((r) => r.$.Id === entry.$["r:id"]).$.Target}`;
}

const chartParts = (parts: Map<string, string>) => [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
const drawingElements = (sheetXml: string) => sheetXml.match(/<drawing\b[^>]*\/>/g) ?? [];

async function summarizedSample(): Promise<{ plan: SummaryPlan; input: Uint8Array; charted: Uint8Array }> {
  const input = new Uint8Array(readFileSync(SAMPLE));
  const { plan, output } = await summarizeWorkbook(input, { lang: "vi", name: "sample", region: "khu vực phía Nam" });
  return { plan, input, charted: output };
}

describe("the summary's chart, written into the package", () => {
  let sample: Awaited<ReturnType<typeof summarizedSample>>;
  let parts: Map<string, string>;
  beforeAll(async () => {
    sample = await summarizedSample();
    parts = await partsOf(sample.charted);
  });

  it("leaves a well-formed package: parts parse, relationships resolve, content types cover every part", async () => {
    expect(await packageProblems(sample.charted)).toEqual([]);
    const types = parts.get("[Content_Types].xml")!;
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
  });

  it("puts one <drawing> in TH_KinhPhi after its page setup, pointing at the drawing that holds the chart", async () => {
    const part = await sheetPart(parts, "TH_KinhPhi");
    const xml = parts.get(part)!;
    expect(drawingElements(xml)).toHaveLength(1);
    // CT_Worksheet order: after pageMargins, last here (nothing later in the sheet).
    expect(xml).toMatch(/<pageMargins\b[^>]*\/><drawing r:id="rId\d+"\/><\/worksheet>$/);
    const rels = (await xmlOf(parts.get(part.replace(/([^/]+)$/, "_rels/$1.rels"))!)).Relationships.Relationship as Xml[];
    expect(rels.map((r) => [r.$.Type.replace(/.*\//, ""), r.$.Target])).toEqual([["drawing", "../drawings/drawing1.xml"]]);
  });

  it("draws the plan's chart: clustered bars, one series per plan series, references and cached values of TH_KinhPhi, 0% axis, no 3-D", async () => {
    const [chart] = sample.plan.sheets.find((s) => s.name === "TH_KinhPhi")!.charts;
    expect(chartParts(parts)).toEqual(["xl/charts/chart1.xml"]);
    const xml = parts.get("xl/charts/chart1.xml")!;
    expect(xml).not.toMatch(/view3D|bar3DChart/);
    const space = (await xmlOf(xml))["c:chartSpace"]["c:chart"][0];
    expect(space["c:title"][0]["c:tx"][0]["c:rich"][0]["a:p"][0]["a:r"][0]["a:t"][0]).toBe(CHART_TITLE);
    const bar = space["c:plotArea"][0]["c:barChart"][0];
    expect(bar["c:barDir"][0].$.val).toBe("bar");
    expect(bar["c:grouping"][0].$.val).toBe("clustered");
    expect(bar["c:axId"].map((x: Xml) => x.$.val)).toEqual([
      space["c:plotArea"][0]["c:catAx"][0]["c:axId"][0].$.val,
      space["c:plotArea"][0]["c:valAx"][0]["c:axId"][0].$.val,
    ]);
    expect(space["c:plotArea"][0]["c:valAx"][0]["c:numFmt"][0].$.formatCode).toBe("0%");
    // Provinces read top-down in the table's order, the value axis below them.
    expect(space["c:plotArea"][0]["c:catAx"][0]["c:scaling"][0]["c:orientation"][0].$.val).toBe("maxMin");
    expect(space["c:plotArea"][0]["c:valAx"][0]["c:crosses"][0].$.val).toBe("max");

    // The cached values are what the written cells hold: names as ExcelJS reads them, rates from the sheet XML.
    const results = (await readTemp(sample.charted, readFormulaResults)).get("TH_KinhPhi")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sample.charted as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("TH_KinhPhi")!;
    const text = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : v);
    const rows = Array.from({ length: 23 }, (_, i) => 6 + i);
    const series = bar["c:ser"] as Xml[];
    expect(series.map((s) => s["c:tx"][0]["c:v"][0])).toEqual(chart.series.map((s) => s.name));
    expect(series.map((s) => s["c:val"][0]["c:numRef"][0]["c:f"][0])).toEqual(["TH_KinhPhi!$D$6:$D$28", "TH_KinhPhi!$G$6:$G$28", "TH_KinhPhi!$J$6:$J$28"]);
    for (const [i, s] of series.entries()) {
      const cat = s["c:cat"][0]["c:strRef"][0];
      expect(cat["c:f"][0]).toBe("TH_KinhPhi!$A$6:$A$28");
      expect(cat["c:strCache"][0]["c:pt"].map((p: Xml) => p["c:v"][0])).toEqual(rows.map((r) => text(ws.getCell(`A${r}`).value)));
      const column = "DGJ"[i];
      const cache = s["c:val"][0]["c:numRef"][0]["c:numCache"][0];
      const points = new Map((cache["c:pt"] as Xml[]).map((p) => [Number(p.$.idx), Number(p["c:v"][0])]));
      const expected = new Map(rows.flatMap((r, k) => (typeof results.get(`${column}${r}`) === "number" ? [[k, results.get(`${column}${r}`) as number]] : [])));
      expect(points).toEqual(expected);
      expect(points.size).toBeGreaterThan(20);
    }
  });

  it("keeps exactly one chart when run on its own output", async () => {
    const first = await summarizeWorkbook(readFileSync(SAMPLE), { lang: "vi", name: "sample" });
    const second = await summarizeWorkbook(first.output, { lang: "vi", name: "sample" });
    for (const output of [first.output, second.output]) {
      const p = await partsOf(output);
      expect(chartParts(p)).toEqual(["xl/charts/chart1.xml"]);
      expect([...p.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toEqual(["xl/drawings/drawing1.xml"]);
      expect(drawingElements(p.get(await sheetPart(p, "TH_KinhPhi"))!)).toHaveLength(1);
      expect(await packageProblems(output)).toEqual([]);
    }
  });
});

describe("a chart on a sheet whose name needs quoting, over texts that need escaping", () => {
  const NAME = "Hà Nội's";
  const sheet: SheetPlan = {
    name: NAME,
    role: "funding",
    marker: "KC:generated:v1 funding",
    merges: [],
    columnWidths: {},
    rowHeights: {},
    hiddenRows: [],
    frozen: { rows: 0, columns: 0 },
    cells: [
      { address: "A2", value: "Cà Mau" },
      { address: "A3", value: "A & B <C>" },
      { address: "A4", value: "Bến Tre" },
      { address: "B2", formula: "1+1", result: 2 },
      { address: "B3", value: 3.5 },
      { address: "B4", formula: "1/0", result: { error: "#DIV/0!" } },
    ],
    charts: [
      {
        type: "column",
        title: "Số dự án",
        categories: { sheet: NAME, from: "A2", to: "A4" },
        series: [{ name: "Dự án", values: { sheet: NAME, from: "B2", to: "B4" } }],
        anchor: { from: "D2", to: "J12" },
        percent: false,
      },
    ],
  };

  async function written(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Khác").getCell("A1").value = 1;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("quotes the sheet name in the series, escapes text, leaves errors out of the cache and anchors the chart on the plan's cells", async () => {
    const plain = await written();
    const out = await writeSummaryToPackage(plain, { sheets: [sheet], remove: [], notices: [], paragraphs: [] }, "test.xlsx");
    expect(await packageProblems(out)).toEqual([]);
    const parts = await partsOf(out);
    const chart = (await xmlOf(parts.get("xl/charts/chart1.xml")!))["c:chartSpace"]["c:chart"][0];
    const bar = chart["c:plotArea"][0]["c:barChart"][0];
    expect(bar["c:barDir"][0].$.val).toBe("col");
    expect(chart["c:legend"]).toBeUndefined();
    const ser = bar["c:ser"][0];
    expect(ser["c:cat"][0]["c:strRef"][0]["c:f"][0]).toBe("'Hà Nội''s'!$A$2:$A$4");
    expect(ser["c:cat"][0]["c:strRef"][0]["c:strCache"][0]["c:pt"].map((p: Xml) => p["c:v"][0])).toEqual(["Cà Mau", "A & B <C>", "Bến Tre"]);
    // The error result is left out of the cache (a gap), not written as 0.
    expect(ser["c:val"][0]["c:numRef"][0]["c:numCache"][0]["c:pt"].map((p: Xml) => [p.$.idx, p["c:v"][0]])).toEqual([
      ["0", "2"],
      ["1", "3.5"],
    ]);

    const anchor = (await xmlOf(parts.get("xl/drawings/drawing1.xml")!))["xdr:wsDr"]["xdr:twoCellAnchor"][0];
    const corner = (m: Xml) => [m["xdr:col"][0], m["xdr:row"][0]];
    expect([corner(anchor["xdr:from"][0]), corner(anchor["xdr:to"][0])]).toEqual([
      ["3", "1"],
      ["10", "12"],
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(NAME)!.getCell("A3").value).toBe("A & B <C>");
  });

  it("writes no drawing for a sheet without charts", async () => {
    const out = await writeSummaryToPackage(await written(), { sheets: [{ ...sheet, charts: [] }], remove: [], notices: [], paragraphs: [] }, "test.xlsx");
    const parts = await partsOf(out);
    expect([...parts.keys()].filter((p) => /drawing|chart/.test(p))).toEqual([]);
    expect(drawingElements(parts.get(await sheetPart(parts, NAME))!)).toEqual([]);
  });
});

describe("LibreOffice opens the summarized sample and sees the chart", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-chart-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let input: string;
  let funding: number;
  beforeAll(async () => {
    const { output } = await summarizeWorkbook(readFileSync(SAMPLE), { lang: "vi", name: "sample" });
    input = join(dir, "summary.xlsx");
    writeFileSync(input, output);
    funding = (await new ExcelJS.Workbook().xlsx.load(output as unknown as ExcelJS.Buffer)).worksheets.findIndex((w) => w.name === "TH_KinhPhi") + 1;
  });

  it("keeps the chart when it saves the file again as .xlsx", async () => {
    const saved = await partsOf(readFileSync(await convertWithLibreOffice(input, join(dir, "xlsx"), "xlsx")));
    const charts = chartParts(saved).map((p) => saved.get(p)!);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain("<c:barChart>");
    expect(charts[0]).toContain("TH_KinhPhi!$J$6:$J$28");
    expect(charts[0]).toContain(CHART_TITLE);
  });

  it("renders the chart (its title and bars) on TH_KinhPhi's page of a PDF", async () => {
    const pdf = await convertWithLibreOffice(input, join(dir, "pdf"), 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}');
    const page = String(funding);
    const text = execFileSync(requirePoppler("pdftotext"), ["-f", page, "-l", page, pdf, "-"], { encoding: "utf8" });
    expect(text).toContain(CHART_TITLE);
    // The chart's value axis: 0% … 120% (the table's rates carry two decimals).
    expect(text).toMatch(/^\s*0%\s*$/m);
    expect(text).toMatch(/^\s*120%\s*$/m);
    const shots = join(ROOT, "test-results", "screenshots");
    mkdirSync(shots, { recursive: true });
    execFileSync(requirePoppler("pdftoppm"), ["-f", page, "-l", page, "-r", "100", "-png", "-singlefile", pdf, join(shots, "chart-libreoffice")]);
    expect(readFileSync(join(shots, "chart-libreoffice.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});

function requirePoppler(tool: string): string {
  try {
    execFileSync("which", [tool]);
    return tool;
  } catch {
    throw new Error(
      `${tool} (poppler-utils) is not installed: the chart test reads LibreOffice's PDF with it. Run scripts/system-deps.sh (Debian: apt-get install poppler-utils).`,
    );
  }
}

async function readTemp<T>(bytes: Uint8Array, read: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "kc-chart-read-"));
  try {
    const path = join(dir, "x.xlsx");
    writeFileSync(path, bytes);
    return await read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
