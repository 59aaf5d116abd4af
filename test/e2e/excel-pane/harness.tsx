/**
 * The task pane as Excel shows it, for the e2e run (test/e2e/excel-pane.js): the real pane (mount.tsx, the
 * Office adapter and all) over the fake Excel host of the unit tests, in Chromium. `?sets=ExcelApi 1.12`
 * emulates an older Excel (the fake refuses every member above it); `?book=review` adds a table whose formulas
 * hold three planted mistakes for the formula review; `?book=reading` adds a project list in a province's own
 * layout (test/taskpane/kien-giang.ts) for the reading view. The fake is `window.kcFake` for the test.
 */
import { mount } from "../../../src/taskpane/mount";
import { a1 } from "../../../src/core/workbook/snapshot";
import { FakeCell, FakeExcel, FakeValue } from "../../office/fake-excel";
import { kienGiangRows } from "../../taskpane/kien-giang";

const params = new URLSearchParams(location.search);
const sets = params.get("sets");
const fake = new FakeExcel({ requirementSets: sets ? sets.split(",") : undefined });
fake.addSheet("Tổng hợp", { A1: "Khu vực phía Nam 2023", A2: "Sổ tổng hợp của Sở Công Thương" });
fake.addSheet("Cần Thơ", { A1: "Bản của cán bộ", B2: 7 });
if (params.get("book") === "review") fake.addSheet("Kế hoạch", plannedMistakes());
if (params.get("book") === "reading") {
  const cells: Record<string, FakeValue> = {};
  kienGiangRows().forEach((row, r) => row.forEach((v, c) => (v !== null && typeof v !== "object" ? (cells[a1(r, c)] = v) : undefined)));
  fake.addSheet("Kien Giang", cells);
}
fake.install("vi-VN");
(window as unknown as { kcFake: FakeExcel }).kcFake = fake;
void mount(document.getElementById("root")!);

/**
 * Completion = done / plan per row, with a number typed over D4 (equal to C4/B4 once rounded: a note of the review),
 * D5 dividing by the plan above, and a SUM one row short (suspects).
 */
function plannedMistakes(): Record<string, FakeCell | FakeValue> {
  const items = ["Đào tạo nghề", "Mô hình trình diễn", "Máy móc thiết bị", "Hội chợ", "Tư vấn"];
  const plan = [120, 340, 95, 410, 230];
  const done = [100, 300, 90, 380, 200];
  const cells: Record<string, FakeCell | FakeValue> = { A1: "Nội dung", B1: "Kế hoạch", C1: "Thực hiện", D1: "Tỷ lệ" };
  items.forEach((item, i) => {
    const r = i + 2;
    const over = r === 5 ? r - 1 : r;
    cells[`A${r}`] = item;
    cells[`B${r}`] = plan[i];
    cells[`C${r}`] = done[i];
    cells[`D${r}`] = r === 4 ? 0.95 : { value: done[i] / plan[over - 2], formula: `=C${r}/B${over}` };
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  cells.A7 = "Cộng";
  cells.B7 = { value: sum(plan.slice(0, 4)), formula: "=SUM(B2:B5)" };
  cells.C7 = { value: sum(done), formula: "=SUM(C2:C6)" };
  cells.D7 = { value: sum(done) / sum(plan.slice(0, 4)), formula: "=C7/B7" };
  return cells;
}
