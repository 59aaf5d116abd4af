import ExcelJS from "exceljs";
import { openPackage } from "../../src/adapters/xlsx/package/package";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { withSheetsRenamed } from "../../src/adapters/xlsx/renamed-sheets";
import { renameSheetReferences } from "../../src/core/formulas/rename-sheet";
import { entriesOf } from "./producers";

describe("renameSheetReferences", () => {
  it.each([
    ["'Hà Nội'!$A$1:$K$40", "'Hà Nội (2)'!$A$1:$K$40"],
    ["SUM('hà nội'!B5:B9)+Khac!A1", "SUM('Hà Nội (2)'!B5:B9)+Khac!A1"],
    ["'Hà Nội'!$A:$A,'Hà Nội'!$1:$3", "'Hà Nội (2)'!$A:$A,'Hà Nội (2)'!$1:$3"],
    ["[1]'Hà Nội'!A1", "[1]'Hà Nội'!A1"],
    ["'Hà Nội 2'!A1+\"'Hà Nội'!A1\"", "'Hà Nội 2'!A1+\"'Hà Nội'!A1\""],
  ])("%s → %s", (formula, expected) => {
    expect(renameSheetReferences(formula, "Hà Nội", "Hà Nội (2)")).toBe(expected);
  });

  it("quotes a new name that needs it and doubles its apostrophes", () => {
    expect(renameSheetReferences("Data!A1*2", "Data", "O'Brien")).toBe("'O''Brien'!A1*2");
  });
});

describe("withSheetsRenamed", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const hanoi = wb.addWorksheet("Hà Nội");
    hanoi.getCell("A1").value = "Tỉnh/Thành phố";
    hanoi.getCell("B1").value = "Hà Nội";
    hanoi.getCell("B2").value = { formula: 'B1&"!"', result: "Hà Nội!" };
    hanoi.pageSetup.printArea = "A1:K40";
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Nơi nhận";
    wb.definedNames.add("'Hà Nội'!$B$1", "TenTinh");
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it("gives back the very bytes when nothing is renamed", async () => {
    expect(await withSheetsRenamed(bytes, "ha-noi.xlsx", new Map())).toBe(bytes);
  });

  it("renames the sheet and the names that refer to it, keeping its cells and every other part", async () => {
    const out = await withSheetsRenamed(bytes, "ha-noi.xlsx", new Map([["Hà Nội", "Hà Nội (2)"]]));
    const pkg = openPackage(out, "out.xlsx");
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Hà Nội (2)", "Ghi chú"]);
    const area = openPackage(bytes, "in.xlsx").workbook.definedNames.find((n) => n.name === "_xlnm.Print_Area")!.formula;
    expect(area).toMatch(/^'Hà Nội'!\$A\$?1:\$K\$?40$/);
    const names = pkg.workbook.definedNames.map((n) => [n.name, n.sheetIndex, n.formula]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["_xlnm.Print_Area", 0, area.replace("'Hà Nội'", "'Hà Nội (2)'")],
        ["TenTinh", undefined, "'Hà Nội (2)'!$B$1"],
      ]),
    );
    const [before, after] = [await readWorkbookSnapshot(bytes), await readWorkbookSnapshot(out)];
    expect(after.sheets[0].cell(1, 1)).toEqual(before.sheets[0].cell(1, 1));
    const [inParts, outParts] = [await entriesOf(bytes), await entriesOf(out)];
    for (const [name, data] of inParts) if (!/workbook\.xml$|app\.xml$/.test(name)) expect([name, outParts.get(name)]).toEqual([name, data]);
  });

  it("refuses a new name another sheet of the file has", async () => {
    await expect(withSheetsRenamed(bytes, "ha-noi.xlsx", new Map([["Hà Nội", "ghi chú"]]))).rejects.toThrow('already has a sheet "ghi chú"');
  });
});
