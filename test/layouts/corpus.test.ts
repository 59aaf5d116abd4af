import ExcelJS from "exceljs";
import { foldLabel, foldLoose } from "../../src/core/text/fold";
import { a1, columnLetter, parseA1 } from "../../src/core/workbook/snapshot";
import { cleanEntries, corpus, CorpusEntry, plantedEntries } from "./catalogue";
import { checkWorkbook, Violation } from "./check-corpus";
import { PlantedKind, SheetKey } from "./key";
import { bodyRows, columnNumbers, columnsWhere, isFigure, KeyedTable, keyedTables, parseIdentity, rowKind, rowsOfKind } from "./key-cells";
import { CorpusSheet, CorpusWorkbook, rangeBounds } from "./workbook/corpus-workbook";
import { referencesOf } from "./workbook/evaluate";
import { toWorkbookSnapshot } from "./workbook/to-snapshot";
import { PRODUCERS, produce, Producer } from "./writers/producers";
import { readPackage } from "./writers/read-package";

const PLANTED_KINDS: PlantedKind[] = [
  "total-mismatch",
  "subtotal-mismatch",
  "identity-mismatch",
  "column-identity",
  "completion-mismatch",
  "cap-exceeded",
  "text-number",
  "header-contradiction",
  "empty-total",
  "subtotal-typed-over-sum",
  "sum-one-row-short",
  "formula-one-column-off",
  "completion-wrong-plan",
];

const text = (sheet: CorpusSheet, address: string): string => {
  const v = sheet.get(address)?.value;
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
};

/** The text a header position shows: its own cell, or the master of a merge covering it. */
function headerText(sheet: CorpusSheet, row: number, col: number): string {
  const own = text(sheet, a1(row - 1, col - 1));
  if (own) return own;
  for (const range of sheet.merges) {
    const b = rangeBounds(range);
    if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) return text(sheet, a1(b.top - 1, b.left - 1));
  }
  return "";
}

function rowTexts(t: KeyedTable, row: number): string[] {
  const out: string[] = [];
  for (let c = t.bounds.left; c <= t.bounds.right; c++) {
    const v = text(t.sheet, a1(row - 1, c - 1));
    if (v) out.push(v);
  }
  return out;
}

function allText(workbook: CorpusWorkbook, sheet: CorpusSheet): string {
  return foldLabel([workbook.fileName, sheet.name, ...[...sheet.cells.values()].map((c) => String(c.value ?? ""))].join(" | "));
}

describe("the layouts corpus", () => {
  const entries = corpus();

  test("covers every layout, clean and planted, with at least 40 planted errors and every kind twice", () => {
    const families = new Set(entries.map((e) => e.id.split(/[-+]/)[0]));
    for (const family of ["standard", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11", "L12", "L13", "L14", "L15"]) {
      expect(families.has(family)).toBe(true);
      expect(cleanEntries().some((e) => e.id.split(/[-+]/)[0] === family)).toBe(true);
      expect(plantedEntries().some(({ entry }) => entry.id.split(/[-+]/)[0] === family)).toBe(true);
    }
    const planted = entries.flatMap((e) => e.rendered.key.planted);
    expect(planted.length).toBeGreaterThanOrEqual(40);
    for (const kind of PLANTED_KINDS) expect(planted.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(2);
    expect(cleanEntries().every((e) => e.rendered.key.planted.length === 0)).toBe(true);
    expect(entries.some((e) => Object.values(e.rendered.key.sheets).some((s) => s.status === "not-report"))).toBe(true);
    expect(entries.some((e) => Object.values(e.rendered.key.sheets).some((s) => s.status === "partial"))).toBe(true);
    expect(new Set(entries.map((e) => e.producer))).toEqual(new Set(PRODUCERS));
  });

  describe.each(entries.map((e) => [e.id, e] as [string, CorpusEntry]))("%s", (_, entry) => {
    const { workbook, key } = entry.rendered;

    test("its key refers to cells that exist and hold what the key says", () => {
      expect(key.fileName).toBe(workbook.fileName);
      expect(Object.keys(key.sheets).sort()).toEqual(workbook.sheets.map((s) => s.name).sort());
      for (const [name, sheetKey] of Object.entries(key.sheets)) {
        const sheet = workbook.sheets.find((s) => s.name === name)!;
        checkTitleFacts(workbook, sheet, sheetKey);
        if (sheetKey.status === "not-report") expect(sheetKey.tables).toEqual([]);
        else expect(sheetKey.tables.length).toBeGreaterThan(0);
      }
      const typedAsText = new Set(key.planted.filter((p) => p.kind === "text-number").map((p) => `${p.sheet}!${p.cell}`));
      for (const t of keyedTables(workbook, key)) checkTable(t, typedAsText);
      for (const p of key.planted) {
        expect(key.sheets[p.sheet]).toBeDefined();
        expect(() => parseA1(p.cell)).not.toThrow();
      }
    });

    if (entry.twin === undefined) {
      test("is arithmetically consistent with the digits it shows", () => {
        expect(checkWorkbook(workbook, key)).toEqual([]);
      });
    }
  });

  describe.each(plantedEntries().map(({ entry, twin }) => [entry.id, entry, twin] as [string, CorpusEntry, CorpusEntry]))("%s", (_, entry, twin) => {
    const planted = entry.rendered;

    test("differs from its clean twin exactly at the planted cells and what they change", () => {
      const changed = new Set([...planted.key.planted.map((p) => `${p.sheet}!${p.cell}`), ...planted.changed]);
      const allowed = withDependents(planted.workbook, twin.rendered.workbook, changed);
      const differences = diff(twin.rendered.workbook, planted.workbook);
      expect(differences.filter((d) => !allowed.has(d))).toEqual([]);
      for (const p of planted.key.planted) {
        if (p.kind === "header-contradiction") {
          const column = p.cell.replace(/\d+$/, "");
          expect(differences.some((d) => d.startsWith(`${p.sheet}!${column}`))).toBe(true);
        } else expect(differences).toContain(`${p.sheet}!${p.cell}`);
      }
      const twinKey = { ...twin.rendered.key, planted: [] };
      const plantedKey = { ...planted.key, planted: [] };
      for (const sheet of Object.values(plantedKey.sheets)) for (const table of sheet.tables) delete table.emptyTotals;
      expect(plantedKey).toEqual(twinKey);
    });

    test("holds each planted error where the key says", () => {
      const violations = checkWorkbook(planted.workbook, planted.key);
      const at = (p: { sheet: string; cell: string }) => violations.filter((v) => v.sheet === p.sheet && v.cell === p.cell);
      for (const p of planted.key.planted) {
        const here = at(p).map((v) => v.kind);
        const clean = twin.rendered.workbook.sheets.find((s) => s.name === p.sheet)!.get(p.cell);
        const now = planted.workbook.sheets.find((s) => s.name === p.sheet)!.get(p.cell);
        switch (p.kind) {
          case "header-contradiction":
            break;
          case "subtotal-typed-over-sum":
            expect(clean?.formula).toMatch(/^SUM\(/);
            expect(now?.formula).toBeUndefined();
            expect(now?.value).toEqual(clean?.value);
            break;
          case "sum-one-row-short": {
            const [before, after] = [referencesOf(clean!.formula!), referencesOf(now!.formula!)];
            expect(after.length).toBe(before.length - 1);
            expect(after.map((r) => r.address)).toEqual(before.slice(0, -1).map((r) => r.address));
            break;
          }
          case "formula-one-column-off": {
            const [before, after] = [referencesOf(clean!.formula!), referencesOf(now!.formula!)];
            expect(after.length).toBe(before.length);
            const shifts = after.map((r, i) => parseA1(r.address).col - parseA1(before[i].address).col);
            expect(new Set(shifts).size).toBe(1);
            expect(Math.abs(shifts[0])).toBe(1);
            break;
          }
          case "completion-wrong-plan": {
            const [before, after] = [referencesOf(clean!.formula!), referencesOf(now!.formula!)];
            expect(after[0]).toEqual(before[0]);
            expect(after[1]).not.toEqual(before[1]);
            break;
          }
          default:
            expect(here).toContain(p.kind === "column-identity" ? "column-identity" : p.kind);
        }
      }
      // Anything else that no longer adds up sits on a row a planted cell (or a figure computed from one) is on.
      const seeds = new Set([...planted.key.planted.map((p) => `${p.sheet}!${p.cell}`), ...planted.changed]);
      const rows = new Set([...withDependents(planted.workbook, twin.rendered.workbook, seeds)].map((a) => a.replace(/![A-Z]+/, "!")));
      const stray = violations.filter((v: Violation) => !rows.has(`${v.sheet}!${v.cell.replace(/^[A-Z]+/, "")}`));
      expect(stray).toEqual([]);
    });
  });

  describe("producers", () => {
    // Every producer on a sample that covers merges, formulas, text numbers, several sheets and empty totals;
    // and every entry the catalogue writes with a producer other than ExcelJS, with that producer.
    const sample = [
      "standard",
      "standard-formulas+review",
      "L6+L7+export",
      "L9-system+export",
      "L10",
      "L11-funds",
      "L12",
      "L15-flipped+planted",
      "not-a-report",
    ];
    const cases: [string, Producer][] = [
      ...PRODUCERS.flatMap((p) => sample.map((id) => [id, p] as [string, Producer])),
      ...entries.filter((e) => e.producer !== "exceljs" && !sample.includes(e.id)).map((e) => [e.id, e.producer] as [string, Producer]),
    ];

    test.each(cases)("%s written by %s reopens with every cell, formula and merge", async (id, producer) => {
      const entry = entries.find((e) => e.id === id)!;
      const buffer = await produce(entry.rendered.workbook, producer);
      const sheets = await readPackage(buffer);
      const snapshot = toWorkbookSnapshot(entry.rendered.workbook);
      expect(sheets.map((s) => s.name)).toEqual(snapshot.sheets.map((s) => s.name));
      sheets.forEach((read, i) => {
        const expected = snapshot.sheets[i];
        const cells = new Map<string, unknown>();
        for (let r = 0; r < expected.rowCount; r++) {
          for (let c = 0; c < expected.colCount; c++) {
            const cell = expected.cell(r, c);
            if (!cell) continue;
            const want: Record<string, unknown> = { value: cell.value };
            if (cell.formula) want.formula = cell.formula;
            if (cell.format && !producer.startsWith("inline")) want.format = cell.format;
            cells.set(a1(r, c), want);
          }
        }
        expect(Object.fromEntries(read.cells)).toEqual(Object.fromEntries(cells));
        expect([...read.merges].sort()).toEqual([...(expected.merges ?? [])].map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort());
      });
      if (producer.endsWith("prefixed")) {
        const zip = await (await import("jszip")).default.loadAsync(buffer);
        const worksheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
        expect(worksheet).toMatch(/<x:worksheet /);
        expect(worksheet).not.toMatch(/<(?!x:|\/x:|\?)[A-Za-z]/);
      } else if (sample.includes(id)) {
        // A second, independent reader opens it too.
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(buffer as unknown as ArrayBuffer);
        expect(book.worksheets.map((w) => w.name)).toEqual(snapshot.sheets.map((s) => s.name));
      }
    });
  });
});

/** Title-block facts must be visible somewhere: the sheet's cells, its name or the file name. */
function checkTitleFacts(workbook: CorpusWorkbook, sheet: CorpusSheet, key: SheetKey): void {
  const all = allText(workbook, sheet);
  if (key.province) expect(all).toContain(foldLabel(key.province));
  if (key.year) expect(all).toContain(String(key.year));
  if (key.unit) {
    const words = { dong: ["dong"], nghin: ["nghin dong"], trieu: ["trieu dong", "tr dong"], ty: ["ty dong"] }[key.unit];
    expect(words.some((w) => all.includes(w))).toBe(true);
  }
  if (key.fund) expect(all).toMatch(key.fund === "KCQG" ? /quoc gia|trung uong|\btw\b/ : /dia phuong|\bdp\b/);
}

function checkTable(t: KeyedTable, typedAsText: Set<string>): void {
  const { table, bounds, sheet } = t;
  const where = `${sheet.name}!${table.range}`;
  expect([where, table.headerRows[0]]).toEqual([where, bounds.top]);
  expect(table.headerRows.length).toBeGreaterThanOrEqual(1);
  expect(table.headerRows.length).toBeLessThanOrEqual(3);
  table.headerRows.forEach((r, i) => expect(r).toBe(bounds.top + i));
  const extent = sheet.extent();
  expect(bounds.bottom).toBeLessThanOrEqual(extent.rows);
  expect(bounds.right).toBeLessThanOrEqual(extent.cols);
  for (const [letter, role] of Object.entries(table.columns)) {
    const col = parseA1(`${letter}1`).col + 1;
    expect([where, letter, col >= bounds.left && col <= bounds.right]).toEqual([where, letter, true]);
    const label = table.headerRows.map((r) => headerText(sheet, r, col)).join(" ");
    expect([where, letter, label.trim().length > 0]).toEqual([where, letter, true]);
    // The column holds what its role says on item rows.
    const values = rowsOfKind(t, "data")
      .filter((r) => !typedAsText.has(`${sheet.name}!${letter}${r}`))
      .map((r) => sheet.get(`${letter}${r}`)?.value)
      .filter((v) => v !== undefined && v !== null);
    if (isFigure(role)) expect([where, letter, values.every((v) => typeof v === "number")]).toEqual([where, letter, true]);
    if (role.kind === "label" || role.kind === "beneficiary")
      expect([where, letter, values.every((v) => typeof v === "string")]).toEqual([where, letter, true]);
  }
  const first = Math.max(...table.headerRows) + 1;
  for (const [r, kind] of Object.entries(table.rows)) {
    const row = Number(r);
    expect([where, row, row >= first && row <= bounds.bottom]).toEqual([where, row, true]);
    const texts = rowTexts(t, row).map(foldLoose);
    const figures = columnsWhere(t, isFigure).filter((c) => sheet.get(`${c}${row}`) !== undefined);
    switch (kind) {
      case "total":
        expect([where, row, texts.some((x) => /\btong\b|\bcong\b/.test(x))]).toEqual([where, row, true]);
        break;
      case "subtotal":
        expect([where, row, texts.length > 0 && figures.length > 0]).toEqual([where, row, true]);
        break;
      case "section":
        expect([where, row, texts.length > 0 && figures.length === 0]).toEqual([where, row, true]);
        break;
      case "ofWhich": {
        // "- …", "trong đó …", "Tr.đó", or the next part of the "trong đó:" list above it.
        const continues = rowKind(t, row - 1) === "ofWhich";
        expect([where, row, continues || texts.some((x) => /^-|trong do|tr\.\s*do/.test(x))]).toEqual([where, row, true]);
        break;
      }
      case "columnNumbers":
        expect([where, row, rowTexts(t, row).every((x) => /^[A-Z]$|^\d+(=[\d+/]+)?$/.test(x.trim()))]).toEqual([where, row, true]);
        break;
      case "blank":
        expect(rowTexts(t, row)).toEqual([]);
        break;
    }
  }
  for (const row of rowsOfKind(t, "data")) expect([where, row, rowTexts(t, row).length > 0]).toEqual([where, row, true]);
  const numbers = columnNumbers(t);
  for (const identity of table.columnIdentities ?? []) {
    const { left, right } = parseIdentity(identity);
    for (const n of [left, ...right]) expect([where, identity, n, numbers.has(n)]).toEqual([where, identity, n, true]);
  }
  for (const rows of [table.sectionFunds, table.sectionActivities, table.sectionProvinces]) {
    for (const r of Object.keys(rows ?? {})) expect(["subtotal", "section"]).toContain(rowKind(t, Number(r)));
  }
  for (const row of table.emptyTotals ?? []) {
    expect(rowKind(t, row)).toBe("total");
    expect(columnsWhere(t, isFigure).filter((c) => sheet.get(`${c}${row}`) !== undefined)).toEqual([]);
  }
  expect(bodyRows(t).length).toBeGreaterThan(0);
}

/** Cells ("Sheet!A1") whose value, formula or format differ between two workbooks. */
function diff(a: CorpusWorkbook, b: CorpusWorkbook): string[] {
  const out: string[] = [];
  const sa = toWorkbookSnapshot(a).sheets;
  const sb = toWorkbookSnapshot(b).sheets;
  expect(sb.map((s) => s.name)).toEqual(sa.map((s) => s.name));
  sa.forEach((x, i) => {
    const y = sb[i];
    const rows = Math.max(x.rowCount, y.rowCount);
    const cols = Math.max(x.colCount, y.colCount);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (JSON.stringify(x.cell(r, c) ?? null) !== JSON.stringify(y.cell(r, c) ?? null)) out.push(`${x.name}!${columnLetter(c)}${r + 1}`);
      }
    }
  });
  return out;
}

/** The seeds and every cell whose formula (live or typed, in either workbook) reads one of them, transitively. */
function withDependents(planted: CorpusWorkbook, clean: CorpusWorkbook, seeds: Set<string>): Set<string> {
  const readers = new Map<string, Set<string>>();
  for (const workbook of [planted, clean]) {
    for (const sheet of workbook.sheets) {
      for (const [address, cell] of sheet.cells) {
        const formula = cell.formula ?? cell.typed;
        if (!formula) continue;
        for (const ref of referencesOf(formula)) {
          const source = `${ref.sheet ?? sheet.name}!${ref.address}`;
          if (!readers.has(source)) readers.set(source, new Set());
          readers.get(source)!.add(`${sheet.name}!${address}`);
        }
      }
    }
  }
  const out = new Set(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    for (const next of readers.get(queue.pop()!) ?? []) {
      if (!out.has(next)) {
        out.add(next);
        queue.push(next);
      }
    }
  }
  return out;
}
