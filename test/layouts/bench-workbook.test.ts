import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { benchFigures, benchSheet, writeBenchWorkbook } from "./bench-workbook";
import { checkWorkbook } from "./check-corpus";
import { columnsWhere, keyedTables, rowsOfKind } from "./key-cells";
import { sumOf } from "./model/figures";
import { readPackage } from "./writers/read-package";

describe("the benchmark's workbooks", () => {
  test("show the same figures in the standard and the real layout, consistently", () => {
    const figures = benchFigures(4, 120);
    const supportOf = (layout: "standard" | "real") => {
      const r = benchSheet(figures, layout);
      expect(checkWorkbook(r.workbook, r.key)).toEqual([]);
      const projects = keyedTables(r.workbook, r.key).find((t) => columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support").length > 0)!;
      const column = columnsWhere(projects, (c) => c.kind === "amount" && c.measure === "support")[0];
      const rows = rowsOfKind(projects, "data");
      return { count: rows.length, total: rows.reduce((s, row) => s + (projects.sheet.get(`${column}${row}`)!.value as number), 0) };
    };
    const expected = sumOf(figures.projects.map((p) => p.support))
      .div(1_000_000)
      .toNumber();
    expect(supportOf("standard")).toEqual({ count: 120, total: expected });
    expect(supportOf("real")).toEqual({ count: 120, total: expected });
  });

  test("are written sheet by sheet and reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-bench-"));
    try {
      for (const layout of ["standard", "real"] as const) {
        const path = join(dir, `${layout}.xlsx`);
        await writeBenchWorkbook(path, layout, { sheets: 3, projects: 40 });
        const sheets = await readPackage(readFileSync(path));
        expect(sheets.map((s) => s.name)).toEqual([benchFigures(0).province, benchFigures(1).province, benchFigures(2).province]);
        const expected = benchSheet(benchFigures(1, 40), layout).workbook.sheets[0];
        expect(sheets[1].cells.size).toBe(expected.cells.size);
        expect(sheets[1].merges.sort()).toEqual([...expected.merges].sort());
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
