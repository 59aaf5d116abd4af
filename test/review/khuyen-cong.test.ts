import { composedAddress, composeProvinceSheet, ProvinceSheetInput, SheetPositions } from "../../src/core/standard/compose";
import { reviewWorkbook } from "../../src/core/review/review";
import { reportHints } from "../../src/core/review/reading-hints";
import { validateWorkbook } from "../../src/core/validation/engine";
import { a1, Cell, GridSheet, parseA1 } from "../../src/core/workbook/snapshot";
import { goodInput } from "../validation/fixtures";

/**
 * Province sheets of the standard written with formulas as provinces do: the funding table's total row
 * adds its sources, completion = actual / plan on every row, each project's cost = support +
 * counterpart, and a total row under the projects. Every cached value is what Excel would show, so a
 * planted mistake leaves the figures right and only the formulas tell.
 */
function formulaSheet(plant?: (cells: FormulaCells) => void): GridSheet {
  const input = goodInput();
  const composed = composeProvinceSheet({
    ...input,
    projects: [...input.projects!, { name: "Tổng cộng" }],
  } as ProvinceSheetInput);
  const cells = new FormulaCells(composed.rows, composed.positions);
  const f = (key: string, i: number) => cells.at("funding", key, i);
  for (const key of ["plan", "actual", "sameLastYear", "previousPlan"]) cells.formula(f(key, 2), `SUM(${f(key, 0)}:${f(key, 1)})`);
  for (let i = 0; i < 3; i++) cells.formula(f("completion", i), `${f("actual", i)}/${f("plan", i)}`);
  const n = input.projects!.length;
  const p = (key: string, i: number) => cells.at("projects", key, i);
  for (let i = 0; i < n; i++) cells.formula(p("total", i), `${p("support", i)}+${p("counterpart", i)}`);
  for (const key of ["total", "support", "counterpart"]) cells.formula(p(key, n), `SUM(${p(key, 0)}:${p(key, n - 1)})`);
  cells.recompute();
  // Planted after the values are in: a mistake changes a formula, not the figures it shows.
  plant?.(cells);
  return new GridSheet(input.province, composed.rows);
}

/** The cells of a composed sheet written as formulas, their cached values computed from the figures. */
class FormulaCells {
  private readonly formulas = new Map<string, string>();

  constructor(
    private readonly rows: (Cell | undefined)[][],
    private readonly positions: SheetPositions,
  ) {}

  at(table: "funding" | "projects", key: string, index: number): string {
    return composedAddress(this.positions, table, key, index);
  }

  /** Sets a cell's formula; once the values are computed, the cell keeps the value it shows. */
  formula(address: string, text: string): void {
    this.formulas.set(address, text);
    const { row, col } = parseA1(address);
    const cell = this.rows[row][col];
    if (cell?.formula !== undefined) cell.formula = text;
  }

  /** Types over a formula the figure it showed. */
  typed(address: string): void {
    this.formulas.delete(address);
    const { row, col } = parseA1(address);
    this.rows[row][col] = { value: this.rows[row][col]!.value, format: this.rows[row][col]!.format };
  }

  /** Cached values as Excel would store them: each formula evaluated on the figures (formulas in order, each once). */
  recompute(): void {
    for (let pass = 0; pass < 3; pass++) {
      for (const [address, text] of this.formulas) {
        const { row, col } = parseA1(address);
        const value = evaluate(text, (r, c) => this.rows[r]?.[c]?.value);
        this.rows[row][col] = { ...(this.rows[row][col] ?? {}), value, formula: text };
      }
    }
  }
}

/** Arithmetic of the test formulas: SUM of a column range, A1+B1, A1/B1. */
function evaluate(text: string, value: (r: number, c: number) => unknown): number {
  const num = (address: string) => {
    const { row, col } = parseA1(address);
    const v = value(row, col);
    return typeof v === "number" ? v : 0;
  };
  if (text.startsWith("SUM(")) {
    const [from, to] = text.slice(4, -1).split(":").map(parseA1);
    let total = 0;
    for (let r = from.row; r <= to.row; r++) total += num(a1(r, from.col));
    return total;
  }
  if (text.includes("+")) return text.split("+").reduce((s, x) => s + num(x), 0);
  const [a, b] = text.split("/");
  return num(a) / num(b);
}

const cellsOf = (sheet: GridSheet) => validateWorkbook({ sheets: [sheet] }).findings.filter((f) => f.rule.startsWith("formula/"));
/** The value checks of validate: they see figures only, and the planted mistakes change none. */
const valueErrors = (sheet: GridSheet) =>
  validateWorkbook({ sheets: [sheet] }).findings.filter((f) => !f.rule.startsWith("formula/") && f.severity === "error");

describe("formula review on khuyến công province sheets", () => {
  it("finds nothing on a sound sheet written with formulas, in validate and in review", () => {
    const sheet = formulaSheet();
    expect(cellsOf(sheet)).toEqual([]);
    expect(reviewWorkbook({ sheets: [sheet] }, reportHints).findings).toEqual([]);
    expect(valueErrors(sheet)).toEqual([]);
  });

  it("a subtotal typed over its SUM: the total row's actual typed with the right figure", () => {
    let cell = "";
    const sheet = formulaSheet((cells) => {
      cell = cells.at("funding", "actual", 2);
      cells.typed(cell);
    });
    const findings = cellsOf(sheet);
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${cell} formula/hard-coded`]);
    expect(findings[0].expected).toBe(`=SUM(${cell[0]}10:${cell[0]}11)`);
    expect(valueErrors(sheet)).toEqual([]);
  });

  it("a SUM one row short: the projects' total leaves out the last project", () => {
    let cell = "";
    const sheet = formulaSheet((cells) => {
      cell = cells.at("projects", "support", 6);
      cells.formula(cell, `SUM(${cells.at("projects", "support", 0)}:${cells.at("projects", "support", 4)})`);
    });
    const finding = cellsOf(sheet).find((f) => f.cell === cell);
    expect(finding?.rule).toBe("formula/sum-omits-rows");
    expect(finding?.severity).toBe("error");
    expect(finding?.expected).toBe(`=SUM(H16:H21)`);
    expect(valueErrors(sheet)).toEqual([]);
  });

  it("a formula one column off: a project's cost adds the beneficiaries instead of the counterpart", () => {
    let cell = "";
    const sheet = formulaSheet((cells) => {
      cell = cells.at("projects", "total", 2);
      cells.formula(cell, `${cells.at("projects", "support", 2)}+${cells.at("projects", "beneficiaries", 2)}`);
    });
    const findings = cellsOf(sheet).filter((f) => f.cell === cell);
    expect(findings.map((f) => f.rule)).toEqual(["formula/column-identity"]);
    expect(findings[0].expected).toBe(`=H18+I18`);
    expect(valueErrors(sheet)).toEqual([]);
  });

  it("a completion over the wrong plan: KCĐP's completion divided by the total plan", () => {
    let cell = "";
    const sheet = formulaSheet((cells) => {
      cell = cells.at("funding", "completion", 1);
      cells.formula(cell, `${cells.at("funding", "actual", 1)}/${cells.at("funding", "plan", 2)}`);
    });
    const findings = cellsOf(sheet);
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${cell} formula/column-identity`]);
    expect(findings[0].expected).toBe("=C11/B11");
    expect(valueErrors(sheet)).toEqual([]);
  });
});
