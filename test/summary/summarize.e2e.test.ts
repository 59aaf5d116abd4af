import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { summarizeWorkbook, SummarizeResult } from "../../scripts/summarize-workbook";
import { SummaryPlan } from "../../src/core/summary/plan-types";
import { bufferOf, fundingRows, ProvinceFixture, SOUTHERN_2023, workbookOf } from "./fixtures";
import { hyperlinksOf, readFormulaResults, recalculateWithLibreOffice } from "./libreoffice";
import { sheetRef } from "../../src/core/summary/sheet-ref";

jest.setTimeout(240_000);

/** Sheet names that need every quoting rule, in all four units, and a user's own "TH_KinhPhi". */
const AWKWARD: ProvinceFixture[] = [
  {
    sheet: "A1",
    input: {
      province: "An Giang",
      year: 2023,
      unit: "dong",
      funding: fundingRows([
        ["KCQG", 1_234_567_890, 1_100_000_001, 900_000_000, 1_000_000_000],
        ["KCĐP", 2_000_000_000, 1_999_999_999, 1_800_000_000, 1_900_000_000],
      ]),
      projects: [
        {
          no: 1,
          name: "Lò sấy",
          source: "KCĐP",
          activity: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ",
          beneficiaries: 1,
          total: 800_000_000,
          support: 400_000_000,
          counterpart: 400_000_000,
        },
      ],
    },
  },
  {
    sheet: "R1C1",
    input: {
      province: "Bạc Liêu",
      year: 2023,
      unit: "nghin",
      // The KCĐP actual is a number typed as text: the summary counts it as 0 and says so.
      funding: [
        ...fundingRows([["KCQG", 1_500_000, 1_234_500, 1_000_000, 1_400_000]])!,
        { source: "KCĐP", plan: 3_000_000, actual: "1.656.000", sameLastYear: 2_000_000, previousPlan: 2_500_000 },
      ],
      projects: [
        { no: 1, name: "Máy xay", source: "KCQG", activity: "mmtb", beneficiaries: 2, total: 1_000_000, support: 300_000, counterpart: 700_000 },
        { no: 2, name: "Hội chợ", source: "KCĐP", activity: "Hội chợ, triển lãm trong nước", total: 150_000, support: 150_000, counterpart: 0 },
      ],
    },
  },
  {
    sheet: "Hà Nội's",
    input: {
      province: "Hà Nội",
      year: 2023,
      unit: "ty",
      funding: fundingRows([
        ["KCQG", 4.125, 3.8755, 3.5, 4],
        ["KCĐP", 10.005, 9.995, 9, 9.5],
      ]),
      projects: [{ no: 1, name: "Đề án lạ", source: "KCQG", activity: "Nội dung không có trong danh mục", total: 0.5, support: 0.2, counterpart: 0.3 }],
    },
  },
  {
    sheet: "Bà Rịa - Vũng Tàu",
    input: {
      province: "Bà Rịa - Vũng Tàu",
      year: 2023,
      unit: "trieu",
      funding: fundingRows([
        ["KCQG", 2605, 2500.5, 2100, 2400],
        ["KCĐP", 4200, 3900, 3600, 4000],
      ]),
      // Numbers typed as text, Vietnamese and English style: read by locale-independent formulas.
      projects: [
        { no: 1, name: "Hoàn thành 9 đề án", source: "KCĐP", activity: "MMTB", beneficiaries: 9, total: "3.604,5", support: "1.210", counterpart: "2.394,5" },
        { no: 2, name: "Đề án nhập kiểu Anh", source: "KCQG", activity: "MMTB", beneficiaries: 1, total: "1,656.5", support: "500", counterpart: "1156.5" },
      ],
    },
  },
];

interface Case {
  name: string;
  /** Province sheets to write (through LibreOffice), or a file to read as it is. */
  fixtures?: ProvinceFixture[];
  file?: string;
  /** Add a user's sheet named like a generated tab. */
  userSheet?: string;
}

const CASES: Case[] = [
  { name: "sample", file: join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx") },
  { name: "southern-2023", fixtures: SOUTHERN_2023 },
  { name: "awkward", fixtures: AWKWARD, userSheet: "TH_KinhPhi" },
];

type Value = ExcelJS.CellValue;

function plain(v: Value): unknown {
  if (v && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).result;
  if (v && typeof v === "object" && "sharedFormula" in v) return (v as ExcelJS.CellSharedFormulaValue).result;
  if (v && typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if (v && typeof v === "object" && "hyperlink" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  return v;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return cell.formula || undefined;
}

/** "General" is the default format: a style that names it and one that names none show the same. */
function numFmtOf(cell: ExcelJS.Cell): string {
  return cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "General";
}

/** Every non-empty cell of a worksheet: address → value, formula, number format. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, { value: unknown; formula?: string; numFmt?: string }> {
  const out = new Map<string, { value: unknown; formula?: string; numFmt?: string }>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => out.set(cell.address, { value: plain(cell.value), formula: formulaOf(cell), numFmt: numFmtOf(cell) })),
  );
  return out;
}

async function load(data: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

function generatedNames(plan: SummaryPlan): Set<string> {
  return new Set(plan.sheets.map((s) => s.name));
}

/**
 * ExcelJS writes validation and conditional-format attributes only when they differ from the OOXML
 * defaults (showInputMessage="0", percent="0", rank="0"…), so an attribute at its default and an absent
 * one are the same rule.
 */
function withoutDefaults(model: unknown): string {
  return JSON.stringify(model, (key, value) => (key !== "" && (value === false || value === 0) && !/^\d+$/.test(key) ? undefined : value));
}

/** What the rest of a province sheet carries beside its cells, as ExcelJS reads it. */
function sheetExtras(ws: ExcelJS.Worksheet) {
  const model = ws.model as unknown as { merges?: string[]; dataValidations?: unknown; conditionalFormattings?: unknown };
  return {
    merges: [...(model.merges ?? [])].sort(),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    hidden: (ws.columns ?? []).map((c) => c.hidden ?? false),
    views: ws.views,
    dataValidations: withoutDefaults((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model),
    conditionalFormattings: withoutDefaults(model.conditionalFormattings ?? []),
  };
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function closeEnough(a: unknown, b: unknown): boolean {
  const x = a;
  const y = b;
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return x === y;
}

/** The fixtures as a workbook with extras a round trip could lose, saved by LibreOffice. */
async function foreignInput(fixtures: ProvinceFixture[], userSheet: string | undefined, dir: string, name: string): Promise<Buffer> {
  const wb = workbookOf(fixtures);
  if (userSheet) wb.addWorksheet(userSheet).getCell("A1").value = "Ghi chú của người dùng: không được ghi đè";
  // Extras a round trip could lose: a defined name, a conditional format, a comment.
  const firstSheet = wb.worksheets[0];
  wb.definedNames.add(`'${firstSheet.name.replace(/'/g, "''")}'!$B$3`, "TinhDauTien");
  firstSheet.addConditionalFormatting({
    ref: "C10:C20",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }],
  });
  firstSheet.getCell("A1").note = "Ghi chú ô A1";
  // The input is written by LibreOffice, not by ExcelJS, so the round trip is tested on foreign XML.
  const raw = join(dir, `${name}-exceljs.xlsx`);
  writeFileSync(raw, await bufferOf(wb));
  return readFileSync(await recalculateWithLibreOffice(raw, join(dir, "input")));
}

describe.each(CASES)("kc summarize on $name, recalculated by LibreOffice", ({ name, fixtures, file, userSheet }) => {
  const dir = mkdtempSync(join(tmpdir(), `kc-summary-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let input: Buffer;
  let first: SummarizeResult;
  let second: SummarizeResult;

  beforeAll(async () => {
    if (file) input = readFileSync(file);
    else input = await foreignInput(fixtures ?? [], userSheet, dir, name);
    first = await summarizeWorkbook(input, { lang: "vi", name, region: "khu vực phía Nam" });
    second = await summarizeWorkbook(first.output, { lang: "vi", name, region: "khu vực phía Nam" });
  });

  it("never changes a province sheet: cells, formulas, number formats, merges, widths, validations, conditional formats", async () => {
    const before = await load(input);
    const after = await load(first.output);
    const generated = generatedNames(first.plan);
    const kept = before.worksheets.map((w) => w.name);
    expect(after.worksheets.map((w) => w.name).filter((n) => !generated.has(n))).toEqual(kept);
    for (const ws of before.worksheets) {
      const other = after.getWorksheet(ws.name)!;
      expect([ws.name, Object.fromEntries(cellsOf(other))]).toEqual([ws.name, Object.fromEntries(cellsOf(ws))]);
      expect(sheetExtras(other)).toEqual(sheetExtras(ws));
      // A note's text survives; its box geometry comes back with ExcelJS's defaults filled in.
      expect(noteText(other.getCell("A1"))).toEqual(noteText(ws.getCell("A1")));
    }
    expect(after.definedNames.model).toEqual(before.definedNames.model);
  });

  it("leaves the same sheets, in the same places, when run on its own output", async () => {
    const once = await load(first.output);
    const twice = await load(second.output);
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    expect(second.plan.sheets.map((s) => s.replaces)).toEqual(first.plan.sheets.map((s) => s.name));
    expect(second.plan.remove).toEqual([]);
    for (const s of first.plan.sheets) {
      expect(Object.fromEntries(cellsOf(twice.getWorksheet(s.name)!))).toEqual(Object.fromEntries(cellsOf(once.getWorksheet(s.name)!)));
    }
  });

  it("keeps the user's sheet that has a generated tab's name, and says where the tab went", async () => {
    const out = await load(first.output);
    if (!userSheet) {
      expect(first.plan.notices.filter((n) => n.en.includes("left untouched"))).toEqual([]);
      return;
    }
    expect(out.getWorksheet(userSheet)!.getCell("A1").value).toBe("Ghi chú của người dùng: không được ghi đè");
    expect(first.plan.sheets[0].name).toBe(`${userSheet} (2)`);
    expect(first.plan.notices.some((n) => n.vi.includes(`"${userSheet} (2)"`))).toBe(true);
  });

  it("reads numbers typed as text, in either style, instead of dropping them", () => {
    if (name !== "awkward") return;
    const tab = first.plan.sheets.find((s) => s.role === "activities")!;
    const row = tab.cells.find((c) => c.value === "MMTB")!.address.slice(1);
    // MMTB total cost: 800.000.000 đồng + 1.000.000 nghìn + "3.604,5" + "1,656.5" triệu = 7,061 tỷ.
    expect(tab.cells.find((c) => c.address === `E${row}`)!.result).toBe(7.061);
    expect(first.plan.notices.some((n) => n.vi.includes('"3.604,5"'))).toBe(true);
    // The KCĐP actual of R1C1 typed "1.656.000" (nghìn đồng) is 1,656 tỷ.
    const funding = first.plan.sheets.find((s) => s.role === "funding")!;
    const r1c1 = funding.cells.find((c) => c.value === "Bạc Liêu")!.address.slice(1);
    expect(funding.cells.find((c) => c.address === `F${r1c1}`)!.result).toBe(1.656);
  });

  it("computes in LibreOffice every value KC cached, formula by formula", async () => {
    const file = join(dir, `${name}-summary.xlsx`);
    writeFileSync(file, first.output);
    const resaved = await recalculateWithLibreOffice(file, join(dir, "recalc"));
    const recalculated = await readFormulaResults(resaved);
    let formulas = 0;
    const mismatches: string[] = [];
    for (const s of first.plan.sheets) {
      const results = recalculated.get(s.name)!;
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        formulas++;
        const got = results.get(c.address);
        if (!closeEnough(got, c.result))
          mismatches.push(`${s.name}!${c.address} = ${c.formula}\n  LibreOffice: ${JSON.stringify(got)}\n  KC:          ${JSON.stringify(c.result)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(40);
    // Links are the sheet's own internal hyperlinks (as Office.js writes them), which LibreOffice keeps.
    const links = first.plan.sheets.flatMap((s) => s.cells.filter((c) => c.link).map((c) => ({ sheet: s.name, c })));
    expect(links.length).toBeGreaterThan(0);
    const kept = await hyperlinksOf(resaved);
    for (const { sheet, c } of links)
      expect([sheet, c.address, kept.get(sheet)?.get(c.address)]).toEqual([sheet, c.address, sheetRef(c.link!.sheet, c.link!.cell)]);
  });
});
