import { sharedFormulaFiller } from "../../../core/formulas/shared-formula";
import { Bilingual } from "../../../core/message";
import { findOverlappingMerges, parseRangeRef, rangeRef } from "../../../core/workbook/merges";
import { PackedSheetBuilder, PackedSheetData } from "../../../core/workbook/packed-sheet";
import { a1, columnOfA1, MergeRange } from "../../../core/workbook/snapshot";
import { ReadBudget } from "./budget";
import { CellProblem, cellValue, CellSources } from "./cell-value";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./limits";
import { count, refuse } from "./refusal";
import { Styles } from "./styles";
import { NS, PartExpectation, readXmlPart, XmlAttributes, XmlVisitor } from "./xml";
import { ZipArchive, ZipEntry } from "./zip";

/** What a worksheet's cells refer to elsewhere in the workbook, and what its reading may use. */
export interface WorksheetSources extends CellSources {
  styles: Styles;
  budget: ReadBudget;
}

/** The row (0-based) a <row> element stands for: its r, or the row after `previous` when it has no usable r. */
export function rowIndexOf(r: string | undefined, previous: number): number {
  const n = r === undefined ? NaN : Number(r);
  return Number.isInteger(n) && n >= 1 ? n - 1 : previous + 1;
}

/** The column (0-based) a <c> element stands for: that of its r, or the column after `previous` when it has none. */
export function columnIndexOf(ref: string | undefined, previous: number): number {
  const named = ref ? columnOfA1(ref) : -1;
  return named >= 0 ? named : previous + 1;
}

/** Where captured text goes. */
const Capture = { None: 0, Formula: 1, Value: 2, InlineText: 3 } as const;
type Capture = (typeof Capture)[keyof typeof Capture];

/**
 * Reads a worksheet part's XML into a packed sheet, one SAX pass, no object per row or cell: values,
 * formulas (each cell of a shared formula its own, moved from the first cell's), cached results,
 * number formats, merged ranges. The state of the pass is the cell being read.
 */
class WorksheetVisitor implements XmlVisitor {
  readonly builder: PackedSheetBuilder;
  readonly merges: MergeRange[] = [];
  private readonly formats = new Map<number, string | undefined>();
  private readonly sharedFormulas = new Map<string, (targetA1: string) => string>();
  private inSheetData = false;
  private row = -1;
  private col = -1;
  // The cell being read.
  private inCell = false;
  private type: string | undefined;
  private style: string | undefined;
  private formula: string | undefined;
  private formulaKind: string | undefined;
  private sharedIndex: string | undefined;
  private v: string | undefined;
  private inline: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private capture: Capture = Capture.None;

  constructor(
    private readonly file: string,
    private readonly sheet: string,
    private readonly sources: WorksheetSources,
  ) {
    this.builder = new PackedSheetBuilder(sheet);
  }

  open(name: string, a: XmlAttributes): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (this.inSheetData) this.openRow(a.r);
        break;
      case "c":
        if (this.inSheetData && this.row >= 0) this.openCell(a);
        break;
      case "f":
        if (this.inCell) this.openFormula(a);
        break;
      case "v":
        if (this.inCell) {
          this.v = "";
          this.capture = Capture.Value;
        }
        break;
      case "is":
        if (this.inCell) {
          this.inline = "";
          this.inInline = true;
        }
        break;
      case "rPh": // a phonetic guide of East Asian text: not part of the value
        this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0) this.capture = Capture.InlineText;
        break;
      case "mergeCell":
        this.addMerge(a.ref);
        break;
    }
  }

  text(t: string): void {
    switch (this.capture) {
      case Capture.Value:
        // A formula's text result or an unreadable date is kept as text: it counts like any text.
        if (this.type === "str" || this.type === "d") this.sources.budget.text(t.length);
        this.v += t;
        break;
      case Capture.Formula:
        this.sources.budget.text(t.length);
        this.formula += t;
        break;
      case Capture.InlineText:
        this.sources.budget.text(t.length);
        this.inline += t;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = false;
        break;
      case "c":
        if (this.inCell) this.closeCell();
        break;
      case "f":
        if (this.inCell) this.closeFormula();
        break;
      case "v":
      case "t":
        this.capture = Capture.None;
        break;
      case "is":
        this.inInline = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
    }
  }

  position(): { vi: string; en: string } | undefined {
    if (this.row < 0) return undefined;
    const cell = this.col >= 0 ? a1(this.row, this.col) : undefined;
    return cell ? { vi: `, gần ô ${cell}`, en: `, near cell ${cell}` } : { vi: `, gần dòng ${this.row + 1}`, en: `, near row ${this.row + 1}` };
  }

  private refuseAt(cell: string | undefined, words: Bilingual) {
    // "sheet 'X', cell B2: refers to…" or "sheet 'X' has…".
    const at = (cellWord: string) => `sheet '${this.sheet}'${cell ? `, ${cellWord} ${cell}:` : ""}`;
    return refuse("corrupt", this.file, `${at("ô")} ${words.vi}.`, `${at("cell")} ${words.en}.`);
  }

  private beyondGrid(what: "row" | "column", ref: string) {
    return what === "row"
      ? refuse(
          "corrupt",
          this.file,
          `sheet '${this.sheet}' có dòng nằm ngoài dòng cuối của Excel là ${count(EXCEL_ROWS, "vi")} (${ref}).`,
          `sheet '${this.sheet}' has a row beyond Excel's last row ${count(EXCEL_ROWS, "en")} (${ref}).`,
        )
      : refuse(
          "corrupt",
          this.file,
          `sheet '${this.sheet}' có ô nằm ngoài cột cuối của Excel là XFD (${ref}).`,
          `sheet '${this.sheet}' has a cell beyond Excel's last column XFD (${ref}).`,
        );
  }

  /** A row element: its r, or the row after the one before when it has no usable r. */
  private openRow(r: string | undefined): void {
    this.row = rowIndexOf(r, this.row);
    this.col = -1;
    if (this.row >= EXCEL_ROWS) throw this.beyondGrid("row", `${r ?? this.row + 1}`);
    this.builder.startRow(this.row);
  }

  /** A cell element: its column from r, or the column after the one before. */
  private openCell(a: XmlAttributes): void {
    const ref = a.r;
    this.col = columnIndexOf(ref, this.col);
    if (this.col >= EXCEL_COLUMNS) throw this.beyondGrid("column", ref ?? a1(this.row, this.col));
    this.inCell = true;
    this.type = a.t;
    this.style = a.s;
    this.formula = this.formulaKind = this.sharedIndex = this.v = this.inline = undefined;
  }

  private openFormula(a: XmlAttributes): void {
    this.formula = "";
    this.formulaKind = a.t;
    this.sharedIndex = a.t === "shared" ? a.si : undefined;
    this.capture = Capture.Formula;
  }

  /**
   * A shared formula is written once, on its first cell; each other cell holds it moved to where the
   * cell is, as Excel fills it. A data table's cells have no formula of their own.
   */
  private closeFormula(): void {
    this.capture = Capture.None;
    if (this.formulaKind === "dataTable") this.formula = undefined;
    else if (this.sharedIndex !== undefined) {
      const here = a1(this.row, this.col);
      if (this.formula) this.sharedFormulas.set(this.sharedIndex, sharedFormulaFiller(this.formula, here));
      else {
        const fill = this.sharedFormulas.get(this.sharedIndex);
        if (!fill) {
          throw this.refuseAt(here, {
            vi: `dùng công thức chung số ${this.sharedIndex} mà không ô nào trước nó định nghĩa`,
            en: `uses shared formula ${this.sharedIndex}, which no cell before it defines`,
          });
        }
        this.formula = fill(here);
        this.sources.budget.text(this.formula.length);
      }
    } else if (this.formula === "") this.formula = undefined;
  }

  private closeCell(): void {
    this.inCell = false;
    let value;
    try {
      value = cellValue(this.type, this.v, this.inline, this.formula !== undefined, this.sources);
    } catch (err) {
      if (err instanceof CellProblem) throw this.refuseAt(a1(this.row, this.col), err.words);
      throw err;
    }
    if (value === undefined) return;
    this.sources.budget.cell(this.sheet);
    this.builder.add(this.col, value, this.formatOf(this.style), this.formula);
  }

  private formatOf(style: string | undefined): string | undefined {
    if (style === undefined) return undefined;
    const index = Number(style);
    if (!this.formats.has(index)) this.formats.set(index, this.sources.styles.numberFormatOf(index));
    return this.formats.get(index);
  }

  private addMerge(ref: string | undefined): void {
    const range = ref === undefined ? undefined : parseRangeRef(ref);
    if (!range) {
      throw this.refuseAt(undefined, {
        vi: `có vùng gộp ô "${ref ?? ""}" không phải là một vùng ô`,
        en: `has a merged range "${ref ?? ""}" that is not a range of cells`,
      });
    }
    if (range.bottom >= EXCEL_ROWS) throw this.beyondGrid("row", ref!);
    if (range.right >= EXCEL_COLUMNS) throw this.beyondGrid("column", ref!);
    if (range.top === range.bottom && range.left === range.right) return; // one cell: nothing merged
    this.sources.budget.merge(this.sheet);
    this.merges.push(range);
  }

  /** The sheet read: merged ranges that overlap are refused (Excel repairs such a file by removing merges). */
  finish(): PackedSheetData {
    const overlap = findOverlappingMerges(this.merges);
    if (overlap) {
      const [a, b] = overlap.map(rangeRef);
      throw this.refuseAt(undefined, {
        vi: `có hai vùng gộp ô chồng lên nhau (${a} và ${b}); Excel sửa tệp như vậy bằng cách bỏ vùng gộp: hãy mở tệp trong Excel rồi lưu lại`,
        en: `has two merged ranges that overlap (${a} and ${b}); Excel repairs such a file by removing merges: open it in Excel and save it again`,
      });
    }
    return this.builder.finish(this.merges);
  }
}

/** What a worksheet part holds, for reading it (and for messages about it): sheet `sheet`. */
export function worksheetPart(sheet: string): PartExpectation {
  return { namespaces: NS.spreadsheet, root: "worksheet", what: { vi: "một trang tính (worksheet)", en: "a worksheet" }, sheet };
}

/** Reads the worksheet part `entry` of sheet `sheet` into packed data. */
export function readWorksheet(zip: ZipArchive, entry: ZipEntry, sheet: string, sources: WorksheetSources): PackedSheetData {
  const visitor = new WorksheetVisitor(zip.file, sheet, sources);
  readXmlPart(zip, entry, worksheetPart(sheet), visitor, sources.budget.limits);
  return visitor.finish();
}
