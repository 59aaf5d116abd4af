import { createHash } from "crypto";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { importedSheets, importSheet } from "../../src/adapters/xlsx/package-writer/sheet-import";
import { WorkbookPackage } from "../../src/adapters/xlsx/package-writer/workbook-package";
import { NotGeneratedError } from "../../src/adapters/xlsx/package-writer/write-errors";
import { readSourceRecord, sourceRecordFormula } from "../../src/core/workbook/source-record";
import { outsideReferences } from "../../src/core/formulas/outside-references";
import { a1, SheetSnapshot } from "../../src/core/workbook/snapshot";
import { buildPackage, cellXml } from "../../scripts/fuzz/package-parts";
import { SOUTHERN_2023 } from "../summary/fixtures";
import { entriesOf, excelStyleParts, USER_SHEET, zipParts } from "./producers";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Every cell of a sheet as "A1 value =formula [format]", and its merges. */
function cellsOf(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  for (let r = 0; r < sheet.rowCount; r++)
    for (let c = 0; c < sheet.colCount; c++) {
      const cell = sheet.cell(r, c);
      if (cell) out.push(`${a1(r, c)} ${JSON.stringify(cell.value)}${cell.formula ? ` =${cell.formula}` : ""}${cell.format ? ` [${cell.format}]` : ""}`);
    }
  return [...out, ...(sheet.merges ?? []).map((m) => `merge ${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`)];
}

const target = () => buildPackage({ sheets: [{ name: "Tổng hợp", body: `<sheetData><row r="1">${cellXml("A1", "1")}</row></sheetData>` }] });

describe("importing a sheet of another workbook", () => {
  let source: Uint8Array;
  let prefixedSource: Uint8Array;
  beforeAll(async () => {
    source = await zipParts(excelStyleParts(SOUTHERN_2023));
    prefixedSource = await zipParts(excelStyleParts(SOUTHERN_2023, { prefix: "x" }));
  });

  it.each([
    ["Excel-style", () => source],
    [".NET SDK (x: prefixes)", () => prefixedSource],
  ])("copies a province sheet of a %s file cell for cell: values, formulas, formats, merges; widths and frozen pane", async (_, bytes) => {
    const pkg = await WorkbookPackage.open(target(), "tong-hop.xlsx");
    const province = SOUTHERN_2023[0].sheet;
    const result = await importSheet(pkg, { bytes: bytes(), file: "/thu-muc/ba-ria.xlsx" }, province, { name: "Bà Rịa - Vũng Tàu" });
    const out = await pkg.save();

    const copied = (await readWorkbookSnapshot(out, "out")).sheets.find((s) => s.name === "Bà Rịa - Vũng Tàu")!;
    const original = (await readWorkbookSnapshot(bytes(), "src")).sheets.find((s) => s.name === province)!;
    expect(cellsOf(copied)).toEqual(cellsOf(original));
    expect(cellsOf(copied).some((c) => c.startsWith("merge A1:F1"))).toBe(true);

    const xml = text([...(await entriesOf(out)).entries()].find(([n, b]) => n.startsWith("xl/worksheets/") && text(b).includes("ySplit"))?.[1]);
    expect(xml).toContain('<pane ySplit="7" topLeftCell="A8" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="1" max="1" width="22" customWidth="1"/>');
    expect(result.record).toEqual({ file: "ba-ria.xlsx", sheet: province, sha256: createHash("sha256").update(bytes()).digest("hex") });
    expect(result.notices.map((n) => n.en)).toEqual([`The copy of sheet '${province}' of /thu-muc/ba-ria.xlsx does not carry: conditional formats.`]);
    expect(importedSheets(await WorkbookPackage.open(out, "out"))).toEqual([{ sheet: "Bà Rịa - Vũng Tàu", record: result.record }]);
  });

  it("keeps each cell's look: the source's formats are appended to the target's styles and the indices remapped", async () => {
    const pkg = await WorkbookPackage.open(target(), "t.xlsx");
    await importSheet(pkg, { bytes: source, file: "s.xlsx" }, USER_SHEET, { name: "Danh mục" });
    const out = await pkg.save();
    const copied = (await readWorkbookSnapshot(out, "out")).sheets.find((s) => s.name === "Danh mục")!;
    expect(copied.cell(1, 2)).toEqual({ value: 12.5, format: "#,##0.00" });
    expect(copied.cell(2, 2)).toEqual({ value: 7.25, format: "#,##0.000" });
    expect(copied.cell(4, 2)).toEqual({ value: 22.75, formula: "SUM(C2:C4)", format: "#,##0.00" });
    // C3's format in the target: a custom number format and the source's bold font.
    const parts = await entriesOf(out);
    const sheetXml = text([...parts.entries()].find(([n, b]) => n.startsWith("xl/worksheets/") && text(b).includes("Kiên Giang"))![1]);
    const xfIndex = Number(/<c r="C3" s="(\d+)"/.exec(sheetXml)![1]);
    const styles = text(parts.get("xl/styles.xml"));
    const xf = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)][xfIndex][0];
    const fonts = [.../<fonts[^>]*>(.*?)<\/fonts>/s.exec(styles)![1].matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
    expect(fonts[Number(/fontId="(\d+)"/.exec(xf)![1])]).toContain("<b/>");
    expect(styles).toContain(`<numFmt numFmtId="${/numFmtId="(\d+)"/.exec(xf)![1]}" formatCode="#,##0.000"/>`);
  });

  it("says what it does not carry: drawings and charts, comments, tables, conditional formats, validations", async () => {
    const pkg = await WorkbookPackage.open(target(), "t.xlsx");
    const { notices } = await importSheet(pkg, { bytes: source, file: "s.xlsx" }, USER_SHEET, { name: "Danh mục" });
    expect(notices.map((n) => n.en)).toEqual([
      `The copy of sheet '${USER_SHEET}' of s.xlsx does not carry: conditional formats, data validations, drawings, pictures and charts, comments (notes), Excel tables.`,
    ]);
    const parts = await entriesOf(await pkg.save());
    expect([...parts.keys()].filter((n) => /drawing|chart|comment|table|vml/i.test(n))).toEqual([]);
  });

  it("names the formulas that refer to other sheets, names or tables of the source", async () => {
    const src = buildPackage({
      sheets: [
        {
          name: "Nguồn",
          body: `<sheetData><row r="1">${cellXml("A1", "2")}<c r="B1"><f>Khac!A1*2</f><v>8</v></c><c r="C1"><f>A1*3</f><v>6</v></c><c r="D1"><f>SUM(TongCong)</f><v>1</v></c></row></sheetData>`,
        },
        { name: "Khac", body: `<sheetData><row r="1">${cellXml("A1", "4")}</row></sheetData>` },
      ],
    });
    const pkg = await WorkbookPackage.open(target(), "t.xlsx");
    const { notices } = await importSheet(pkg, { bytes: src, file: "nguon.xlsx" }, "Nguồn", { name: "Nguồn" });
    expect(notices.map((n) => n.en)).toEqual([
      "The copy of sheet 'Nguồn' of nguon.xlsx has 2 formula(s) referring to other sheets, names or tables of the source file (e.g. B1: =Khac!A1*2); they are copied as they are and now refer to this workbook.",
    ]);
    expect(outsideReferences("IF(A1>0,\"x!y\",'Bến Tre'!E12+Bang1[Cot]+[1]S!A1)")).toEqual(["'Bến Tre'!E12", "Bang1[Cot]", "[1]S!A1"]);
  });

  it("replaces a copy it made in place, and refuses to replace a sheet it did not copy or to take a sheet's name", async () => {
    const pkg = await WorkbookPackage.open(target(), "t.xlsx");
    await importSheet(pkg, { bytes: source, file: "v1.xlsx" }, SOUTHERN_2023[1].sheet, { name: "Cà Mau" });
    const first = await pkg.save();
    const again = await WorkbookPackage.open(first, "t.xlsx");
    const newer = await zipParts(excelStyleParts([SOUTHERN_2023[1]]));
    const result = await importSheet(again, { bytes: newer, file: "v2.xlsx" }, SOUTHERN_2023[1].sheet, { name: "Cà Mau", replaces: "Cà Mau" });
    const out = await again.save();
    expect((await readWorkbookSnapshot(out, "out")).sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Cà Mau"]);
    expect(importedSheets(await WorkbookPackage.open(out, "out"))).toEqual([{ sheet: "Cà Mau", record: result.record }]);
    expect(text((await entriesOf(out)).get("xl/workbook.xml")).match(/_KC_Source/g)).toHaveLength(1);

    const third = await WorkbookPackage.open(out, "t.xlsx");
    await expect(importSheet(third, { bytes: newer, file: "v3.xlsx" }, SOUTHERN_2023[1].sheet, { name: "X", replaces: "Tổng hợp" })).rejects.toBeInstanceOf(
      NotGeneratedError,
    );
    await expect(importSheet(third, { bytes: newer, file: "v3.xlsx" }, SOUTHERN_2023[1].sheet, { name: "tổng hợp" })).rejects.toBeInstanceOf(NotGeneratedError);
    await expect(importSheet(third, { bytes: newer, file: "v3.xlsx" }, "Không có", { name: "Y" })).rejects.toThrow(/v3\.xlsx: there is no sheet 'Không có'/);
  });

  it("records the source as a text any host reads back, however long the names", () => {
    const record = { file: `${"Báo cáo khuyến công tỉnh Bà Rịa - Vũng Tàu ".repeat(8)}"quý".xlsx`, sheet: "Bà Rịa's", sha256: "ab".repeat(32) };
    const formula = sourceRecordFormula(record);
    expect(formula.split("&").every((piece) => piece.length <= 257)).toBe(true);
    expect(formula).not.toMatch(/^[^"]|[^"]$/);
    expect(readSourceRecord(formula)).toEqual(record);
    expect(readSourceRecord(`=${formula}`)).toEqual(record);
    expect(readSourceRecord('"something else"')).toBeUndefined();
  });
});
