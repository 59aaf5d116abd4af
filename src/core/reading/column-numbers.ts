import { cellText } from "../standard/read-cell";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import { ColumnIdentity } from "./types";

/**
 * The column-number row of the official forms: "A | B | C | 1 | 2 | 3=4+5 | 4 | 5", sometimes only "A"
 * (L6), sometimes "(1) | (2)". It is not data: it is skipped, and its formulas ("3=4+5", "4=3/2") become
 * identities between columns, checked like any identity with the digits shown.
 */

const LETTER = /^\(?[A-Z]\)?$/;
const NUMBER = /^\(?(\d{1,2})\)?$/;
const IDENTITY = /^\(?(\d{1,2})\)?\s*=\s*(\(?\d{1,2}\)?(?:\s*[-+/:xX*]\s*\(?\d{1,2}\)?)+)$/;

type Token = { kind: "letter" } | { kind: "number"; n: number } | { kind: "identity"; n: number; expr: string };

function token(text: string): Token | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  if (LETTER.test(t)) return { kind: "letter" };
  const n = NUMBER.exec(t);
  if (n) return { kind: "number", n: Number(n[1]) };
  const id = IDENTITY.exec(t);
  if (id) return { kind: "identity", n: Number(id[1]), expr: id[2] };
  return undefined;
}

/** Whether a row is a column-number row: every cell written is a letter, a small number or an identity. */
export function isColumnNumberRow(sheet: SheetSnapshot, row: number): boolean {
  let letters = 0;
  let identities = 0;
  const numbers: number[] = [];
  let firstCol = -1;
  for (let c = 0; c < sheet.colCount; c++) {
    const cell = sheet.cell(row, c);
    const v = cell?.value;
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) continue;
    if (firstCol < 0) firstCol = c;
    const t = typeof v === "number" ? (Number.isInteger(v) && v > 0 && v < 100 ? ({ kind: "number", n: v } as Token) : undefined) : token(cellText(cell));
    if (!t) return false;
    if (t.kind === "letter") letters++;
    else if (t.kind === "identity") {
      identities++;
      numbers.push(t.n);
    } else numbers.push(t.n);
  }
  if (letters + numbers.length === 0) return false;
  if (identities > 0) return true;
  // Numbers alone must count up (1, 2, 3…), as a form numbers its columns; a lone letter is L6's "A".
  for (let i = 1; i < numbers.length; i++) if (numbers[i] <= numbers[i - 1]) return false;
  if (letters > 0) return letters >= 2 || numbers.length > 0 || firstCol <= 1;
  return numbers.length >= 3 && numbers[0] <= 2;
}

/** The identities a column-number row states, with each number resolved to its column. */
export function columnIdentities(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
): { identities: ColumnIdentity[]; numbers: Map<number, string> } {
  const byNumber = new Map<number, number>();
  const numbers = new Map<number, string>();
  const found: { col: number; n: number; expr: string; text: string }[] = [];
  for (let c = left; c <= right; c++) {
    const cell = sheet.cell(row, c);
    const text = cellText(cell);
    if (text === "") continue;
    numbers.set(c, text);
    const t = typeof cell?.value === "number" ? ({ kind: "number", n: cell.value } as Token) : token(text);
    if (!t || t.kind === "letter") continue;
    byNumber.set(t.n, c);
    if (t.kind === "identity") found.push({ col: c, n: t.n, expr: t.expr, text });
  }
  const identities: ColumnIdentity[] = [];
  for (const f of found) {
    const expr = f.expr.replace(/[()\s]/g, "").replace(/:/g, "/");
    const terms = /^(\d+)((?:[-+/xX*]\d+)+)$/.exec(expr);
    if (!terms) continue;
    const ops = [...terms[2].matchAll(/([-+/xX*])(\d+)/g)];
    const first = byNumber.get(Number(terms[1]));
    const rest = ops.map((o) => byNumber.get(Number(o[2])));
    if (first === undefined || rest.some((c) => c === undefined)) continue;
    const kinds = new Set(ops.map((o) => o[1]));
    if (kinds.has("/")) {
      if (ops.length !== 1) continue;
      identities.push({ text: f.text, cell: a1(row, f.col), target: f.col, op: "/", operands: [first, rest[0]!], signs: [1, 1] });
    } else if ([...kinds].every((k) => k === "+" || k === "-")) {
      identities.push({
        text: f.text,
        cell: a1(row, f.col),
        target: f.col,
        op: kinds.has("-") ? "-" : "+",
        operands: [first, ...(rest as number[])],
        signs: [1, ...ops.map((o) => (o[1] === "-" ? -1 : 1))],
      });
    }
  }
  return { identities, numbers };
}
