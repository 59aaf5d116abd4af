import { callsKcFunction } from "../../../app/kc-formulas";
import { a1 } from "../../../core/workbook/snapshot";
import { columnIndexOf, rowIndexOf, worksheetPart } from "../package/worksheet";
import { XmlAttributes, XmlPart, XmlVisitor } from "../package/xml";
import { relKind } from "./relationships";
import { WorkbookPackage } from "./workbook-package";
import { XmlEdits } from "./xml-spans";
import { asUtf8Xml } from "./zip-package";

/** A cell whose formula calls a KC function, where it sits in the worksheet's text. */
interface KcCell {
  /** A1 of the cell. */
  ref: string;
  /** Its start tag: offset of "<c" and just after its ">". */
  start: number;
  openEnd: number;
  /** Its <f> element, from "<f" to just after its end. */
  formulaStart: number;
  formulaEnd: number;
  /** Does it hold a cached result (<v>)? */
  hasValue: boolean;
  attributes: XmlAttributes;
}

/**
 * Finds the cells of a worksheet whose formula calls a KC function, in one pass of KC's reader over the
 * part (so `<x:c>` and `<c>`, Strict and transitional, are read as every command reads them). A clone of a
 * shared formula (`<f t="shared" si="3"/>`) is decided by its group's master, the formula text it
 * inherits: moving a formula changes its references, never the functions it calls, so a group is KC's
 * whole or not at all. An array formula is written once, on its first cell, whose other cells hold only
 * values: that cell's <f> is the whole range's.
 */
class KcFormulaCells implements XmlVisitor {
  readonly cells: KcCell[] = [];
  /** For each shared formula group (si), whether the master it has now calls KC (as the reader, a later master redefines a group). */
  private readonly sharedCallsKc = new Map<string, boolean>();
  private part?: XmlPart;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private cell?: { start: number; openEnd: number; attributes: XmlAttributes; hasValue: boolean; formula?: { start: number; end: number; kc: boolean } };
  private formula?: { start: number; kind?: string; si?: string; text: string };

  constructor(private readonly xml: string) {}

  /** The offset of the "<" of the tag the reader just reported. */
  private tagStart(): number {
    return this.xml.lastIndexOf("<", this.part!.offset() - 1);
  }

  open(name: string, a: XmlAttributes, part: XmlPart): void {
    this.part = part;
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (this.inSheetData) {
          this.row = rowIndexOf(a.r, this.row);
          this.col = -1;
        }
        break;
      case "c":
        if (this.inSheetData && this.row >= 0) {
          this.col = columnIndexOf(a.r, this.col);
          this.cell = { start: this.tagStart(), openEnd: part.offset(), attributes: a, hasValue: false };
        }
        break;
      case "f":
        if (this.cell) this.formula = { start: this.tagStart(), kind: a.t, si: a.si, text: "" };
        break;
      case "v":
        if (this.cell) this.cell.hasValue = true;
        break;
    }
  }

  text(text: string): void {
    if (this.formula) this.formula.text += text;
  }

  close(name: string): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = false;
        break;
      case "f":
        if (this.cell && this.formula) {
          this.cell.formula = { start: this.formula.start, end: this.part!.offset(), kc: this.callsKc(this.formula) };
          this.formula = undefined;
        }
        break;
      case "c":
        if (this.cell?.formula?.kc) {
          const { start, openEnd, attributes, hasValue, formula } = this.cell;
          this.cells.push({ ref: a1(this.row, this.col), start, openEnd, formulaStart: formula.start, formulaEnd: formula.end, hasValue, attributes });
        }
        this.cell = undefined;
        break;
    }
  }

  private callsKc(formula: { kind?: string; si?: string; text: string }): boolean {
    if (formula.kind === "dataTable") return false; // a data table's cells have no formula of their own
    if (formula.kind === "shared" && formula.si !== undefined) {
      if (formula.text !== "") this.sharedCallsKc.set(formula.si, callsKcFunction(formula.text));
      return this.sharedCallsKc.get(formula.si) ?? false;
    }
    return callsKcFunction(formula.text);
  }
}

/**
 * The worksheet's text with each KC cell's formula removed: the cell keeps its cached result (<v>), its
 * type (t="str" a text, t="e" an error, t="b" a boolean) and its style. A cell that has no cached result
 * is left empty, its type dropped; the dynamic-array metadata of a formula (cm) goes with the formula.
 */
function withValues(xml: string, cells: readonly KcCell[]): string {
  const edits = new XmlEdits(xml);
  for (const cell of cells) {
    const tag = { start: cell.start, openEnd: cell.openEnd };
    if (cell.attributes.cm !== undefined) edits.removeAttribute(tag, "cm");
    if (!cell.hasValue && cell.attributes.t !== undefined) edits.removeAttribute(tag, "t");
    edits.replace(cell.formulaStart, cell.formulaEnd, "");
  }
  return edits.apply();
}

/** Cheap test before a worksheet is parsed: a part that never writes "KC." or "KC_" holds no KC call. */
const MAY_CALL_KC = /KC[._]/i;

/**
 * "KC formulas to values" as an edit of the package: in every worksheet, each cell whose formula calls a
 * KC.* function becomes the value it last showed (the result the file caches), and the calculation chain
 * forgets those cells. Worksheets without such a cell, and every other part, stay byte for byte (the
 * calculation chain, and [Content_Types].xml and the workbook's relationships only when the chain is left
 * empty and goes). Returns how many cells were converted (an array formula counts once, as the reader
 * counts formulas).
 */
export async function convertKcFormulasToValues(pkg: WorkbookPackage): Promise<number> {
  const workbookRels = await pkg.relsOf(pkg.workbookName);
  let count = 0;
  for (const entry of pkg.workbook.sheets) {
    const rel = workbookRels.byId(entry.rId);
    if (!rel || rel.external || relKind(rel.type) !== "worksheet") continue;
    const part = await pkg.sheetPart(entry);
    const xml = pkg.zip.text(part);
    if (!MAY_CALL_KC.test(xml)) continue;
    const found = new KcFormulaCells(xml);
    pkg.zip.readXml(part, worksheetPart(entry.name), found);
    if (found.cells.length === 0) continue;
    pkg.zip.set(part, asUtf8Xml(withValues(xml, found.cells)));
    pkg.formulasBecameValues(
      entry,
      found.cells.map((c) => c.ref),
    );
    count += found.cells.length;
  }
  return count;
}
