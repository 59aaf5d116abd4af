import {
  addCorrection,
  correctionLines,
  factLines,
  firstSheetToShow,
  readingBook,
  removeCorrection,
  ROLE_CHOICES,
  roleHeader,
  tableOutline,
} from "../../src/app/reading-view";
import { roleCode } from "../../src/core/reading/summary-of";
import { validateWorkbook } from "../../src/core/validation/engine";
import { CellValue, sheetFromValues, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { kienGiangRows } from "./kien-giang";

const kienGiang = (header?: string) => sheetFromValues("Kien Giang", kienGiangRows(header));
const notes = () => sheetFromValues("Ghi chu", [["Danh sách cán bộ"], ["Nguyễn Văn A"]]);
const withRows = (snapshot: WorkbookSnapshot, rows: CellValue[][]): WorkbookSnapshot => ({
  sheets: [...snapshot.sheets.filter((s) => s.name !== "KC_CachDoc"), sheetFromValues("KC_CachDoc", rows)],
});
const findingsAt = (snapshot: WorkbookSnapshot) => validateWorkbook(snapshot).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe("the reading view", () => {
  it("lists the sheets as KC read them, the one read in part first, with the title block's facts and their evidence", () => {
    const book = readingBook({ sheets: [notes(), kienGiang()] });
    expect(book.entries.map((e) => [e.sheet.name, e.reading.status])).toEqual([
      ["Ghi chu", "not-report"],
      ["Kien Giang", "partial"],
    ]);
    expect(firstSheetToShow(book)).toBe("Kien Giang");
    expect(firstSheetToShow(readingBook({ sheets: [notes(), kienGiang("Tổng kinh phí")] }))).toBe("Kien Giang");
    const facts = factLines(book.entries[1].reading, "vi");
    expect(facts.find((f) => f.field === "province")).toMatchObject({ value: "Kiên Giang", evidence: 'tiêu đề A1 "UBND TỈNH KIÊN GIANG"', corrected: false });
    expect(facts.find((f) => f.field === "period")).toMatchObject({ value: "cả năm", sure: "(có lẽ)" });
    expect(facts.find((f) => f.field === "unit")).toMatchObject({ value: "triệu đồng", evidence: 'dòng đơn vị tính E3 "ĐVT: triệu đồng"' });
    expect(facts.find((f) => f.field === "fund")).toMatchObject({ value: "", evidence: "" });
  });

  it("outlines each table: its range, every column with its role in Vietnamese, the total and what it adds", () => {
    const [entry] = readingBook({ sheets: [kienGiang()] }).entries;
    const outline = tableOutline(entry.reading.tables[0], 0, "vi");
    expect(outline).toMatchObject({ range: "A4:F8", topLeft: "A4", kind: "danh sách đề án", items: 3, unread: "E" });
    expect(outline.columns.map((c) => [c.letter, c.role])).toEqual([
      ["A", "số thứ tự"],
      ["B", "nhãn dòng (tên đề án, chỉ tiêu, nội dung)"],
      ["C", "tổng kinh phí"],
      ["D", "kinh phí khuyến công hỗ trợ"],
      ["E", "chưa hiểu: không đọc"],
      ["F", "nguồn kinh phí từng dòng"],
    ]);
    expect(outline.columns[4]).toMatchObject({ headerCell: "E4", header: "Phần doanh nghiệp góp", unknown: true });
    expect(outline.totals).toEqual([expect.objectContaining({ row: 8, label: "Tổng cộng", adds: "5–7" })]);
  });

  it("a column's role corrected is written as KC_CachDoc's rows, applied on the next check: the finding changes", () => {
    const snapshot = { sheets: [kienGiang()] };
    expect(findingsAt(snapshot)).not.toContain("calc/project-total Kien Giang!C6");
    const write = addCorrection(readingBook(snapshot), "Kien Giang", "column", "E6", roleHeader("counterpart"), "vi");
    expect(write).toMatchObject({
      ok: true,
      said: { vi: 'Đã ghi vào KC_CachDoc: Kien Giang: Vai trò cột E4 → Vốn đối ứng (ô đang ghi "Phần doanh nghiệp góp")' },
    });
    if (!write.ok) return;
    expect(write.rows[0]).toEqual(["KC:corrections:v1"]);
    const corrected = withRows(snapshot, write.rows);
    const [entry] = readingBook(corrected).entries;
    expect(entry.reading.status).toBe("read");
    expect(tableOutline(entry.reading.tables[0], 0, "vi").columns[4]).toMatchObject({
      role: "vốn đối ứng",
      corrected: true,
      evidence: 'cán bộ sửa cách đọc KC_CachDoc!A3 "Vốn đối ứng"',
    });
    expect(correctionLines(entry, readingBook(corrected), "vi")).toEqual([
      { row: 2, text: 'Vai trò cột E4 → Vốn đối ứng (ô đang ghi "Phần doanh nghiệp góp")', state: "applied" },
    ]);
    expect(findingsAt(corrected)).toContain("calc/project-total Kien Giang!C6");
  });

  it("a sheet-level correction (the year) shows as corrected; marking a sheet as no report makes it one", () => {
    const snapshot = { sheets: [kienGiang()] };
    const year = addCorrection(readingBook(snapshot), "Kien Giang", "year", "", "2022", "vi");
    if (!year.ok) throw new Error(year.reason.vi);
    const book = readingBook(withRows(snapshot, year.rows));
    expect(factLines(book.entries[0].reading, "vi").find((f) => f.field === "year")).toMatchObject({ value: "2022", corrected: true });
    const none = addCorrection(book, "Kien Giang", "not-report", "", "", "vi");
    if (!none.ok) throw new Error(none.reason.vi);
    expect(none.rows).toHaveLength(4);
    const marked = readingBook(withRows(snapshot, none.rows)).entries[0];
    expect(marked.reading.status).toBe("not-report");
    expect(correctionLines(marked, readingBook(withRows(snapshot, none.rows)), "vi").map((l) => [l.row, l.state])).toEqual([
      [2, "waiting"],
      [3, "applied"],
    ]);
  });

  it("a correction that no longer fits is shown with why, and can be removed", () => {
    const write = addCorrection(readingBook({ sheets: [kienGiang()] }), "Kien Giang", "column", "E4", "Vốn đối ứng", "vi");
    if (!write.ok) throw new Error(write.reason.vi);
    const moved = readingBook(withRows({ sheets: [kienGiang("Vốn khác")] }, write.rows));
    const [line] = correctionLines(moved.entries[0], moved, "vi");
    // Shown first, before a sheet read in part.
    const partial = sheetFromValues("Bac Lieu", kienGiangRows());
    expect(firstSheetToShow(readingBook(withRows({ sheets: [partial, kienGiang("Vốn khác")] }, write.rows)))).toBe("Kien Giang");
    expect(line).toMatchObject({ row: 2, state: "stale", reason: 'cột E4 bây giờ ghi "Vốn khác", lúc sửa ghi "Phần doanh nghiệp góp".' });
    const removed = removeCorrection(moved, line.row);
    expect(removed).toMatchObject({ ok: true, said: { vi: "Đã bỏ dòng 3 của KC_CachDoc." } });
    if (removed.ok) expect(removed.rows.slice(0, 2).map((r) => r[0])).toEqual(["KC:corrections:v1", "Sheet"]);
    if (removed.ok) expect(removed.rows).toHaveLength(2);
  });

  it("refuses what does not fit the sheet, and never rewrites a KC_CachDoc written by hand (the row to add is said)", () => {
    const snapshot = { sheets: [kienGiang()] };
    expect(addCorrection(readingBook(snapshot), "Kien Giang", "column", "H4", "Vốn đối ứng", "vi")).toMatchObject({
      ok: false,
      reason: { vi: "không có bảng nào có cột có tiêu đề ở H4." },
    });
    expect(addCorrection(readingBook(snapshot), "Kien Giang", "province", "", "BD", "vi")).toMatchObject({ ok: false });
    const byHand = { sheets: [kienGiang(), sheetFromValues("KC_CachDoc", [["Sheet", "Sửa gì", "Ô", "Đọc là"]])] };
    const refused = addCorrection(readingBook(byHand), "Kien Giang", "unit", "", "đồng", "vi");
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok)
      expect(refused.reason.vi).toBe("Sheet KC_CachDoc do người dùng tự lập, KC không ghi đè; hãy thêm dòng: Kien Giang | Đơn vị tính |  | đồng | ");
    expect(removeCorrection(readingBook(byHand), 1)).toMatchObject({ ok: false });
  });

  it("each role the officer can pick reads as that role (with its fund where one is named)", () => {
    const expected: Record<string, string> = {
      plan: "amount:plan:KCDP",
      actual: "amount:actual:KCDP",
      cost: "amount:cost",
      support: "amount:support:KCDP",
      counterpart: "amount:counterpart",
      completion: "percent:completion:KCDP",
      beneficiaries: "count:beneficiaries",
      label: "label",
      activity: "activity",
      fund: "fund",
      no: "no",
      note: "note",
      ignore: "note",
    };
    for (const choice of ROLE_CHOICES) {
      const snapshot = { sheets: [kienGiang()] };
      const write = addCorrection(readingBook(snapshot), "Kien Giang", "column", "E4", roleHeader(choice.id, "KCĐP"), "vi");
      if (!write.ok) throw new Error(write.reason.vi);
      const column = readingBook(withRows(snapshot, write.rows)).entries[0].reading.tables[0].columns[4];
      expect([choice.id, roleCode(column.role)]).toEqual([choice.id, expected[choice.id]]);
    }
    expect(roleHeader("actual", "KCQG")).toBe("KCQG › Thực hiện");
    expect(roleHeader("cost", "KCQG")).toBe("Tổng kinh phí");
  });
});
