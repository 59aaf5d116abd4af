import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { renderSegmentsText, Segment } from "../../src/core/narrative/segments";
import { segmentsFormula } from "../../src/core/summary/segment-formula";
import { sheetRef } from "../../src/core/summary/sheet-ref";
import { recalculateWithLibreOffice } from "./libreoffice";

jest.setTimeout(180_000);

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomFigure(next: () => number): number {
  const kind = Math.floor(next() * 8);
  const digits = Math.floor(next() * 5); // 0–4 decimals, as tỷ figures converted from triệu/nghìn
  const magnitude = 10 ** Math.floor(next() * 7); // up to millions (grouping with several dots)
  const raw = Number((next() * magnitude).toFixed(digits));
  switch (kind) {
    case 0:
      return 0; // a zero denominator: "không xác định"
    case 1:
      return -raw; // negative amounts and growth below zero
    case 2:
      return Number((Math.floor(next() * 100000) / 1000 + 0.005).toFixed(3)); // ties at two decimals
    case 3:
      return Math.floor(next() * 2e9); // large integers: three thousands dots
    default:
      return raw;
  }
}

function withinLimit(f: Record<string, number>): boolean {
  const pairs: [number, number][] = [
    [f.a, f.b],
    [f.b, f.c],
    [f.a, f.c],
    [f.b, f.a],
  ];
  return pairs.every(([n, d]) => d === 0 || Math.abs((n / d) * 100) < 1e11);
}

const SHEET = "Số liệu - A1 'x' (2)";
const NAMES = ["a", "b", "c", "d"];

function paragraph(i: number): Segment[] {
  return [
    { kind: "text", text: `Đoạn ${i} "trích dẫn": ` },
    { kind: "count", figure: "d" },
    { kind: "text", text: " tỉnh; tổng " },
    { kind: "amount", figure: "a", decimals: 2, unit: "ty" },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "completion", numerator: "a", denominator: "b", decimals: 2 },
    { kind: "text", text: "; " },
    { kind: "phrase", measure: "growth", numerator: "b", denominator: "c", label: "kế hoạch năm 2022", decimals: 2 },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "ratio", numerator: "a", denominator: "c", decimals: 1 },
    { kind: "text", text: ", " },
    { kind: "amount", figure: "c", decimals: 0, unit: "trieu" },
    { kind: "text", text: ", " },
    { kind: "phrase", measure: "share", numerator: "b", denominator: "a", decimals: 3 },
    { kind: "text", text: "." },
  ];
}

describe("segment formulas evaluated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-segments-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("give renderSegmentsText's text for 300 random sets of figures", async () => {
    const next = rng(20231231);
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet(SHEET);
    const out = wb.addWorksheet("Out");
    const expected: string[] = [];
    const count = 300;
    for (let i = 0; i < count; i++) {
      const figures: Record<string, number> = {};
      const refs: Record<string, string> = {};
      // The formula writes integer parts below 10^12 (see viNumberFormula): redraw sets whose
      // percentages would exceed that (a share of a trillion percent is no report's figure).
      do for (const name of NAMES) figures[name] = name === "d" ? Math.floor(next() * 40) : randomFigure(next);
      while (!withinLimit(figures));
      NAMES.forEach((name, j) => {
        data.getCell(i + 1, j + 1).value = figures[name];
        refs[name] = sheetRef(SHEET, `${String.fromCharCode(65 + j)}${i + 1}`);
      });
      const segments = paragraph(i);
      const formula = segmentsFormula(segments, refs);
      expect(formula.length).toBeLessThan(8192);
      out.getCell(i + 1, 1).value = { formula, result: "" };
      expected.push(renderSegmentsText(segments, figures));
    }
    const input = join(dir, "segments.xlsx");
    await wb.xlsx.writeFile(input);
    const recalculated = await recalculateWithLibreOffice(input, join(dir, "out"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculated);
    const sheet = back.getWorksheet("Out")!;
    const mismatches: string[] = [];
    for (let i = 0; i < count; i++) {
      const v = sheet.getCell(i + 1, 1).value as { result?: unknown } | string;
      const got = typeof v === "object" && v !== null ? String(v.result) : String(v);
      if (got !== expected[i]) mismatches.push(`row ${i + 1}:\n  formula: ${got}\n  text:    ${expected[i]}`);
    }
    expect(mismatches).toEqual([]);
  });
});
