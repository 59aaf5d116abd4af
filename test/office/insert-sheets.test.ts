import { createHash } from "crypto";
import { insertReportFilesIn } from "../../src/adapters/office/insert-sheets";
import { openPackage } from "../../src/adapters/xlsx/package/package";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { importSheet } from "../../src/adapters/xlsx/package-writer/sheet-import";
import { WorkbookPackage } from "../../src/adapters/xlsx/package-writer/workbook-package";
import { CANNOT_INSERT_SHEETS } from "../../src/app/insert-by-hand";
import { PortError } from "../../src/app/port";
import { ChosenFile } from "../../src/app/report-files";
import { PackedSheet } from "../../src/core/workbook/packed-sheet";
import { readSourceRecord, SOURCE_NAME } from "../../src/core/workbook/source-record";
import { buildPackage } from "../../scripts/fuzz/package-parts";
import { bufferOf, SOUTHERN_2023, workbookOf } from "../summary/fixtures";
import { FakeExcel } from "./fake-excel";

const [BA_RIA, CA_MAU, TIEN_GIANG] = SOUTHERN_2023;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A province's file: its report sheets (KC's standard), with a notes sheet and a print area when asked. */
async function provinceFile(name: string, fixtures = [BA_RIA], extra: { notes?: boolean; printArea?: boolean; notesName?: string } = {}): Promise<ChosenFile> {
  const wb = workbookOf(fixtures);
  if (extra.notes) wb.addWorksheet(extra.notesName ?? "Ghi chú").getCell("A1").value = "Nơi nhận: Bộ Công Thương";
  if (extra.printArea) wb.getWorksheet(fixtures[0].sheet)!.pageSetup.printArea = "A1:K40";
  return { name, bytes: await bufferOf(wb) };
}

/** The open workbook: a summary sheet of the user's and, when asked, a sheet already named for a province. */
function openWorkbook(requirementSets?: string[], sheets: string[] = []): FakeExcel {
  const fake = new FakeExcel({ requirementSets });
  fake.addSheet("Tổng hợp", { A1: "Khu vực phía Nam", B2: 12 });
  for (const name of sheets) fake.addSheet(name, { A1: "Bản của cán bộ", B2: 7 });
  return fake;
}

const recordOf = (fake: FakeExcel, sheet: string) => readSourceRecord(fake.sheet(sheet)!.names.get(SOURCE_NAME)?.formula ?? "");

describe("Thêm báo cáo tỉnh từ tệp… (Excel, insertWorksheetsFromBase64)", () => {
  it("inserts the report sheets of each file at the end under their own names, recording where each came from, and touches no other sheet", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"]);
    const ba = await provinceFile("ba-ria.xlsx", [BA_RIA], { notes: true });
    const south = await provinceFile("C:\\bao-cao\\mien-nam.xlsx", [CA_MAU, TIEN_GIANG]);
    const progress: number[] = [];
    const result = await insertReportFilesIn(fake.asContext(), [ba, south], (f) => progress.push(f), fake.requirements);

    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp", BA_RIA.sheet, CA_MAU.sheet, TIEN_GIANG.sheet]);
    expect(result.map((r) => [r.file, r.inserted, r.unusable])).toEqual([
      ["ba-ria.xlsx", [{ source: BA_RIA.sheet, name: BA_RIA.sheet }], undefined],
      [
        "C:\\bao-cao\\mien-nam.xlsx",
        [
          { source: CA_MAU.sheet, name: CA_MAU.sheet },
          { source: TIEN_GIANG.sheet, name: TIEN_GIANG.sheet },
        ],
        undefined,
      ],
    ]);
    expect(result[0].left.map((l) => [l.sheet, l.reason.vi])).toEqual([["Ghi chú", expect.stringContaining("không phải báo cáo tỉnh")]]);
    // Only the report sheets were asked for: the notes sheet never reached the workbook.
    expect(fake.insertedFiles.map((f) => f.sheetNames)).toEqual([[BA_RIA.sheet], [CA_MAU.sheet, TIEN_GIANG.sheet]]);
    expect(recordOf(fake, BA_RIA.sheet)).toEqual({ file: "ba-ria.xlsx", sheet: BA_RIA.sheet, sha256: sha(ba.bytes) });
    expect(recordOf(fake, TIEN_GIANG.sheet)).toEqual({ file: "mien-nam.xlsx", sheet: TIEN_GIANG.sheet, sha256: sha(south.bytes) });
    expect(fake.sheet(CA_MAU.sheet)!.names.get(SOURCE_NAME)!.visible).toBe(false);
    // The sheet came in as the file holds it: the bytes given to Excel are the file's own (nothing renamed).
    expect(fake.insertedFiles[1].bytes).toEqual(south.bytes);
    const read = (await readWorkbookSnapshot(south.bytes)).sheets.find((s) => s.name === CA_MAU.sheet) as PackedSheet;
    expect(fake.sheet(CA_MAU.sheet)!.cells.size).toBe(read.cellCount);
    expect(fake.sheet("Tổng hợp")!.writes).toBe(0);
    expect(progress.at(-1)).toBe(1);
    // Two syncs to list the sheets and their records, three per file.
    expect(fake.syncs).toBe(2 + 3 * 2);
  });

  it("inserts under a free name when the workbook already has the name, renaming the copy's print area with it, and never overwrites", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"], [BA_RIA.sheet.toUpperCase()]);
    const file = await provinceFile("ba-ria.xlsx", [BA_RIA], { printArea: true });
    const [result] = await insertReportFilesIn(fake.asContext(), [file], undefined, fake.requirements);
    const renamed = `${BA_RIA.sheet} (2)`;
    expect(result.inserted).toEqual([{ source: BA_RIA.sheet, name: renamed }]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp", BA_RIA.sheet.toUpperCase(), renamed]);
    expect(fake.sheet(BA_RIA.sheet.toUpperCase())!.get("B2")).toEqual({ value: 7 });
    expect(fake.sheet(BA_RIA.sheet.toUpperCase())!.writes).toBe(0);
    expect(fake.sheet(renamed)!.names.get("_xlnm.Print_Area")!.formula).toMatch(/^='Bà Rịa - Vũng Tàu \(2\)'!\$A\$?1:\$K\$?40$/);
    // The record keeps the sheet's name in its file.
    expect(recordOf(fake, renamed)).toMatchObject({ sheet: BA_RIA.sheet });
  });

  it("avoids the names of the file's other sheets too when it has to rename", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"], [BA_RIA.sheet]);
    const file = await provinceFile("ba-ria.xlsx", [BA_RIA], { notes: true, notesName: `${BA_RIA.sheet} (2)` });
    const [result] = await insertReportFilesIn(fake.asContext(), [file], undefined, fake.requirements);
    expect(result.inserted).toEqual([{ source: BA_RIA.sheet, name: `${BA_RIA.sheet} (3)` }]);
  });

  it("does not insert the same report from the same file twice, and says where it already is", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"]);
    const file = await provinceFile("ba-ria.xlsx");
    await insertReportFilesIn(fake.asContext(), [file], undefined, fake.requirements);
    const [again] = await insertReportFilesIn(fake.asContext(), [{ ...file, name: "ba-ria (ban sao).xlsx" }], undefined, fake.requirements);
    expect(again.inserted).toEqual([]);
    expect(again.left).toEqual([expect.objectContaining({ sheet: BA_RIA.sheet, alreadyIn: BA_RIA.sheet })]);
    expect(again.unusable?.en).toBe("ba-ria (ban sao).xlsx: the file's province reports are already in the workbook.");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp", BA_RIA.sheet]);
  });

  it("replaces the record a copy brings from its own file (a sheet KC copied before) with where it comes from now", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"]);
    // A regional workbook that holds a copy KC made from an older file (the copy carries that file's record).
    const regional = await WorkbookPackage.open(buildPackage({ sheets: [{ name: "Tổng hợp", body: "<sheetData/>" }] }), "khu-vuc.xlsx");
    const older = await provinceFile("ba-ria-cu.xlsx");
    await importSheet(regional, { bytes: older.bytes, file: older.name }, BA_RIA.sheet, { name: BA_RIA.sheet });
    const bytes = await regional.save();
    const brought = openPackage(bytes, "khu-vuc.xlsx").workbook.definedNames.find((n) => n.name === SOURCE_NAME);
    expect(readSourceRecord(brought!.formula)).toMatchObject({ file: "ba-ria-cu.xlsx" });
    const [result] = await insertReportFilesIn(fake.asContext(), [{ name: "khu-vuc.xlsx", bytes }], undefined, fake.requirements);
    expect(result.inserted).toEqual([{ source: BA_RIA.sheet, name: BA_RIA.sheet }]);
    expect(fake.insertedFiles[0].bytes).toEqual(bytes);
    expect(recordOf(fake, BA_RIA.sheet)).toEqual({ file: "khu-vuc.xlsx", sheet: BA_RIA.sheet, sha256: sha(bytes) });
    expect(fake.sheet(BA_RIA.sheet)!.names.get(SOURCE_NAME)!.visible).toBe(false);
  });

  it("names each unusable file with its reason and inserts the others", async () => {
    const fake = openWorkbook(["ExcelApi 1.13"]);
    const notes = workbookOf([]);
    notes.addWorksheet("Danh sách").getCell("A1").value = "Việc cần làm";
    const files: ChosenFile[] = [
      { name: "ghi-chu.txt", bytes: new TextEncoder().encode("Tỉnh,Kế hoạch\nCần Thơ,1200\n") },
      { name: "danh-sach.xlsx", bytes: await bufferOf(notes) },
      await provinceFile("ba-ria.xlsx"),
    ];
    const result = await insertReportFilesIn(fake.asContext(), files, undefined, fake.requirements);
    expect(result[0].unusable?.vi).toMatch(/^ghi-chu\.txt: /);
    expect(result[1].unusable?.en).toBe(
      "danh-sach.xlsx: no sheet is a province report (KC looks for a table with a header row such as “Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ” or “Nguồn kinh phí | Kế hoạch | Thực hiện” with figures below, as in KC's template or the layouts provinces send).",
    );
    expect(result[1].left.map((l) => l.sheet)).toEqual(["Danh sách"]);
    expect(result[2].inserted).toEqual([{ source: BA_RIA.sheet, name: BA_RIA.sheet }]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp", BA_RIA.sheet]);
  });

  it("says what to do instead where the host has no ExcelApi 1.13, and inserts nothing (the fake refuses the member itself there)", async () => {
    const fake = openWorkbook(["ExcelApi 1.12"]);
    const file = await provinceFile("ba-ria.xlsx");
    await expect(insertReportFilesIn(fake.asContext(), [file], undefined, fake.requirements)).rejects.toEqual(new PortError(CANNOT_INSERT_SHEETS));
    expect(CANNOT_INSERT_SHEETS.vi).toContain("Di chuyển hoặc Sao chép");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(fake.syncs).toBe(0);
    expect(() => fake.context.workbook.insertWorksheetsFromBase64("", {})).toThrow(/insertWorksheetsFromBase64 needs ExcelApi 1.13/);
  });

  it("tells a refusal by Excel apart per file: a clash Excel would meet is never sent", async () => {
    // The fake fails a sync on any name the workbook has: a sheet of the same name added behind KC's back
    // between the listing and the insertion is a refusal for that file, in words, and the others go in.
    const fake = openWorkbook(["ExcelApi 1.13"]);
    const first = await provinceFile("ba-ria.xlsx");
    const second = await provinceFile("ca-mau.xlsx", [CA_MAU]);
    const context = fake.asContext();
    const sync = fake.context.sync;
    let calls = 0;
    fake.context.sync = async () => {
      if (++calls === 3) fake.addSheet(BA_RIA.sheet);
      return sync();
    };
    const result = await insertReportFilesIn(context, [first, second], undefined, fake.requirements);
    expect(result[0].unusable?.en).toMatch(/^ba-ria\.xlsx: Excel could not insert it: /);
    expect(result[1].inserted).toEqual([{ source: CA_MAU.sheet, name: CA_MAU.sheet }]);
  });
});
