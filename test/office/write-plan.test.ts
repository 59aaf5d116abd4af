import { readSnapshotIn } from "../../src/adapters/office/read-snapshot";
import { writeOfficePlan, writePlanIn } from "../../src/adapters/office/write-plan";
import { coverWithRectangles, rectAddress } from "../../src/adapters/office/rectangles";
import { PortError } from "../../src/app/port";
import { buildSummaryPlan } from "../../src/core/summary/build-plan";
import type { SummaryPlan } from "../../src/core/summary/plan-types";
import { STYLE_LOOKS } from "../../src/core/summary/style-table";
import { validateWorkbook } from "../../src/core/validation/engine";
import { parseA1 } from "../../src/core/workbook/snapshot";
import { FakeExcel, parseArea } from "./fake-excel";
import { provinceWorkbook } from "./province-fixture";

async function planFor(fake: FakeExcel): Promise<SummaryPlan> {
  const { snapshot } = await readSnapshotIn(fake.asContext());
  return buildSummaryPlan(snapshot, validateWorkbook(snapshot), { lang: "vi" });
}

/** Every province cell as text, to prove a write left province sheets exactly as they were. */
function provinceCells(fake: FakeExcel, names: string[]): string {
  return JSON.stringify(names.map((n) => [...fake.sheet(n)!.cells.entries()]));
}

describe("coverWithRectangles", () => {
  it("turns a table body into one rectangle and keeps ragged rows apart", () => {
    const body = [];
    for (let r = 3; r <= 10; r++) for (let c = 0; c <= 5; c++) body.push({ row: r, col: c });
    expect(coverWithRectangles(body).map(rectAddress)).toEqual(["A4:F11"]);
    expect(
      coverWithRectangles([
        { row: 0, col: 0 },
        { row: 0, col: 2 },
        { row: 1, col: 0 },
      ]).map(rectAddress),
    ).toEqual(["A1:A2", "C1"]);
  });
});

describe("writePlanIn", () => {
  it("writes the summary tabs in 4 syncs, with calculation and screen updating suspended, never touching a province sheet", async () => {
    const fake = provinceWorkbook(5);
    const provinces = fake.sheets.map((s) => s.name);
    const before = provinceCells(fake, provinces);
    const plan = await planFor(fake);
    const syncsBefore = fake.syncs;
    const { stats } = await writePlanIn(fake.asContext(), plan);

    expect(stats.syncs).toBe(4);
    expect(fake.syncs - syncsBefore).toBe(4);
    expect(fake.suspended.at(-2)).toEqual({ calculation: true, screen: true });
    expect(fake.recalculations).toBe(1);
    expect(provinceCells(fake, provinces)).toBe(before);
    expect(provinces.every((n) => fake.sheet(n)!.writes === 0)).toBe(true);

    expect(fake.sheets.map((s) => s.name)).toEqual([...provinces, ...plan.sheets.map((s) => s.name)]);
    for (const sheetPlan of plan.sheets) {
      const sheet = fake.sheet(sheetPlan.name)!;
      expect(sheet.get("A1")?.value).toBe(sheetPlan.marker);
      expect([...sheet.hiddenRows]).toEqual(sheetPlan.hiddenRows);
      expect(sheet.frozen).toEqual(sheetPlan.frozen);
      for (const cell of sheetPlan.cells.filter((c) => c.formula)) expect(sheet.get(cell.address)?.formula).toBe(`=${cell.formula}`);
      for (const cell of sheetPlan.cells.filter((c) => c.format)) expect(sheet.get(cell.address)?.format).toBe(cell.format);
    }
    const links = plan.sheets.flatMap((s) => s.cells.filter((c) => c.link).map((c) => ({ sheet: s.name, c })));
    for (const { sheet, c } of links) expect(fake.sheet(sheet)!.hyperlinks.get(c.address)?.documentReference).toMatch(/!/);
    const charts = plan.sheets.flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart })));
    for (const { sheet, chart } of charts) {
      const drawn = fake.sheet(sheet)!.charts.find((c) => c.title === chart.title);
      expect(drawn?.series[0].categories).toContain(`${chart.categories.from}:${chart.categories.to}`);
      if (chart.type === "bar") expect(drawn?.categoryAxis).toEqual({ reversePlotOrder: true, position: "Maximum" });
    }
    expect(fake.activeSheet).toBe(plan.sheets[0].name);
  });

  it("formats each semantic style with the look of the shared style table", async () => {
    const fake = provinceWorkbook(2);
    const plan = await planFor(fake);
    await writePlanIn(fake.asContext(), plan);
    const funding = plan.sheets.find((s) => s.role === "funding")!;
    const formats = fake.sheet(funding.name)!.formats;
    const covers = (area: string, address: string) => {
      const a = parseArea(area);
      const { row, col } = parseA1(address);
      return row >= a.r0 && row <= a.r1 && col >= a.c0 && col <= a.c1;
    };
    const setOn = (address: string, path: string) => formats.filter((f) => f.path === path && covers(f.address, address)).map((f) => f.value);
    const header = funding.cells.find((c) => c.styles?.includes("header"))!;
    expect(setOn(header.address, "fill.color")).toContain(`#${STYLE_LOOKS.header.fill}`);
    expect(setOn(header.address, "borders.EdgeTop.style")).toContain("Continuous");
    const total = funding.cells.find((c) => c.styles?.includes("total"))!;
    expect(setOn(total.address, "fill.color")).toContain(`#${STYLE_LOOKS.total.fill}`);
    const title = funding.cells.find((c) => c.styles?.includes("title"))!;
    expect(setOn(title.address, "font.size")).toEqual([STYLE_LOOKS.title.font!.size]);
  });

  it("replaces its own tabs in place on a second run: same sheets, same order", async () => {
    const fake = provinceWorkbook(3);
    await writePlanIn(fake.asContext(), await planFor(fake));
    fake.addSheet("Ghi chú", { A1: "ghi chú của người dùng" });
    const order = fake.sheets.map((s) => s.name);
    const second = await planFor(fake);
    expect(second.sheets.every((s) => s.replaces === s.name)).toBe(true);
    await writePlanIn(fake.asContext(), second);
    expect(fake.sheets.map((s) => s.name)).toEqual(order);
    expect(fake.sheet("Ghi chú")!.writes).toBe(0);
  });

  it("never overwrites a user's sheet that carries a summary tab's name", async () => {
    const fake = provinceWorkbook(2);
    fake.addSheet("TH_KinhPhi", { A1: "bảng của người dùng", B2: 42 });
    const plan = await planFor(fake);
    const { notices } = await writePlanIn(fake.asContext(), plan);
    expect(fake.sheet("TH_KinhPhi")!.get("B2")?.value).toBe(42);
    expect(fake.sheet("TH_KinhPhi")!.writes).toBe(0);
    const funding = plan.sheets.find((s) => s.role === "funding")!;
    expect(funding.name).not.toBe("TH_KinhPhi");
    expect(fake.sheet(funding.name)?.get("A1")?.value).toBe(funding.marker);
    expect(notices.length).toBeGreaterThan(0);
  });

  it("refuses, before writing anything, when a user's sheet took a planned name after planning", async () => {
    const fake = provinceWorkbook(2);
    const plan = await planFor(fake);
    fake.addSheet(plan.sheets[1].name, { A1: "tạo sau khi lập kế hoạch" });
    const count = fake.sheets.length;
    await expect(writePlanIn(fake.asContext(), plan)).rejects.toBeInstanceOf(PortError);
    expect(fake.sheets).toHaveLength(count);
    expect(fake.sheet(plan.sheets[1].name)!.writes).toBe(0);
  });

  it("refuses to clear a sheet a plan says it replaces when that sheet lost its marker", async () => {
    const fake = provinceWorkbook(2);
    await writePlanIn(fake.asContext(), await planFor(fake));
    const second = await planFor(fake);
    fake.sheet(second.sheets[0].name)!.set("A1", "người dùng đã sửa");
    await expect(writePlanIn(fake.asContext(), second)).rejects.toThrow(/not generated by KC/);
  });

  it("on a host with only the manifest's minimum (ExcelApi 1.10) writes everything, in several undo records, and says so", async () => {
    const fake = new FakeExcel({ requirementSets: ["ExcelApi 1.10"] });
    for (const s of provinceWorkbook(2).sheets) fake.sheets.push(s);
    fake.install();
    const plan = await planFor(fake);
    const { undo, notices } = await writeOfficePlan(plan);
    expect(undo).toBe("not-grouped");
    expect(fake.undoGroups).toBe(0);
    expect(notices.some((n) => /ExcelApi/.test(n.en))).toBe(false);
    expect(fake.sheets.flatMap((s) => s.charts).length).toBe(plan.sheets.flatMap((s) => s.charts).length);
    expect(fake.suspended.some((s) => s.calculation && s.screen)).toBe(true);
  });

  it("writes the summary as one undo step where the host has ExcelApi 1.20", async () => {
    const fake = new FakeExcel({ requirementSets: ["ExcelApi 1.20"] });
    for (const s of provinceWorkbook(2).sheets) fake.sheets.push(s);
    fake.install();
    const { undo } = await writeOfficePlan(await planFor(fake));
    expect(undo).toBe("one-step");
    expect(fake.undoGroups).toBe(1);
  });

  it("needs what ExcelApi 1.10 has: the fake host emulating 1.7 refuses the chart axis (ExcelApi 1.8)", async () => {
    const fake = new FakeExcel({ requirementSets: ["ExcelApi 1.7"] });
    for (const s of provinceWorkbook(2).sheets) fake.sheets.push(s);
    const plan = await planFor(fake);
    expect(plan.sheets.some((s) => s.charts.some((c) => c.percent || c.type === "bar"))).toBe(true);
    await expect(writePlanIn(fake.asContext(), plan)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
