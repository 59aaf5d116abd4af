import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { summarizeWorkbook } from "../../scripts/summarize-workbook";
import { SummaryPlan } from "../../src/core/summary/plan-types";
import { runKc } from "../helpers/run-kc";
import { SOUTHERN_2023 } from "../summary/fixtures";
import { convertWithLibreOffice, readFormulaResults, recalculateWithLibreOffice } from "../summary/libreoffice";
import { entriesOf, excelStyleParts, USER_CHART_TITLE, zipParts } from "./producers";
import { lostLines } from "../../scripts/xml-inclusion";

jest.setTimeout(300_000);

const KC_CHART_TITLE = "Tỷ lệ đạt kế hoạch theo địa phương";
/** The parts KC edits (compared by meaning: nothing of the original lost); every other part is compared byte for byte. */
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
/** Attributes KC updates in an edited part: the counts of lists it appends to. */
const COUNTS = (_element: string, attribute: string) => attribute === "count" || attribute === "size";

interface Producer {
  name: string;
  extension: "xlsx" | "xlsm";
  /** The package, written in `dir` when it needs a tool. */
  make(dir: string): Promise<Uint8Array>;
}

const excelStyle = () =>
  zipParts(
    excelStyleParts(SOUTHERN_2023),
    (name) => name.endsWith(".png"), // Excel stores images without compression: kept stored
  );

const PRODUCERS: Producer[] = [
  { name: "Excel-style", extension: "xlsx", make: excelStyle },
  { name: ".NET SDK (x: prefixes)", extension: "xlsx", make: () => zipParts(excelStyleParts(SOUTHERN_2023, { prefix: "x" })) },
  { name: "macro-enabled (.xlsm)", extension: "xlsm", make: () => zipParts(excelStyleParts(SOUTHERN_2023, { macro: true })) },
  {
    name: "LibreOffice-saved",
    extension: "xlsx",
    make: async (dir) => {
      const source = join(dir, "excel-style.xlsx");
      writeFileSync(source, await excelStyle());
      return new Uint8Array(readFileSync(await convertWithLibreOffice(source, join(dir, "libreoffice"), "xlsx")));
    },
  },
];

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Summarizes through the CLI (the path an officer uses), reading back what it wrote. */
async function summarizeFile(input: string, output: string): Promise<Uint8Array> {
  const run = await runKc("summarize", input, "-o", output, "--force", "--region", "khu vực phía Nam");
  if (run.code === 2) throw new Error(`kc summarize refused ${input}: ${run.err}`);
  return new Uint8Array(readFileSync(output));
}

/** What of the input's parts the output lost or changed: names of missing or altered parts, and lost XML lines. */
function lostParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of before) {
    const now = after.get(name);
    if (!now) problems.push(`${name}: missing`);
    else if (EDITED.has(name)) {
      const lost = lostLines(text(bytes), text(now), COUNTS).filter((l) => !/\/HeadingPairs\/vector\/variant\/i4 /.test(l));
      if (lost.length > 0) problems.push(`${name}: lost ${lost.join(" | ")}`);
    } else if (Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) problems.push(`${name}: changed`);
  }
  return problems;
}

describe.each(PRODUCERS)("kc summarize on a $name package", ({ name, extension, make }) => {
  const dir = mkdtempSync(join(tmpdir(), "kc-producer-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, `input.${extension}`);
  const first = join(dir, `first.${extension}`);
  const second = join(dir, `second.${extension}`);
  let before: Map<string, Uint8Array>;
  let once: Map<string, Uint8Array>;
  let twice: Map<string, Uint8Array>;
  let plan: SummaryPlan;

  beforeAll(async () => {
    writeFileSync(input, await make(dir));
    before = await entriesOf(readFileSync(input));
    once = await entriesOf(await summarizeFile(input, first));
    twice = await entriesOf(await summarizeFile(first, second));
    // The same plan the CLI wrote, computed in memory, for the values LibreOffice must find.
    plan = (await summarizeWorkbook(readFileSync(input), { lang: "vi", name, region: "khu vực phía Nam" })).plan;
  });

  it("carries every part of the input: byte for byte, or (the parts KC edits) with nothing of them lost", () => {
    expect(lostParts(before, once)).toEqual([]);
    const added = [...once.keys()].filter((n) => !before.has(n)).sort();
    expect(added.every((n) => /^xl\/(worksheets|drawings|charts)\/(_rels\/)?(sheet|drawing|chart)\d+\.xml(\.rels)?$/.test(n))).toBe(true);
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(4);
  });

  it("summarised again, keeps the user's parts and one set of KC tabs, and the package does not grow", () => {
    expect(lostParts(before, twice)).toEqual([]);
    expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
    expect(text(twice.get("xl/styles.xml")!)).toBe(text(once.get("xl/styles.xml")!));
    const sheets = (m: Map<string, Uint8Array>) => [...text(m.get("xl/workbook.xml")!).matchAll(/<(?:x:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((x) => x[1]);
    expect(sheets(twice)).toEqual(sheets(once));
    expect(sheets(once).filter((s) => s.startsWith("TH_"))).toEqual(["TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);
  });

  it("keeps an .xlsm macro-enabled, with its VBA project", () => {
    const types = text(once.get("[Content_Types].xml")!);
    if (extension === "xlsm") {
      expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
      expect(once.get("xl/vbaProject.bin")).toEqual(before.get("xl/vbaProject.bin"));
    } else expect(types).not.toContain("macroEnabled");
  });

  describe("opened in LibreOffice", () => {
    let recalculated: Awaited<ReturnType<typeof readFormulaResults>>;
    let resaved: Map<string, Uint8Array>;
    beforeAll(async () => {
      const path = await recalculateWithLibreOffice(first, join(dir, "recalc"));
      recalculated = await readFormulaResults(path);
      resaved = await entriesOf(readFileSync(path));
    });

    it("recalculates KC's formulas to the values KC cached", () => {
      const mismatches: string[] = [];
      let formulas = 0;
      for (const s of plan.sheets) {
        for (const c of s.cells) {
          if (c.formula === undefined) continue;
          formulas++;
          const got = recalculated.get(s.name)?.get(c.address);
          const same =
            typeof got === "number" && typeof c.result === "number" ? Math.abs(got - c.result) <= 1e-9 * Math.max(1, Math.abs(got)) : got === c.result;
          if (!same) mismatches.push(`${s.name}!${c.address} = ${c.formula}: LibreOffice ${JSON.stringify(got)}, KC ${JSON.stringify(c.result)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(formulas).toBeGreaterThan(40);
    });

    it("keeps the user's chart and image and KC's chart when it saves the file again", () => {
      const charts = [...resaved.entries()].filter(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map(([, b]) => text(b));
      expect(charts.some((c) => c.includes(USER_CHART_TITLE))).toBe(true);
      expect(charts.some((c) => c.includes(KC_CHART_TITLE))).toBe(true);
      expect([...resaved.keys()].some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
      expect([...resaved.keys()].some((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toBe(true);
    });
  });
});

describe("the summary of an Excel-style package, printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-producer-pdf-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows the user's chart and KC's chart (PDF, one page per sheet)", async () => {
    const input = join(dir, "input.xlsx");
    writeFileSync(input, await excelStyle());
    const output = join(dir, "summary.xlsx");
    await summarizeFile(input, output);
    // One page per sheet: without it LibreOffice prints only the print area the input defines.
    const pdf = await convertWithLibreOffice(output, join(dir, "pdf"), 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}');
    const words = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(words).toContain(USER_CHART_TITLE);
    expect(words).toContain(KC_CHART_TITLE);
  });
});
