import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Readable } from "stream";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/read-workbook";
import { streamWorkbookSheets } from "../../src/adapters/xlsx/read-workbook-stream";
import { UnreadableWorkbookError } from "../../src/adapters/xlsx/read-errors";
import { packWorksheetXml, WorksheetContext } from "../../src/adapters/xlsx/worksheet-xml";
import { PackedSheet } from "../../src/core/workbook/packed-sheet";
import { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { cellDifferences } from "../helpers/same-cells";

const SAMPLE = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");

const context: WorksheetContext = {
  sharedStrings: ["Tỉnh/Thành phố", { richText: [{ text: "Đồng " }, { text: "Tháp" }] }],
  numberFormat: (index) => ["", "#,##0.00", "0.00%"][index] || undefined,
};

/** Reads worksheet XML given as chunks (strings or bytes), as the zip stream would hand it over. */
async function readXml(chunks: (string | Buffer)[]): Promise<PackedSheet> {
  return new PackedSheet(await packWorksheetXml(Readable.from(chunks), "T", context));
}

const worksheet = (sheetData: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${sheetData}</${prefix}sheetData></${prefix}worksheet>`;

async function streamedSheets(path: string): Promise<SheetSnapshot[]> {
  const sheets: SheetSnapshot[] = [];
  for await (const sheet of streamWorkbookSheets(path)) sheets.push(sheet);
  return sheets;
}

function expectSameCells(streamed: SheetSnapshot, whole: SheetSnapshot): void {
  expect(cellDifferences(streamed, whole).slice(0, 5)).toEqual([]);
}

describe("packWorksheetXml", () => {
  it("reads every kind of cell the standard allows", async () => {
    const sheet = await readXml([
      worksheet(
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Hà</t></r><r><t xml:space="preserve"> Nội &amp; Huế</t></r><rPh sb="0" eb="1"><t>ハ</t></rPh></is></c></row>` +
          `<row r="3"><c r="A3" s="1"><v>1234.5</v></c><c r="B3" s="2"><f>B1/C1</f><v>0.8841</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c>` +
          `<c r="E3" t="str"><f>A1&amp;"x"</f><v>abc</v></c><c r="F3" t="b"><f>A3&gt;1</f><v>0</v></c><c r="G3"><f>A3+1</f></c><c r="H3" s="1"/><c r="I3" t="d"><v>2023-12-31T00:00:00Z</v></c></row>` +
          `<row r="4"><c r="B4"><f t="shared" ref="B4:B5" si="0">A4*2</f><v>0</v></c></row><row r="5"><c r="B5"><f t="shared" si="0"/><v>6</v></c></row>`,
      ),
    ]);
    expect([sheet.cell(0, 0), sheet.cell(0, 1), sheet.cell(0, 2)]).toEqual([{ value: "Tỉnh/Thành phố" }, { value: "Đồng Tháp" }, { value: "Hà Nội & Huế" }]);
    expect(sheet.cell(2, 0)).toEqual({ value: 1234.5, format: "#,##0.00" });
    expect(sheet.cell(2, 1)).toEqual({ value: 0.8841, formula: "B1/C1", format: "0.00%" });
    expect([sheet.cell(2, 2), sheet.cell(2, 3)]).toEqual([{ value: true }, { value: { error: "#DIV/0!" } }]);
    expect([sheet.cell(2, 4), sheet.cell(2, 5), sheet.cell(2, 6)]).toEqual([
      { value: "abc", formula: 'A1&"x"' },
      { value: false, formula: "A3>1" },
      { value: null, formula: "A3+1" },
    ]);
    expect(sheet.cell(2, 7)).toBeUndefined(); // a format without a value is no cell
    expect(sheet.cell(2, 8)).toEqual({ value: 45291 }); // 31/12/2023 as Excel's serial day
    expect([sheet.cell(3, 1), sheet.cell(4, 1)]).toEqual([
      { value: 0, formula: "A4*2" },
      { value: 6, formula: "A5*2" },
    ]);
    expect([sheet.rowCount, sheet.colCount]).toEqual([5, 9]);
  });

  it("places cells and rows without a usable address after the ones before, and reads prefixed tags", async () => {
    const sheet = await readXml([
      worksheet(
        `<x:row><x:c><x:v>1</x:v></x:c><x:c r="C1"><x:v>3</x:v></x:c><x:c r="7"><x:v>4</x:v></x:c></x:row><x:row><x:c><x:v>5</x:v></x:c></x:row>`,
        "x:",
      ),
    ]);
    expect([sheet.cell(0, 0), sheet.cell(0, 1), sheet.cell(0, 2), sheet.cell(0, 3), sheet.cell(1, 0)]).toEqual([
      { value: 1 },
      undefined,
      { value: 3 },
      { value: 4 },
      { value: 5 },
    ]);
  });

  it("keeps a character whose bytes are split between two chunks whole", async () => {
    const bytes = Buffer.from(worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Đắk Lắk</t></is></c></row>`), "utf8");
    const at = bytes.indexOf(Buffer.from("Đ", "utf8")) + 1; // inside the two bytes of Đ
    const sheet = await readXml([bytes.subarray(0, at), bytes.subarray(at)]);
    expect(sheet.cell(0, 0)).toEqual({ value: "Đắk Lắk" });
  });

  it("rejects what no cell can be, naming the sheet and the cell", async () => {
    await expect(readXml([worksheet(`<row r="1"><c r="A1"><v>1</c></row>`)])).rejects.toThrow(/^sheet "T", cell A1: /);
    await expect(readXml([worksheet(`<row r="2"><c r="B2" t="s"><v>7</v></c></row>`)])).rejects.toThrow('sheet "T", cell B2: shared string 7 does not exist');
    await expect(readXml([worksheet(`<row r="2000000"><c r="A2000000"><v>1</v></c></row>`)])).rejects.toThrow(/row 2000000 is beyond Excel's 1048576 rows/);
    await expect(readXml([worksheet(`<row r="1"><c r="ZZZZ1"><v>1</v></c></row>`)])).rejects.toThrow(/cell ZZZZ1 is beyond Excel's 16384 columns/);
  });
});

describe("streamWorkbookSheets", () => {
  it("reads the sample workbook cell for cell as ExcelJS's in-memory reader does", async () => {
    const whole = await readWorkbookSnapshot(new Uint8Array(readFileSync(SAMPLE)));
    const streamed = await streamedSheets(SAMPLE);
    expect(streamed.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
    streamed.forEach((sheet, i) => expectSameCells(sheet, whole.sheets[i]));
  });

  it("reads a workbook ExcelJS wrote with every value type as its in-memory reader does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kiểu dữ liệu");
    ws.getCell("A1").value = "Tỉnh/Thành phố";
    ws.getCell("B1").value = { richText: [{ text: "Cà ", font: { bold: true } }, { text: "Mau" }] };
    ws.getCell("A2").value = 4792.98;
    ws.getCell("A2").numFmt = "#,##0.00";
    ws.getCell("B2").value = { formula: "A2*2", result: 9585.96 };
    ws.getCell("C2").value = true;
    ws.getCell("D2").value = { error: "#N/A" };
    ws.getCell("E2").value = { formula: "A2>0", result: true };
    ws.getCell("F2").value = { formula: "D2", result: { error: "#N/A" } };
    ws.getCell("G2").value = { formula: 'TEXT(A2,"0")', result: "4793" };
    ws.getCell("A3").value = 0.8841;
    ws.getCell("A3").numFmt = "0.00%";
    const path = join(mkdtempSync(join(tmpdir(), "kc-xml-")), "types.xlsx");
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const whole = await readWorkbookSnapshot(new Uint8Array(readFileSync(path)));
    const [streamed] = await streamedSheets(path);
    expectSameCells(streamed, whole.sheets[0]);
    expect(streamed.cell(1, 4)).toEqual({ value: true, formula: "A2>0" });
  });

  it("reads random cell contents as ExcelJS's in-memory reader does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-xml-"));
    const content = fc.oneof(
      fc.string({ unit: "binary-ascii" }),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("Tổng cộng", "a & b < c > d \"e\" 'f'", " khoảng trắng ", "1.656", "88,41%", "=SUM(A1)"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.option(content, { nil: undefined }), { maxLength: 6 }), { maxLength: 6 }), async (grid) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Ngẫu nhiên");
        grid.forEach((row, r) => row.forEach((value, c) => value !== undefined && (ws.getCell(r + 1, c + 1).value = value)));
        const path = join(dir, "random.xlsx");
        writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
        const whole = await readWorkbookSnapshot(new Uint8Array(readFileSync(path)));
        const [streamed] = await streamedSheets(path);
        expectSameCells(streamed, whole.sheets[0]);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("reports a worksheet that is not well formed as a corrupt workbook, naming the file", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const first = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    zip.file(first, (await zip.file(first)!.async("string")).replace("</sheetData>", "</sheetDta>"));
    const path = join(mkdtempSync(join(tmpdir(), "kc-xml-")), "hỏng.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const read = streamedSheets(path);
    await expect(read).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(read).rejects.toThrow(/hỏng\.xlsx: the \.xlsx file is corrupt and cannot be read at sheet "[^"]+", cell [A-Z]+\d+ \(/);
    const error = (await read.catch((e: unknown) => e)) as UnreadableWorkbookError;
    expect(error.text.vi).toMatch(/^.*hỏng\.xlsx: tệp \.xlsx bị hỏng, không đọc được sheet "[^"]+", ô [A-Z]+\d+ \(/);
  });
});
