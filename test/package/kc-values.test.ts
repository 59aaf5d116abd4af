import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { callsKcFunction } from "../../src/app/kc-formulas";
import { handlePackageRequest } from "../../src/adapters/xlsx/package-requests";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { UnreadableWorkbookError } from "../../src/adapters/xlsx/package/refusal";
import { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { buildPackage, STRICT_MAIN_NS } from "../../scripts/fuzz/package-parts";
import { prefixElements, prefixSpreadsheetML } from "../layouts/writers/prefix-package";
import {
  CALC_CHAIN,
  FORMAT_OF_STYLE,
  KC_CELLS,
  KC_SHEET,
  KC_SHEET_AFTER,
  kcFormulaPackage,
  kcFormulaParts,
  OTHER_SHEET,
  zipTextParts,
} from "./kc-formulas-package";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Runs the web page's request in this thread: the converted package and how many cells. */
async function convert(bytes: Uint8Array, fileName = "ham-kc.xlsx"): Promise<{ bytes: Uint8Array; converted: number }> {
  const reply = await handlePackageRequest({ kind: "kc-values", bytes, fileName });
  if (!reply.ok) throw new Error(reply.text.en);
  return { bytes: reply.bytes, converted: reply.converted! };
}

/** The parts whose bytes differ between two packages, and those only one of them has (folder entries are no parts). */
function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const names = new Set([...Object.keys(a), ...Object.keys(b)].filter((n) => !n.endsWith("/")));
  return [...names].filter((n) => !a[n] || !b[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0).sort();
}

const kcCellsOf = (sheet: SheetSnapshot) => {
  const out: string[] = [];
  for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) if (callsKcFunction(sheet.cell(r, c)?.formula)) out.push(`${r},${c}`);
  return out;
};

describe("KC formulas to values, as an edit of the package", () => {
  it("turns each KC formula into its cached value and keeps every other byte of the package", async () => {
    const input = kcFormulaPackage();
    const before = await readWorkbookSnapshot(input, "ham-kc.xlsx");
    expect(kcCellsOf(before.sheets[0])).toHaveLength(KC_CELLS);

    const { bytes, converted } = await convert(input);
    expect(converted).toBe(KC_CELLS);
    expect(changedEntries(input, bytes)).toEqual(["xl/calcChain.xml", "xl/worksheets/sheet1.xml"]);
    const parts = unzipSync(bytes);
    expect(text(parts["xl/worksheets/sheet1.xml"])).toBe(KC_SHEET_AFTER);
    expect(text(parts["xl/calcChain.xml"])).toBe(CALC_CHAIN[1]);

    // KC's reader reads the values, with their formats; other formulas as they were.
    const after = await readWorkbookSnapshot(bytes, "ham-kc.xlsx");
    const sheet = after.sheets.find((s) => s.name === KC_SHEET)!;
    const cell = (ref: string) => sheet.cell(Number(ref.slice(1)) - 1, ref.charCodeAt(0) - 65);
    expect(kcCellsOf(sheet)).toEqual([]);
    expect(cell("C1")).toEqual({ value: 0.8841, format: FORMAT_OF_STYLE[2] });
    expect([cell("C2"), cell("C3"), cell("C4")].map((c) => [c?.value, c?.formula, c?.format])).toEqual([
      [0.5, undefined, "0.00%"],
      [0.75, undefined, "0.00%"],
      [0.25, undefined, "0.00%"],
    ]);
    expect([cell("D2"), cell("D3"), cell("D4")].map((c) => c?.formula)).toEqual(["A2*2", "A3*2", "A4*2"]);
    expect([cell("F1")?.value, cell("F2")?.value, cell("F3")?.value, cell("F1")?.formula]).toEqual([64.18, 72.59, 0, undefined]);
    expect(cell("G1")).toEqual({ value: "64,18 tỷ đồng" });
    expect(cell("G2")).toEqual({ value: { error: "#VALUE!" } });
    expect(cell("G3")).toEqual({ value: true });
    expect(cell("G4")).toBeUndefined();
    expect(cell("H4")).toEqual({ value: 0.25, format: "0.00%" });
    expect(cell("D1")).toEqual({ value: 136.77, formula: "A1+B1", format: "#,##0.00" });
    expect(cell("H1")?.formula).toBe('"dùng KC.COMPLETION(a;b)"');
    expect(cell("I1")?.formula).toBe("KC_QuyDinh!A1*2");
    expect(after.sheets.find((s) => s.name === OTHER_SHEET)?.cell(0, 1)?.formula).toBe('LEN("KC.SHARE(")');

    // ExcelJS (in tests only) reads the same.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet(KC_SHEET)!;
    expect(["C1", "C3", "F1", "G1", "G2", "G3", "H4"].map((ref) => ws.getCell(ref).value)).toEqual([
      0.8841,
      0.75,
      64.18,
      "64,18 tỷ đồng",
      { error: "#VALUE!" },
      true,
      0.25,
    ]);
    expect(ws.getCell("C1").numFmt).toBe("0.00%");
    expect(ws.getCell("D1").formula).toBe("A1+B1");
  });

  it("does the same on the package as the .NET SDK writes it (every SpreadsheetML element prefixed x:)", async () => {
    const input = new Uint8Array(await prefixSpreadsheetML(Buffer.from(kcFormulaPackage())));
    expect(text(unzipSync(input)["xl/worksheets/sheet1.xml"])).toContain("<x:c ");
    const { bytes, converted } = await convert(input);
    expect(converted).toBe(KC_CELLS);
    expect(changedEntries(input, bytes)).toEqual(["xl/calcChain.xml", "xl/worksheets/sheet1.xml"]);
    const parts = unzipSync(bytes);
    expect(text(parts["xl/worksheets/sheet1.xml"])).toBe(prefixWorksheet(KC_SHEET_AFTER));
    expect(text(parts["xl/calcChain.xml"])).toBe(prefixWorksheet(CALC_CHAIN[1]));
    const sheet = (await readWorkbookSnapshot(bytes)).sheets[0];
    expect(kcCellsOf(sheet)).toEqual([]);
    expect(sheet.cell(0, 2)).toEqual({ value: 0.8841, format: "0.00%" });
    expect(sheet.cell(0, 3)?.formula).toBe("A1+B1");
  });

  it("reads Strict (ISO/IEC 29500) worksheets, and a prefix bound on an inner element, as the reader does", async () => {
    const body =
      `<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>KC.SHARE(A1,4)</f><v>0.5</v></c><c r="C1"><f>A1*3</f><v>6</v></c></row>` +
      `<s:row xmlns:s="${STRICT_MAIN_NS}" r="2"><s:c r="B2" s="0"><s:f>KC.SHARE(A1,8)</s:f><s:v>0.25</s:v></s:c></s:row></sheetData>`;
    const input = buildPackage({ strict: true, sheets: [{ name: "Strict", body }] });
    const { bytes, converted } = await convert(input);
    expect(converted).toBe(2);
    const xml = text(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain(`<c r="B1"><v>0.5</v></c><c r="C1"><f>A1*3</f><v>6</v></c>`);
    expect(xml).toContain(`<s:c r="B2" s="0"><s:v>0.25</s:v></s:c>`);
    const sheet = (await readWorkbookSnapshot(bytes)).sheets[0];
    expect([sheet.cell(0, 1), sheet.cell(1, 1)]).toEqual([{ value: 0.5 }, { value: 0.25 }]);
  });

  it("decides a shared formula's clones by the master they inherit, a later master redefining its group as the reader has it", async () => {
    const body =
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">KC.SHARE(A1,2)</f><v>0.5</v></c></row>` +
      `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>1</v></c></row>` +
      `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v>6</v></c></row>` +
      `<row r="4"><c r="A4"><v>4</v></c><c r="B4"><f t="shared" si="0"/><v>8</v></c></row></sheetData>`;
    const { bytes, converted } = await convert(buildPackage({ sheets: [{ name: "Chung", body }] }));
    expect(converted).toBe(2);
    const sheet = (await readWorkbookSnapshot(bytes)).sheets[0];
    expect([0, 1, 2, 3].map((r) => [sheet.cell(r, 1)?.value, sheet.cell(r, 1)?.formula])).toEqual([
      [0.5, undefined],
      [1, undefined],
      [6, "A3*2"],
      [8, "A4*2"],
    ]);
  });

  it("drops the calculation chain, its relationship and its content type when no entry is left", async () => {
    const parts = kcFormulaParts().map(([name, xml]): [string, string] =>
      name === "xl/calcChain.xml"
        ? [name, xml.replace(/<calcChain([^>]*)>.*<\/calcChain>/, `<calcChain$1><c r="C1" i="1"/><c r="G2"/></calcChain>`)]
        : [name, xml],
    );
    const input = zipTextParts(parts);
    const { bytes } = await convert(input);
    expect(changedEntries(input, bytes)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/calcChain.xml", "xl/worksheets/sheet1.xml"]);
    const after = unzipSync(bytes);
    expect(after["xl/calcChain.xml"]).toBeUndefined();
    expect(text(after["[Content_Types].xml"])).not.toContain("calcChain");
    expect(text(after["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    await expect(readWorkbookSnapshot(bytes)).resolves.toBeDefined();
  });

  it("gives a package without KC formulas back as it came, and refuses a damaged sheet in the reader's words", async () => {
    const input = buildPackage({ sheets: [{ name: "Số liệu", body: `<sheetData><row r="1"><c r="A1"><f>SUM(B1:B3)</f><v>6</v></c></row></sheetData>` }] });
    const same = await convert(input);
    expect(same.converted).toBe(0);
    expect(Buffer.compare(Buffer.from(same.bytes), Buffer.from(input))).toBe(0);

    const broken = buildPackage({ sheets: [{ name: "Hỏng", body: `<sheetData><row r="1"><c r="A1"><f>KC.SHARE(1,2)</f><v>0.5</v></row></sheetData>` }] });
    const reply = await handlePackageRequest({ kind: "kc-values", bytes: broken, fileName: "hong.xlsx" });
    expect(reply.ok).toBe(false);
    const message = !reply.ok ? reply.text.en : "";
    expect(message).toMatch(/^hong\.xlsx: .*sheet 'Hỏng' \(part xl\/worksheets\/sheet1\.xml\) is not well-formed XML/);
    await expect(readWorkbookSnapshot(broken, "hong.xlsx")).rejects.toThrow(UnreadableWorkbookError);
  });
});

/** A part as the .NET SDK writes it: its SpreadsheetML elements prefixed x:. */
function prefixWorksheet(xml: string): string {
  return prefixElements(xml);
}
