import { readSheet } from "../../src/core/reading/read-sheet";
import { validateWorkbook } from "../../src/core/validation/engine";
import { sheetFromValues, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { grid } from "./layouts";

const _ = null;

/** A provincial funding report as the L7 export writes it, with an issuer line and a title naming a period. */
function funding(name: string, issuer: string | null, title: string) {
  return grid(name, [
    [issuer],
    [title],
    [_, _, _, "ĐVT: triệu đồng"],
    ["TT", "Nguồn kinh phí", "Kế hoạch năm", "Thực hiện"],
    [1, "Khuyến công quốc gia", 100, 90],
    [2, "Khuyến công địa phương", 50, 40],
  ]);
}

const book = (...sheets: ReturnType<typeof grid>[]): WorkbookSnapshot => ({ sheets });
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule).filter((r) => r.startsWith("province/") || r.startsWith("read/"));

describe("the province of a sheet, read against the official list of its date", () => {
  it("names the unit from the issuer in the list in force, with the words as written", () => {
    const reading = readSheet(funding("Bieu 1", "UBND TỈNH BẾN TRE", "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"));
    expect(reading.facts.province).toMatchObject({ value: "Bến Tre", written: "BẾN TRE", confidence: "certain", evidence: { kind: "title", cell: "A1" } });
    expect(reading.facts.province?.unit).toMatchObject({ version: "63", name: "Bến Tre" });
  });

  it("tells a report for 2025 that names a province merged on 1/7/2025 its successor, at the cell naming it", () => {
    const report = validateWorkbook(book(funding("Bieu 1", "SỞ CÔNG THƯƠNG TỈNH BẾN TRE", "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2025")));
    const old = report.findings.find((f) => f.rule === "province/old-name");
    expect(old).toMatchObject({ sheet: "Bieu 1", cell: "A1", found: "BẾN TRE" });
    expect(old?.message.vi).toContain("Tỉnh Vĩnh Long");
  });

  it("takes the province from the file name when the sheet names none, as likely", () => {
    const reading = readSheet(funding("Bieu 1", null, "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2024"), { fileName: "bao-cao-ben-tre-2024.xlsx" });
    expect(reading.facts.province).toMatchObject({ value: "Bến Tre", confidence: "likely", evidence: { kind: "file-name" } });
  });

  it("never guesses a short form: in a title it is a finding, in a sheet or file name it is not read at all", () => {
    const titled = validateWorkbook(book(funding("Bieu 1", "UBND TỈNH BD", "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023")));
    expect(rules(titled.findings)).toEqual(["province/ambiguous"]);
    expect(titled.findings[0].message.en).toContain("Bình Dương");
    const named = readSheet(funding("BD", null, "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"), { fileName: "KCDP_QN_2023.xlsx" });
    expect(named.facts.province).toBeUndefined();
    expect(named.facts.provinceDoubt).toBeUndefined();
  });

  it("does not take the sheets of one report in a real layout for two reports of one province", () => {
    const report = validateWorkbook(
      book(
        funding("Bieu 1", "UBND TỈNH BẾN TRE", "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"),
        funding("Bieu 2", "UBND TỈNH BẾN TRE", "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023"),
      ),
    );
    expect(rules(report.findings)).toEqual([]);
  });

  it("applies the officer's province in the list's name, and sets a name that is not one unit aside as a stale correction", () => {
    const sheet = funding("Bieu 1", null, "BÁO CÁO KINH PHÍ KHUYẾN CÔNG NĂM 2023");
    const corrections = (value: string) =>
      sheetFromValues("KC_CachDoc", [
        ["Sheet", "Sửa gì", "Ô", "Đọc là"],
        ["Bieu 1", "Tỉnh", null, value],
      ]);
    const good = validateWorkbook(book(sheet, corrections("tinh ben tre") as ReturnType<typeof grid>));
    expect(good.sheets[0]).toMatchObject({ name: "Bieu 1", status: "read" });
    expect(rules(good.findings)).toEqual([]);
    const reading = readSheet(sheet, { corrections: [{ row: 1, sheet: "Bieu 1", kind: "province", where: "", value: "tinh ben tre", was: "" }] });
    expect(reading.facts.province).toMatchObject({ value: "Bến Tre", evidence: { kind: "correction" } });
    const bad = validateWorkbook(book(sheet, corrections("BD") as ReturnType<typeof grid>));
    const stale = bad.findings.find((f) => f.rule === "read/correction-stale");
    expect(stale).toMatchObject({ sheet: "KC_CachDoc", cell: "A2" });
    expect(stale?.message.en).toContain("Bình Dương");
  });
});
