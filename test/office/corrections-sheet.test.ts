import { readSnapshotIn } from "../../src/adapters/office/read-snapshot";
import { writeCorrectionsIn } from "../../src/adapters/office/corrections-sheet";
import { PortError } from "../../src/app/port";
import { addCorrection, readingBook } from "../../src/app/reading-view";
import { validateWorkbook } from "../../src/core/validation/engine";
import { a1, CellValue } from "../../src/core/workbook/snapshot";
import { kienGiangRows } from "../taskpane/kien-giang";
import { FakeExcel, FakeValue } from "./fake-excel";

/** The fake's cells of a sheet given as rows. */
function cells(rows: CellValue[][]): Record<string, FakeValue> {
  const out: Record<string, FakeValue> = {};
  rows.forEach((row, r) => row.forEach((v, c) => (v !== null && typeof v !== "object" ? (out[a1(r, c)] = v) : undefined)));
  return out;
}

async function corrected(fake: FakeExcel, where: string, value: string) {
  const { snapshot } = await readSnapshotIn(fake.asContext());
  const write = addCorrection(readingBook(snapshot), "Kien Giang", "column", where, value, "vi");
  if (!write.ok) throw new Error(write.reason.vi);
  return write.rows;
}

describe("writeCorrectionsIn (the reading view's corrections, in the open workbook)", () => {
  it("adds KC_CachDoc hidden at the end in one write batch, touching no province sheet; the next check applies it", async () => {
    // An Excel at the manifest's minimum: every member used is in ExcelApi 1.10.
    const fake = new FakeExcel({ requirementSets: ["ExcelApi 1.10"] });
    const province = fake.addSheet("Kien Giang", cells(kienGiangRows()));
    const before = validateWorkbook((await readSnapshotIn(fake.asContext())).snapshot).findings.map((f) => `${f.rule} ${f.cell}`);
    expect(before).not.toContain("calc/project-total C6");

    const rows = await corrected(fake, "E4", "Vốn đối ứng");
    const syncs = fake.syncs;
    await writeCorrectionsIn(fake.asContext(), rows);
    expect(fake.syncs - syncs).toBe(2);
    expect(fake.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Kien Giang", "Visible"],
      ["KC_CachDoc", "Hidden"],
    ]);
    expect(province.writes).toBe(0);
    const sheet = fake.sheet("KC_CachDoc")!;
    expect([sheet.get("A1")?.value, sheet.get("B3")?.value, sheet.get("C3")?.value, sheet.get("D3")?.value]).toEqual([
      "KC:corrections:v1",
      "Vai trò cột",
      "E4",
      "Vốn đối ứng",
    ]);
    expect(sheet.get("E3")).toMatchObject({ value: "Phần doanh nghiệp góp", format: "@" });
    expect(sheet.hiddenRows.has(1)).toBe(true);

    const after = validateWorkbook((await readSnapshotIn(fake.asContext())).snapshot).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(after).toContain("calc/project-total Kien Giang!C6");
  });

  it("rewrites KC's own KC_CachDoc in place: a correction of the same place replaced, the rest kept", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Kien Giang", cells(kienGiangRows()));
    await writeCorrectionsIn(fake.asContext(), await corrected(fake, "E4", "Vốn đối ứng"));
    const rows = await corrected(fake, "E4", "Bỏ qua");
    const syncs = fake.syncs;
    await writeCorrectionsIn(fake.asContext(), rows);
    expect(fake.syncs - syncs).toBe(3);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Kien Giang", "KC_CachDoc"]);
    expect(fake.sheet("KC_CachDoc")!.get("D3")?.value).toBe("Bỏ qua");
    expect(fake.sheet("KC_CachDoc")!.get("A4")).toBeUndefined();
  });

  it("refuses a KC_CachDoc written by hand before writing anything", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Kien Giang", cells(kienGiangRows()));
    const byHand = fake.addSheet("KC_CachDoc", { A1: "Sheet", B1: "Sửa gì" });
    await expect(writeCorrectionsIn(fake.asContext(), [["KC:corrections:v1"]])).rejects.toBeInstanceOf(PortError);
    expect(byHand.writes).toBe(0);
    expect(byHand.get("A1")?.value).toBe("Sheet");
  });
});
