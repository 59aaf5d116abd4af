import { parse, parseA1Ref, tokenize } from "@borgar/fx";
import { Decimal } from "../../../src/core/numbers/decimal-config";
import { parseNumberText } from "../../../src/core/numbers/number-text";
import { a1, CellError, CellValue, isCellError } from "../../../src/core/workbook/snapshot";
import { CorpusSheet, CorpusWorkbook } from "./corpus-workbook";

/**
 * A small evaluator for the formulas the corpus writes (SUM, IFERROR, ROUND, + − × ÷ ^, references and
 * ranges, on one sheet or another), so every cached value is what a spreadsheet would compute:
 * - live formulas are computed in binary floating point, as Excel does (0,1 + 0,2 caches 0.30000000000000004);
 *   SUM skips text, an empty cell counts 0;
 * - typed figures (an officer's own arithmetic) are computed in exact decimals, and a number typed as text
 *   counts as its number, since the officer added what they read.
 * Anything else throws: a renderer that writes a formula this evaluator does not know is a corpus bug.
 */

type Scalar = number | string | boolean | null | CellError;
type Value = Scalar | Scalar[];
type Mode = "live" | "typed";

interface AstNode {
  type: string;
  [key: string]: unknown;
}

const DIV0: CellError = { error: "#DIV/0!" };
const VALUE: CellError = { error: "#VALUE!" };

/** Recomputes every live formula and typed figure of the workbook, in dependency order. */
export function recalculate(workbook: CorpusWorkbook): void {
  const done = new Set<string>();
  const active = new Set<string>();
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));

  const valueOf = (sheet: CorpusSheet, address: string): CellValue => {
    const key = `${sheet.name}!${address}`;
    const cell = sheet.get(address);
    if (!cell) return null;
    const formula = cell.formula ?? cell.typed;
    if (formula === undefined || done.has(key)) return cell.value;
    if (active.has(key)) throw new Error(`${workbook.fileName}: circular reference at ${key}`);
    active.add(key);
    const mode: Mode = cell.formula !== undefined ? "live" : "typed";
    const result = evaluateFormula(formula, mode, (sheetName, address) => {
      const target = sheetName === undefined ? sheet : sheets.get(sheetName);
      if (!target) throw new Error(`${workbook.fileName}: ${key} refers to a missing sheet ${sheetName}`);
      return valueOf(target, address);
    });
    if (Array.isArray(result)) throw new Error(`${workbook.fileName}: ${key} gives a range, not a value`);
    cell.value = result;
    active.delete(key);
    done.add(key);
    return cell.value;
  };

  for (const sheet of workbook.sheets) for (const address of [...sheet.cells.keys()]) valueOf(sheet, address);
}

/** The addresses (with their sheet, undefined for the formula's own) a formula reads. */
export function referencesOf(formula: string): { sheet?: string; address: string }[] {
  const out: { sheet?: string; address: string }[] = [];
  const walk = (node: AstNode) => {
    if (node.type === "ReferenceIdentifier") {
      const { sheet, top, left, bottom, right } = rangeOf(String(node.value));
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push({ sheet, address: a1(r, c) });
      return;
    }
    for (const child of childrenOf(node)) walk(child);
  };
  walk(astOf(formula));
  return out;
}

const ASTS = new Map<string, AstNode>();

/** The parsed formula, parsed once per text (the corpus recomputes every workbook after each plant). */
function astOf(formula: string): AstNode {
  let ast = ASTS.get(formula);
  if (!ast) {
    if (ASTS.size > 50_000) ASTS.clear(); // the benchmark's workbooks hold hundreds of thousands of distinct formulas
    ast = parse(tokenize(formula)) as unknown as AstNode;
    ASTS.set(formula, ast);
  }
  return ast;
}

function evaluateFormula(formula: string, mode: Mode, read: (sheet: string | undefined, address: string) => CellValue): Value {
  const ast = astOf(formula);
  const ops = mode === "live" ? LIVE : TYPED;

  const scalar = (node: AstNode): Scalar => {
    const v = evaluate(node);
    if (Array.isArray(v)) {
      if (v.length !== 1) return VALUE;
      return v[0];
    }
    return v;
  };

  const toNumber = (v: Scalar): number | CellError => {
    if (v === null || v === "") return v === null ? 0 : VALUE;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (isCellError(v)) return v;
    if (mode === "typed") return textNumber(v) ?? VALUE;
    return VALUE;
  };

  const evaluate = (node: AstNode): Value => {
    switch (node.type) {
      case "Literal":
        return node.value as Scalar;
      case "ReferenceIdentifier": {
        const { sheet, top, left, bottom, right } = rangeOf(String(node.value));
        const values: Scalar[] = [];
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) values.push(read(sheet, a1(r, c)));
        return top === bottom && left === right ? values[0] : values;
      }
      case "UnaryExpression": {
        const v = toNumber(scalar(arg(node, 0)));
        if (isCellError(v)) return v;
        if (node.operator === "-") return -v;
        if (node.operator === "+") return v;
        if (node.operator === "%") return ops.div(v, 100);
        throw new Error(`Unknown unary operator ${String(node.operator)} in =${formula}`);
      }
      case "BinaryExpression": {
        const x = toNumber(scalar(arg(node, 0)));
        const y = toNumber(scalar(arg(node, 1)));
        if (isCellError(x)) return x;
        if (isCellError(y)) return y;
        switch (node.operator) {
          case "+":
            return ops.add(x, y);
          case "-":
            return ops.add(x, -y);
          case "*":
            return ops.mul(x, y);
          case "/":
            return y === 0 ? DIV0 : ops.div(x, y);
          case "^":
            return Math.pow(x, y);
          default:
            throw new Error(`Unknown operator ${String(node.operator)} in =${formula}`);
        }
      }
      case "CallExpression": {
        const name = String((node.callee as AstNode).name).toUpperCase();
        const args = (node.arguments as AstNode[]) ?? [];
        if (name === "SUM") {
          let total = 0;
          for (const a of args) {
            const v = evaluate(a);
            for (const item of Array.isArray(v) ? v : [v]) {
              if (isCellError(item as CellValue)) return item;
              if (typeof item === "number") total = ops.add(total, item);
              else if (mode === "typed" && typeof item === "string") {
                const n = textNumber(item);
                if (n !== undefined) total = ops.add(total, n);
              }
            }
          }
          return total;
        }
        if (name === "IFERROR") {
          const v = scalar(args[0]);
          return isCellError(v) ? scalar(args[1]) : v;
        }
        if (name === "ROUND") {
          const x = toNumber(scalar(args[0]));
          const d = toNumber(scalar(args[1]));
          if (isCellError(x)) return x;
          if (isCellError(d)) return d;
          return new Decimal(x).toDecimalPlaces(d, Decimal.ROUND_HALF_UP).toNumber();
        }
        throw new Error(`The corpus evaluator does not know ${name}() in =${formula}`);
      }
      default:
        throw new Error(`The corpus evaluator does not know ${node.type} in =${formula}`);
    }
  };
  return evaluate(ast);
}

const LIVE = {
  add: (x: number, y: number) => x + y,
  mul: (x: number, y: number) => x * y,
  div: (x: number, y: number) => x / y,
};

const TYPED = {
  add: (x: number, y: number) => new Decimal(x).plus(y).toNumber(),
  mul: (x: number, y: number) => new Decimal(x).times(y).toNumber(),
  div: (x: number, y: number) => new Decimal(x).div(y).toNumber(),
};

function textNumber(text: string): number | undefined {
  const parsed = parseNumberText(text, { vietnamese: true });
  return parsed.ok ? parsed.value.value.toNumber() : undefined;
}

function arg(node: AstNode, i: number): AstNode {
  return (node.arguments as AstNode[])[i];
}

function childrenOf(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  if (Array.isArray(node.arguments)) out.push(...(node.arguments as AstNode[]));
  return out;
}

interface Bounds {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const RANGES = new Map<string, Bounds>();

function rangeOf(ref: string): Bounds {
  let bounds = RANGES.get(ref);
  if (!bounds) {
    if (RANGES.size > 50_000) RANGES.clear();
    bounds = parseRange(ref);
    RANGES.set(ref, bounds);
  }
  return bounds;
}

function parseRange(ref: string): Bounds {
  const parsed = parseA1Ref(ref);
  if (!parsed || !("range" in parsed) || !parsed.range) throw new Error(`Not a reference the corpus writes: ${ref}`);
  const range = parsed.range as { top: number; left: number; bottom?: number; right?: number };
  const context = parsed.context ?? [];
  return {
    sheet: context.length > 0 ? context[context.length - 1] : undefined,
    top: range.top,
    left: range.left,
    bottom: range.bottom ?? range.top,
    right: range.right ?? range.left,
  };
}
