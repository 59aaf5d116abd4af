import { MAX_COLS, MAX_ROWS, parse, parseA1Ref, tokenize, tokenTypes, translateTokensToR1C1 } from "@borgar/fx";
import type { AstExpression, Token } from "@borgar/fx";
import { a1, columnLetter } from "../workbook/snapshot";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reference a formula makes, resolved against the cell that holds the formula. */
export interface FormulaReference extends CellBox {
  /** The sheet the reference names, or undefined for the formula's own sheet. */
  sheet?: string;
  /** Into another workbook ("[1]Sheet!A1") or across sheets ("Sheet1:Sheet3!A1"): not followed. */
  outside: boolean;
  /** A whole column or row ("A:A", "3:3"): its empty cells are not a finding. */
  whole: boolean;
  /** The reference's token in `ParsedFormula.shapeTokens`. */
  token: number;
}

/** A numeric literal of a formula. */
export interface FormulaNumber {
  value: number;
  token: number;
}

/**
 * A formula as the review compares it: its tokens in relative (R1C1) form, so that two cells filled
 * from one formula have the same `shape`, with its references resolved to cells and its literals.
 */
export interface ParsedFormula {
  /** The formula as stored, without "=". */
  text: string;
  /** One string per token, whitespace dropped, references in R1C1 relative to the cell, names upper case. */
  shapeTokens: string[];
  /** The token kinds, parallel to shapeTokens ("range", "number", "func", "operator", …). */
  tokenKinds: string[];
  shape: string;
  refs: FormulaReference[];
  numbers: FormulaNumber[];
  /** Function names, upper case. */
  functions: string[];
  /** Error literals written in the formula (#REF! left by a deleted row or column). */
  errors: string[];
  /** Defined names and structured references: the review cannot follow them. */
  names: string[];
  /** How the formula reads when filled to another cell, for formulas whose every reference is a plain range (see fillFormula). */
  fill?: FillTemplate;
}

const REFERENCE_KINDS = new Set<string>([tokenTypes.REF_RANGE, tokenTypes.REF_BEAM, tokenTypes.REF_TERNARY]);

/**
 * Parses a formula stored in a cell (without "=") with @borgar/fx: tokens, references resolved against
 * the cell (quoted sheet names, 3-D and external references, whole columns), R1C1 shape, literals.
 */
export function parseFormula(text: string, row: number, col: number): ParsedFormula {
  const all = tokenize(`=${text}`, { mergeRefs: true, negativeNumbers: false, withLocation: false }).filter((t) => t.type !== tokenTypes.FX_PREFIX);
  const tokens = all.filter((t) => t.type !== tokenTypes.WHITESPACE && t.type !== tokenTypes.NEWLINE);
  // A leading "+" (a habit from Lotus: "=+D69+C69") changes nothing.
  if (tokens.length > 1 && tokens[0].type === tokenTypes.OPERATOR && tokens[0].value === "+") tokens.shift();
  const relative = translateTokensToR1C1(tokens, a1(row, col));
  const parsed: ParsedFormula = { text, shapeTokens: [], tokenKinds: [], shape: "", refs: [], numbers: [], functions: [], errors: [], names: [] };
  const refOfToken = new Map<Token, FormulaReference>();
  tokens.forEach((token, i) => {
    const kind = token.type;
    parsed.tokenKinds.push(kind);
    parsed.shapeTokens.push(kind === tokenTypes.FUNCTION ? token.value.toUpperCase() : (relative[i]?.value ?? token.value));
    if (REFERENCE_KINDS.has(kind)) {
      const ref = resolveReference(token, i);
      if (ref) {
        parsed.refs.push(ref);
        refOfToken.set(token, ref);
      } else parsed.names.push(token.value);
    } else if (kind === tokenTypes.REF_NAMED || kind === tokenTypes.REF_STRUCT) {
      parsed.names.push(token.value);
    } else if (kind === tokenTypes.NUMBER) {
      parsed.numbers.push({ value: Number(token.value), token: i });
    } else if (kind === tokenTypes.FUNCTION) {
      parsed.functions.push(token.value.toUpperCase());
    } else if (kind === tokenTypes.ERROR) {
      parsed.errors.push(token.value.toUpperCase());
    }
  });
  parsed.shape = parsed.shapeTokens.join("");
  parsed.fill = fillTemplate(text, all, refOfToken);
  return parsed;
}

/** A formula's text as pieces: the tokens as written, and its references with which of their bounds are fixed ($). */
type FillTemplate = (string | FillReference)[];

interface FillReference {
  /** The sheet or workbook prefix as written ("Sheet1!", "'My Sheet'!"), or "". */
  prefix: string;
  /** The reference in ParsedFormula.refs. */
  ref: number;
  fixed: { top: boolean; left: boolean; bottom: boolean; right: boolean };
  /** Written as a range ("A1:B2") rather than one cell. */
  range: boolean;
}

function fillTemplate(text: string, tokens: Token[], refOfToken: Map<Token, FormulaReference>): FillTemplate | undefined {
  const template: FillTemplate = [];
  const refs = [...refOfToken.values()];
  for (const token of tokens) {
    if (!REFERENCE_KINDS.has(token.type)) {
      template.push(token.value);
      continue;
    }
    const ref = refOfToken.get(token);
    const parsed = ref && !ref.whole && token.type === tokenTypes.REF_RANGE ? parseA1Ref(token.value) : undefined;
    if (!ref || !parsed || !("range" in parsed)) return undefined;
    const bang = token.value.lastIndexOf("!");
    const { $top, $left, $bottom, $right } = parsed.range;
    template.push({
      prefix: bang >= 0 ? token.value.slice(0, bang + 1) : "",
      ref: refs.indexOf(ref),
      fixed: { top: !!$top, left: !!$left, bottom: !!$bottom, right: !!$right },
      range: token.value.slice(bang + 1).includes(":"),
    });
  }
  // Only a template that writes the formula back exactly as stored (upper-case references, no spaces inside a range).
  return writeTemplate(template, refs) === text ? template : undefined;
}

function writeTemplate(template: FillTemplate, refs: CellBox[]): string {
  let text = "";
  for (const part of template) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const r = refs[part.ref];
    const start = `${part.fixed.left ? "$" : ""}${columnLetter(r.left)}${part.fixed.top ? "$" : ""}${r.top + 1}`;
    const end = `${part.fixed.right ? "$" : ""}${columnLetter(r.right)}${part.fixed.bottom ? "$" : ""}${r.bottom + 1}`;
    text += part.prefix + (part.range ? `${start}:${end}` : start);
  }
  return text;
}

/**
 * The formula a cell holds when its text is `source` filled by (rows, cols), as Excel fills a formula
 * down or across: the same relative shape, its references moved. Undefined when the text is not that
 * (the cell then gets parsed). Filling is string work on the parsed pieces, much cheaper than parsing,
 * and a column of filled formulas is the common case.
 */
export function fillFormula(source: ParsedFormula, rows: number, cols: number, text: string): ParsedFormula | undefined {
  const template = source.fill;
  if (!template) return undefined;
  const refs: FormulaReference[] = source.refs.map((r) => ({ ...r }));
  for (const part of template) {
    if (typeof part === "string") continue;
    const r = refs[part.ref];
    if (!part.fixed.top) r.top += rows;
    if (!part.fixed.bottom) r.bottom += rows;
    if (!part.fixed.left) r.left += cols;
    if (!part.fixed.right) r.right += cols;
    if (Math.min(r.top, r.bottom, r.left, r.right) < 0 || Math.max(r.top, r.bottom) >= MAX_ROWS || Math.max(r.left, r.right) >= MAX_COLS) return undefined;
  }
  if (writeTemplate(template, refs) !== text) return undefined;
  return { ...source, text, refs };
}

function resolveReference(token: Token, index: number): FormulaReference | undefined {
  const ref = parseA1Ref(token.value);
  if (!ref || !("range" in ref)) return undefined;
  const { range } = ref;
  const context = ref.context ?? [];
  const sheet = context.length > 0 ? context[context.length - 1] : undefined;
  const outside = context.length > 1 || (sheet?.includes(":") ?? false);
  const wholeRows = range.top === null || range.top === undefined;
  const wholeCols = range.left === null || range.left === undefined;
  const top = range.top ?? 0;
  const left = range.left ?? 0;
  return {
    sheet,
    outside,
    whole: wholeRows || wholeCols,
    top,
    left,
    bottom: wholeRows ? MAX_ROWS : (range.bottom ?? top),
    right: wholeCols ? MAX_COLS : (range.right ?? left),
    token: index,
  };
}

/** The formula's syntax tree, or undefined when @borgar/fx cannot parse it (the review then skips the checks that need it). */
export function formulaTree(text: string): AstExpression | undefined {
  try {
    return parse(tokenize(`=${text}`, { mergeRefs: true, negativeNumbers: true }));
  } catch {
    return undefined;
  }
}

const OPERATORS_OF_A_SUM = new Set(["+", "(", ")", ","]);

/**
 * The cells a formula adds when it only adds: references joined by + and SUM calls (`=D69+C69`,
 * `=SUM(B2:B5)+B7`); undefined for any other formula. Read from the tokens, no syntax tree needed.
 */
export function addedCells(formula: ParsedFormula): FormulaReference[] | undefined {
  if (formula.names.length > 0 || formula.numbers.length > 0 || formula.errors.length > 0 || formula.refs.length === 0) return undefined;
  if (formula.functions.some((f) => f !== "SUM")) return undefined;
  for (let i = 0; i < formula.tokenKinds.length; i++) {
    if (formula.tokenKinds[i] === tokenTypes.OPERATOR && !OPERATORS_OF_A_SUM.has(formula.shapeTokens[i])) return undefined;
  }
  return formula.refs;
}

/** The range of a formula that is one SUM over one range (`=SUM(D9:D12)`), else undefined. */
export function singleSumRange(formula: ParsedFormula): FormulaReference | undefined {
  const aggregate = singleAggregate(formula);
  return aggregate?.fn === "SUM" ? aggregate.range : undefined;
}

/** Functions that total or summarise a range: a row of them under a table is a row of totals. */
const AGGREGATES = new Set(["SUM", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "MEDIAN"]);

/** The function and range of a formula that is one aggregate over one range (`=SUM(D9:D12)`, `=AVERAGE(B6:B33)`), else undefined. */
export function singleAggregate(formula: ParsedFormula): { fn: string; range: FormulaReference } | undefined {
  const t = formula.shapeTokens;
  return t.length === 4 && AGGREGATES.has(t[0]) && t[1] === "(" && t[3] === ")" && formula.refs.length === 1 && formula.refs[0].token === 2
    ? { fn: t[0], range: formula.refs[0] }
    : undefined;
}

/** "B5", or "B5:B20" for more than one cell. */
export function boxA1(box: CellBox): string {
  const start = a1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? start : `${start}:${a1(box.bottom, box.right)}`;
}
