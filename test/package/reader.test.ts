import { openPackage, readSheet } from "../../src/adapters/xlsx/package/package";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { UnreadableWorkbookError } from "../../src/adapters/xlsx/package/refusal";
import { DEFAULT_LIMITS } from "../../src/adapters/xlsx/package/limits";
import { PackedSheet } from "../../src/core/workbook/packed-sheet";
import { buildPackage, cellXml, declareSize, PackageSpec, packageParts, zipParts } from "../../scripts/fuzz/package-parts";

const read = async (bytes: Uint8Array, limits = DEFAULT_LIMITS) => readWorkbookSnapshot(bytes, "so.xlsx", { limits });

/** The refusal of reading `bytes`, in both languages. */
async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<{ vi: string; en: string }> {
  const error = await read(bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableWorkbookError);
  const { text } = error as UnreadableWorkbookError;
  expect(text.vi.startsWith("so.xlsx: ")).toBe(true);
  expect(text.en.startsWith("so.xlsx: ")).toBe(true);
  expect(`${text.vi}${text.en}`).not.toMatch(/\n|\bat \S+ \(\S+:\d+:\d+\)|Error:|undefined/);
  return text;
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const sheetData = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

/** A workbook with every kind of cell the standard allows. */
const EVERY_KIND: PackageSpec = {
  sheets: [
    {
      name: "Kiểu dữ liệu",
      body: sheetData(
        row(
          1,
          `${cellXml("A1", "0", "s")}${cellXml("B1", "1", "s")}<c r="C1" t="inlineStr"><is><r><t>Hà</t></r><r><t xml:space="preserve"> Nội &amp; Huế</t></r><rPh sb="0" eb="1"><t>ハ</t></rPh></is></c>`,
        ),
        row(
          3,
          `${cellXml("A3", "1234.5", undefined, 1)}<c r="B3" s="2"><f>B1/C1</f><v>0.8841</v></c>${cellXml("C3", "1", "b")}${cellXml("D3", "#DIV/0!", "e")}` +
            `<c r="E3" t="str"><f>A1&amp;"x"</f><v>abc</v></c><c r="F3" t="b"><f>A3&gt;1</f><v>0</v></c><c r="G3"><f>A3+1</f></c><c r="H3" s="1"/>${cellXml("I3", "2023-12-31T00:00:00Z", "d")}`,
        ),
        row(4, `<c r="B4"><f t="shared" ref="B4:D5" si="0">A4*2+$A$1</f><v>0</v></c><c r="C4"><f t="shared" si="0"/><v>1</v></c>`),
        row(5, `<c r="B5"><f t="shared" si="0"/><v>6</v></c>`),
      ),
    },
  ],
  sharedStrings: ["<t>Tỉnh/Thành phố</t>", "<r><rPr><b/></rPr><t>Đồng </t></r><r><t>Tháp</t></r><rPh sb='0' eb='1'><t>ドン</t></rPh>"],
  styles: { numFmts: [[164, "#,##0.00"]], cellXfs: [0, 164, 10] },
};

function expectEveryKind(sheet: PackedSheet): void {
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
  // Each cell of a shared formula reads its own formula, moved from the first cell's.
  expect([sheet.cell(3, 1), sheet.cell(3, 2), sheet.cell(4, 1)]).toEqual([
    { value: 0, formula: "A4*2+$A$1" },
    { value: 1, formula: "B4*2+$A$1" },
    { value: 6, formula: "A5*2+$A$1" },
  ]);
  expect([sheet.rowCount, sheet.colCount]).toEqual([5, 9]);
}

describe("the package reader", () => {
  it("reads every kind of cell the standard allows", async () => {
    const { sheets } = await read(buildPackage(EVERY_KIND));
    expect(sheets.map((s) => s.name)).toEqual(["Kiểu dữ liệu"]);
    expectEveryKind(sheets[0]);
  });

  it("reads the same cells when every element of every part is prefixed (x:), as the .NET OpenXML SDK writes", async () => {
    const parts = packageParts({ ...EVERY_KIND, prefix: "x" });
    expect(parts["xl/worksheets/sheet1.xml"]).toContain("<x:sheetData><x:row");
    expect(parts["xl/workbook.xml"]).toContain('<x:workbook xmlns:x="http://schemas.openxmlformats.org');
    expectEveryKind((await read(zipParts(parts))).sheets[0]);
  });

  it("reads Strict (ISO/IEC 29500) namespaces, a workbook part found through _rels/.rels, stored (uncompressed) parts", async () => {
    expectEveryKind((await read(buildPackage({ ...EVERY_KIND, strict: true, workbookPart: "bang/so.xml" }, 0))).sheets[0]);
  });

  it("follows relationships with absolute targets and percent-encoded names, as some producers write them", async () => {
    const parts = packageParts(EVERY_KIND);
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
      'Target="worksheets/sheet1.xml"',
      'Target="/xl/worksheets/sheet%201.xml"',
    );
    parts["xl/worksheets/sheet 1.xml"] = parts["xl/worksheets/sheet1.xml"];
    delete parts["xl/worksheets/sheet1.xml"];
    expectEveryKind((await read(zipParts(parts))).sheets[0]);
  });

  it("reads a package with no styles part and no shared strings part", async () => {
    const { sheets } = await read(
      buildPackage({ sheets: [{ name: "T", body: sheetData(row(1, `${cellXml("A1", "7", undefined, 3)}<c r="B1" t="inlineStr"><is><t>chữ</t></is></c>`)) }] }),
    );
    expect([sheets[0].cell(0, 0), sheets[0].cell(0, 1)]).toEqual([{ value: 7 }, { value: "chữ" }]);
  });

  it("skips elements of other namespaces with their content, and reads markup-compatibility fallbacks", async () => {
    const body =
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><ext:row xmlns:ext="urn:other" r="2"><c r="A2"><v>2</v></c></ext:row>` +
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><row r="3"><c r="A3"><v>3</v></c></row></mc:Choice>` +
      `<mc:Fallback><row r="4"><c r="A4"><v>4</v></c></row></mc:Fallback></mc:AlternateContent></sheetData>`;
    const sheet = (await read(buildPackage({ sheets: [{ name: "T", body }] }))).sheets[0];
    expect([0, 1, 2, 3].map((r) => sheet.cell(r, 0)?.value)).toEqual([1, undefined, undefined, 4]);
  });

  it("decodes _xHHHH_ escapes as Excel does, _x005F_ keeping a literal escape", async () => {
    const texts = ["_x0041_bc", "_x005F_x0042_", "a_x000D__x000A_b", "_xD83D__xDE00_", "_x004a_", "_x41_", "x_x"];
    const { sheets } = await read(
      buildPackage({
        sheets: [{ name: "T", body: sheetData(row(1, texts.map((_, i) => cellXml(`${String.fromCharCode(65 + i)}1`, String(i), "s")).join(""))) }],
        sharedStrings: texts.map((t) => `<t>${t}</t>`),
      }),
    );
    expect(texts.map((_, i) => sheets[0].cell(0, i)?.value)).toEqual(["Abc", "_x0042_", "a\r\nb", "😀", "J", "_x41_", "x_x"]);
  });

  it("reads every number a cell can hold faithfully: the largest, -0, subnormals; one past the doubles is #NUM!", async () => {
    const numbers = ["1.7976931348623157E+308", "-1.7976931348623157E+308", "-0", "4.9406564584124654E-324", "2.2250738585072009E-308", "1E+309", "12abc"];
    const sheet = (
      await read(
        buildPackage({ sheets: [{ name: "T", body: sheetData(row(1, numbers.map((n, i) => cellXml(`${String.fromCharCode(65 + i)}1`, n)).join(""))) }] }),
      )
    ).sheets[0];
    const values = numbers.map((_, i) => sheet.cell(0, i)?.value);
    expect(values.slice(0, 5)).toEqual([1.7976931348623157e308, -1.7976931348623157e308, -0, 5e-324, 2.2250738585072009e-308]);
    expect(Object.is(values[2], -0)).toBe(true);
    expect(values.slice(5)).toEqual([{ error: "#NUM!" }, { error: "#VALUE!" }]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const spec = { sheets: [{ name: "T", body: sheetData(row(1, cellXml("A1", "2023-12-31", "d"))) }], date1904: true };
    const snapshot = await read(buildPackage(spec));
    expect(snapshot.date1904).toBe(true);
    expect(snapshot.sheets[0].cell(0, 0)).toEqual({ value: 45291 - 1462 });
  });

  it("carries merged ranges by their corners, reads only the top-left cell of each, whatever their area", async () => {
    const body =
      sheetData(row(1, `${cellXml("A1", "1")}${cellXml("B1", "2")}${cellXml("D1", "4")}`), row(2, cellXml("B2", "5"))) +
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D1:XFD1048576"/></mergeCells>';
    const sheet = (await read(buildPackage({ sheets: [{ name: "T", body }] }))).sheets[0];
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 3, bottom: 1048575, right: 16383 },
    ]);
    expect([sheet.cell(0, 0), sheet.cell(0, 1), sheet.cell(1, 1), sheet.cell(0, 3)]).toEqual([{ value: 1 }, undefined, undefined, { value: 4 }]);
    expect([sheet.rowCount, sheet.colCount]).toEqual([1, 4]); // a merge does not widen the sheet
  });

  it("gives a package's parts, relationships, sheet list and styles to whoever writes it back", () => {
    const pkg = openPackage(buildPackage({ ...EVERY_KIND, sheets: [...EVERY_KIND.sheets, { name: "Ẩn", body: sheetData(), state: "hidden" }] }), "so.xlsx");
    expect(pkg.workbookPart).toBe("xl/workbook.xml");
    expect(pkg.worksheets.map((s) => [s.name, s.state, s.part])).toEqual([
      ["Kiểu dữ liệu", "visible", "xl/worksheets/sheet1.xml"],
      ["Ẩn", "hidden", "xl/worksheets/sheet2.xml"],
    ]);
    expect(pkg.contentTypes.of("/xl/worksheets/sheet1.xml")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    expect(pkg.workbookRelationships.map((r) => r.target)).toContain("xl/styles.xml");
    expect(pkg.styles.numberFormatOf(2)).toBe("0.00%");
    expect(readSheet(pkg, pkg.worksheets[1]).rowCount).toBe(0);
  });
});

it("refuses a text that grows past the XML token limit while it is read (checked between pieces of 64K characters)", async () => {
  const body = sheetData(row(1, `<c r="A1" t="inlineStr"><is><t>${"chữ ".repeat(50_000)}</t></is></c>`));
  const bytes = buildPackage({ sheets: [{ name: "T", body }] });
  expect((await refusal(bytes, { ...DEFAULT_LIMITS, xmlTokenCharacters: 1000 })).en).toMatch(
    /the part xl\/worksheets\/sheet1\.xml has a text or name longer than 1,000 characters, over KC's limit/,
  );
  expect((await read(bytes)).sheets[0].cell(0, 0)?.value).toHaveLength(200_000);
});

describe("the package reader refuses, in one line naming the file and the part or sheet", () => {
  const good = () => packageParts({ sheets: [{ name: "Tỉnh A", body: sheetData(row(1, cellXml("A1", "1"))) }] });
  const without = (part: string) => {
    const parts = good();
    delete parts[part];
    return zipParts(parts);
  };

  it.each([
    ["xl/workbook.xml", /the workbook part xl\/workbook\.xml is missing/],
    ["_rels/.rels", /the package relationships part _rels\/\.rels is missing/],
    ["[Content_Types].xml", /the content types part \[Content_Types\]\.xml is missing/],
    ["xl/worksheets/sheet1.xml", /the part of sheet 'Tỉnh A' xl\/worksheets\/sheet1\.xml is missing/],
  ])("a package without %s", async (part, message) => {
    expect((await refusal(without(part))).en).toMatch(message);
  });

  it("a row beyond Excel's last row, a column beyond XFD", async () => {
    const sheet = (body: string) => buildPackage({ sheets: [{ name: "X", body }] });
    expect((await refusal(sheet(sheetData(row(1048577, cellXml("A1048577", "1")))))).en).toMatch(
      /sheet 'X' has a row beyond Excel's last row 1,048,576 \(1048577\)/,
    );
    expect((await refusal(sheet(sheetData(row(1048577, cellXml("A1048577", "1")))))).vi).toMatch(
      /sheet 'X' có dòng nằm ngoài dòng cuối của Excel là 1\.048\.576/,
    );
    expect((await refusal(sheet(sheetData(row(1, cellXml("XFE1", "1")))))).en).toMatch(/sheet 'X' has a cell beyond Excel's last column XFD \(XFE1\)/);
  });

  it("overlapping merges, naming both", async () => {
    const body = `${sheetData(row(1, cellXml("A1", "1")))}<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`;
    expect((await refusal(buildPackage({ sheets: [{ name: "X", body }] }))).en).toMatch(/sheet 'X' has two merged ranges that overlap \(A1:B2 and B2:C3\)/);
  });

  it("sheet names Excel forbids, and two sheets of one name", async () => {
    const named = (...names: string[]) => buildPackage({ sheets: names.map((name) => ({ name, body: sheetData() })) });
    expect((await refusal(named("a/b"))).en).toMatch(/the sheet name 'a\/b' is not valid: the name holds \//);
    expect((await refusal(named("x".repeat(32)))).en).toMatch(/is 32 characters long, Excel allows 31/);
    expect((await refusal(named("Tỉnh", "TỈNH"))).en).toMatch(/two sheets are named 'TỈNH'/);
  });

  it("a workbook with no worksheet, a Word document, a folder of bytes that is no zip", async () => {
    expect((await refusal(buildPackage({ sheets: [] }))).en).toMatch(/the workbook has no worksheet/);
    const parts = good();
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml");
    expect((await refusal(zipParts(parts))).en).toMatch(/is a Word document, not an Excel workbook/);
    expect((await refusal(new TextEncoder().encode("Tỉnh,Kế hoạch\n"))).en).toMatch(/not an \.xlsx file/);
  });

  it("malformed XML, with the part, line and column and the cell it broke near, in words", async () => {
    const parts = good();
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace("<v>1</v>", "<v>1</w>");
    const text = await refusal(zipParts(parts));
    expect(text.en).toMatch(
      /sheet 'Tỉnh A' \(part xl\/worksheets\/sheet1\.xml\) is not well-formed XML at line \d+, column \d+, near cell A1 \(a closing tag does not match its opening tag\)/,
    );
    expect(text.vi).toMatch(/không phải XML hợp lệ ở dòng \d+, cột \d+, gần ô A1 \(một thẻ đóng không khớp thẻ mở\)/);
  });

  it("a document type declaration, an undeclared prefix, a shared string that does not exist", async () => {
    const parts = good();
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("<workbook", '<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook');
    expect((await refusal(zipParts(parts))).en).toMatch(/the part xl\/workbook\.xml holds a document type declaration \(DTD\)/);
    const prefixed = good();
    prefixed["xl/worksheets/sheet1.xml"] = prefixed["xl/worksheets/sheet1.xml"].replace("<sheetData>", "<sheetData><y:row/>");
    expect((await refusal(zipParts(prefixed))).en).toMatch(/uses the prefix y: without declaring it/);
    const shared = buildPackage({ sheets: [{ name: "S", body: sheetData(row(2, cellXml("B2", "7", "s"))) }], sharedStrings: ["<t>a</t>"] });
    expect((await refusal(shared)).en).toMatch(/sheet 'S', cell B2: refers to shared string 7, but the table has 1\./);
  });

  it("an entry whose data is larger than the zip directory says, and a zip bomb by its ratio", async () => {
    const zip = zipParts(good());
    expect((await refusal(declareSize(zip, "xl/worksheets/sheet1.xml", 10))).en).toMatch(/the part xl\/worksheets\/sheet1\.xml cannot be unpacked/);
    const bomb = buildPackage({ sheets: [{ name: "B", body: sheetData(row(1, cellXml("A1", "1"))) + `<sheetPr>${" ".repeat(2_000_000)}</sheetPr>` }] }, 9);
    expect((await refusal(bomb)).en).toMatch(
      /the part xl\/worksheets\/sheet1\.xml is compressed [\d,]+ times \([\d.]+ KB to 2\.0 MB\), over KC's ratio limit of 100: possibly a zip bomb/,
    );
  });

  it.each([
    ["cells", { cells: 3 }, /the workbook has more than 3 cells \(passed in sheet 'L'\), over KC's limit/],
    ["shared strings", { sharedStrings: 1 }, /the shared strings table has more than 1 entries/],
    ["text characters", { textCharacters: 5 }, /more than 5 characters of text and formulas/],
    ["merges", { merges: 1 }, /more than 1 merged ranges \(passed in sheet 'L'\)/],
    ["part size", { partBytes: 100 }, /unpacks to [\d.]+ (KB|bytes), over KC's limit of 100 bytes per part/],
    ["file size", { fileBytes: 100 }, /the file is [\d.]+ KB, over KC's limit of 100 bytes/],
  ])("past the limit on %s, saying which limit", async (_what, limit, message) => {
    const body = `${sheetData(row(1, `${cellXml("A1", "1")}${cellXml("B1", "0", "s")}${cellXml("C1", "1", "s")}`), row(2, cellXml("A2", "2")))}<mergeCells><mergeCell ref="A2:B2"/><mergeCell ref="C2:D2"/></mergeCells>`;
    const bytes = buildPackage({ sheets: [{ name: "L", body }], sharedStrings: ["<t>Tổng cộng</t>", "<t>Cộng</t>"] });
    expect((await refusal(bytes, { ...DEFAULT_LIMITS, ...limit })).en).toMatch(message);
  });
});
