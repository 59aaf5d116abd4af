import { parseA1Ref } from "@borgar/fx";
import type { AstExpression } from "@borgar/fx";
import { Interval } from "../numbers/interval";
import { CellBox, formulaTree } from "./formula";

/** The value of a cell of the formula's own sheet, or undefined when the cell cannot be given one. */
export type CellValues = (row: number, col: number) => number | undefined;

/** What a formula's arithmetic is computed in: plain numbers, or intervals of the values rounded figures stand for. */
interface Arithmetic<T> {
  literal(n: number): T;
  zero: T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  multiply(a: T, b: T): T;
  /** Undefined when the divisor is (or may be) zero. */
  divide(a: T, b: T): T | undefined;
  power(a: T, b: T): T | undefined;
  negate(a: T): T;
}

const NUMBERS: Arithmetic<number> = {
  literal: (n) => n,
  zero: 0,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => (b === 0 ? undefined : a / b),
  power: (a, b) => a ** b,
  negate: (a) => -a,
};

const INTERVALS: Arithmetic<Interval> = {
  literal: (n) => Interval.exact(n),
  zero: Interval.exact(0),
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  divide: (a, b) => a.dividedBy(b),
  power: () => undefined,
  negate: (a) => a.scale(-1),
};

/**
 * Evaluates the arithmetic of a formula: numbers, references to cells of its own sheet, + − × ÷ ^,
 * unary minus and percent, SUM over ranges, and IFERROR, ROUND, ABS taken by their first argument.
 * Undefined for anything else (other functions, other sheets, text): the review then makes no claim.
 * Enough to tell whether two formulas compute the same thing (evaluated on the same made-up values)
 * and what a formula gives on the sheet's figures.
 */
export function evaluateFormula(text: string, values: CellValues): number | undefined {
  const tree = formulaTree(text);
  return tree ? evaluateNode(tree, values, NUMBERS) : undefined;
}

/**
 * The values a formula can take when each cell it reads stands for an interval (a typed figure for the
 * values its rounding allows): how far a typed total may lie from the formula's figure by rounding alone.
 * Undefined where evaluateFormula is, and for powers.
 */
export function evaluateFormulaInterval(text: string, values: (row: number, col: number) => Interval | undefined): Interval | undefined {
  const tree = formulaTree(text);
  return tree ? evaluateNode(tree, values, INTERVALS) : undefined;
}

/** The cells a reference names on the formula's own sheet; undefined for another sheet, a name or a whole column. */
export function referenceBox(value: string): CellBox | undefined {
  const ref = parseA1Ref(value);
  if (!ref || !("range" in ref) || (ref.context ?? []).length > 0) return undefined;
  const { top, left, bottom, right } = ref.range;
  if (top === null || left === null || top === undefined || left === undefined) return undefined;
  return { top, left, bottom: bottom ?? top, right: right ?? left };
}

const PASS_THROUGH = new Set(["IFERROR", "ROUND", "ABS", "ROUNDUP", "ROUNDDOWN", "VALUE", "N"]);

function evaluateNode<T>(node: AstExpression, values: (row: number, col: number) => T | undefined, math: Arithmetic<T>): T | undefined {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" ? math.literal(node.value) : undefined;
    case "ReferenceIdentifier": {
      const box = referenceBox(node.value);
      return box && box.top === box.bottom && box.left === box.right ? values(box.top, box.left) : undefined;
    }
    case "UnaryExpression": {
      const x = evaluateNode(node.arguments[0], values, math);
      if (x === undefined) return undefined;
      return node.operator === "-" ? math.negate(x) : node.operator === "+" ? x : node.operator === "%" ? math.divide(x, math.literal(100)) : undefined;
    }
    case "BinaryExpression": {
      const a = evaluateNode(node.arguments[0], values, math);
      const b = a === undefined ? undefined : evaluateNode(node.arguments[1], values, math);
      if (a === undefined || b === undefined) return undefined;
      switch (node.operator) {
        case "+":
          return math.add(a, b);
        case "-":
          return math.subtract(a, b);
        case "*":
          return math.multiply(a, b);
        case "/":
          return math.divide(a, b);
        case "^":
          return math.power(a, b);
        default:
          return undefined;
      }
    }
    case "CallExpression": {
      const name = node.callee.name.toUpperCase();
      if (name === "SUM") return sumOf(node.arguments, values, math);
      if (PASS_THROUGH.has(name) && node.arguments.length > 0) return evaluateNode(node.arguments[0], values, math);
      return undefined;
    }
    default:
      return undefined;
  }
}

function sumOf<T>(args: AstExpression[], values: (row: number, col: number) => T | undefined, math: Arithmetic<T>): T | undefined {
  let total = math.zero;
  for (const arg of args) {
    if (arg.type === "ReferenceIdentifier") {
      const box = referenceBox(arg.value);
      if (!box) return undefined;
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const x = values(r, c);
          if (x !== undefined) total = math.add(total, x);
        }
      }
    } else {
      const x = evaluateNode(arg, values, math);
      if (x === undefined) return undefined;
      total = math.add(total, x);
    }
  }
  return total;
}
