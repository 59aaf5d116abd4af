import { Decimal } from "../numbers/decimal-config";
import { Interval } from "../numbers/interval";
import { NumberStyle } from "../numbers/number-text";
import { Bilingual } from "../message";
import { Fund } from "../rules/select";
import { Cell } from "../workbook/snapshot";

export type { FundingColumn, ProjectColumn } from "./layout";

/** Where a number came from: a number cell, a formula's cached number, or text read as a number. */
export type NumberOrigin = "number" | "formula" | "text";

/** A number read from a cell, with the digits it shows and the interval those digits stand for. */
export interface ReadNumber {
  /** The value as a double (after Excel's 15 significant digits): for fast screening, never for verdicts. */
  double: number;
  /** The stored value (for a formula, its cached result), or the value of the text, exactly. */
  value: Decimal;
  /** Digits shown after the point, in the units of `value` (a 0.00% format shows 4 of a fraction). */
  decimals: number;
  /** The values the shown figure can stand for under round-to-nearest. */
  interval: Interval;
  origin: NumberOrigin;
  /** The cell's number format is a percentage format: `value` is a fraction. */
  percentFormat: boolean;
  /** Text written with a trailing "%": `value` is in percentage points. */
  percentText: boolean;
  /** For text: how it was written ("vi" 1.234,5, "en" 1,234.5, "plain"). */
  style?: NumberStyle;
}

/** What is wrong with a cell that should hold a number. */
export type CellProblem = { kind: "not-number"; reason: Bilingual } | { kind: "formula-error"; error: string };

/** One cell of a table or of the header, as read. */
export interface ReadCell {
  row: number;
  col: number;
  /** A1 address ("G12"). */
  address: string;
  raw?: Cell;
  empty: boolean;
  /** NFC, trimmed text of a text cell (also set for a text number). */
  text?: string;
  /** Set when a number could be read (a number, a formula's number, or text written as a number). */
  number?: ReadNumber;
  /** Set when the column wants a number and the cell cannot give one. */
  problem?: CellProblem;
}

export interface ReportPeriod {
  /** 1–12; 12 for "Cả năm". */
  months: number;
  text: string;
}

/** A source of a row: a fund, a total row, or text the standard does not know (empty text included). */
export type RowSource = Fund | "total" | "other";

export type ProjectStatus = "plan" | "ongoing" | "done" | "stopped";
