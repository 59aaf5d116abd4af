import { parseA1Ref } from "@borgar/fx";
import type { AstExpression } from "@borgar/fx";
import { CellBox, formulaTree } from "./formula";

/** The value of a cell of the formula's own sheet, or undefined when the cell cannot be given one. */
export type CellValues = (row: number, col: number) => number | undefined;

/**
 * Evaluates the arithmetic of a formula: numbers, references to cells of its own sheet, + − × ÷ ^,
 * unary minus and percent, SUM over ranges, and IFERROR, ROUND, ABS taken by their first argument.
 * Undefined for anything else (other functions, other sheets, text): the review then makes no claim.
 * Enough to tell whether two formulas compute the same thing (evaluated on the same made-up values)
 * and what a formula gives on the sheet's figures.
 */
export function evaluateFormula(text: string, values: CellValues): number | undefined {
  const tree = formulaTree(text);
  return tree ? evaluateNode(tree, values) : undefined;
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

function evaluateNode(node: AstExpression, values: CellValues): number | undefined {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" ? node.value : undefined;
    case "ReferenceIdentifier": {
      const box = referenceBox(node.value);
      return box && box.top === box.bottom && box.left === box.right ? values(box.top, box.left) : undefined;
    }
    case "UnaryExpression": {
      const x = evaluateNode(node.arguments[0], values);
      if (x === undefined) return undefined;
      return node.operator === "-" ? -x : node.operator === "+" ? x : node.operator === "%" ? x / 100 : undefined;
    }
    case "BinaryExpression": {
      const [a, b] = node.arguments.map((n) => evaluateNode(n, values));
      if (a === undefined || b === undefined) return undefined;
      switch (node.operator) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return b === 0 ? undefined : a / b;
        case "^":
          return a ** b;
        default:
          return undefined;
      }
    }
    case "CallExpression": {
      const name = node.callee.name.toUpperCase();
      if (name === "SUM") return sumOf(node.arguments, values);
      if (PASS_THROUGH.has(name) && node.arguments.length > 0) return evaluateNode(node.arguments[0], values);
      return undefined;
    }
    default:
      return undefined;
  }
}

function sumOf(args: AstExpression[], values: CellValues): number | undefined {
  let total = 0;
  for (const arg of args) {
    if (arg.type === "ReferenceIdentifier") {
      const box = referenceBox(arg.value);
      if (!box) return undefined;
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) total += values(r, c) ?? 0;
      }
    } else {
      const x = evaluateNode(arg, values);
      if (x === undefined) return undefined;
      total += x;
    }
  }
  return total;
}
