import { namespacesOf } from "./namespaces";
import { attributeByLocal, childNamed, childrenNamed, escapeAttribute, prefixOf, scanXml, XmlEdits, XmlSpan } from "./xml-spans";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** Relationship id of its part in the workbook's relationships. */
  rId: string;
  /** "visible" (absent), "hidden" or "veryHidden". */
  state?: string;
  span?: XmlSpan;
}

export interface DefinedName {
  name: string;
  /** Index (0-based, in sheet order) of the sheet the name belongs to; absent for a workbook-wide name. */
  localSheetId?: number;
  hidden: boolean;
  /** The formula it stands for, as stored (no "="). */
  value: string;
  span?: XmlSpan;
}

/** CT_Workbook's children after <sheets>, in schema order: <definedNames> goes before the first of the later ones. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * The workbook part (xl/workbook.xml), edited in place: its sheet list (add, rename, remove, keeping sheet
 * ids unique), its defined names (added, removed, sheet indices shifted when a sheet goes) and the views'
 * active and first tab. Everything else (calculation settings, pivot caches, external references,
 * extensions) is left byte for byte.
 */
export class WorkbookPart {
  readonly sheets: SheetEntry[] = [];
  readonly names: DefinedName[] = [];
  private readonly edits: XmlEdits;
  private readonly root: XmlSpan;
  private readonly sheetsSpan: XmlSpan;
  private readonly namesSpan?: XmlSpan;
  private readonly relPrefix: string | undefined;
  private readonly relNamespace: string;
  private readonly removedIndices: number[] = [];
  private readonly addedNames: DefinedName[] = [];

  constructor(
    xml: string,
    readonly part: string,
  ) {
    this.edits = new XmlEdits(xml);
    this.root = scanXml(xml, part);
    const sheets = childNamed(this.root, "sheets");
    if (!sheets) throw new Error(`${part} has no <sheets>`);
    this.sheetsSpan = sheets;
    this.relNamespace = namespacesOf(xml).relationships;
    this.relPrefix = prefixOf(sheets, this.relNamespace);
    for (const s of childrenNamed(sheets, "sheet")) {
      this.sheets.push({
        name: s.attributes.name ?? "",
        sheetId: Number(s.attributes.sheetId),
        rId: attributeByLocal(s, "id") ?? "",
        state: s.attributes.state,
        span: s,
      });
    }
    this.namesSpan = childNamed(this.root, "definedNames");
    for (const n of this.namesSpan ? childrenNamed(this.namesSpan, "definedName") : []) {
      const local = n.attributes.localSheetId;
      this.names.push({
        name: n.attributes.name ?? "",
        localSheetId: local === undefined ? undefined : Number(local),
        hidden: n.attributes.hidden === "1" || n.attributes.hidden === "true",
        value: xml.slice(n.openEnd, n.closeStart),
        span: n,
      });
    }
  }

  find(name: string): SheetEntry | undefined {
    const key = name.toLocaleLowerCase("vi");
    return this.sheets.find((s) => s.name.toLocaleLowerCase("vi") === key);
  }

  indexOf(name: string): number {
    const entry = this.find(name);
    return entry ? this.sheets.indexOf(entry) : -1;
  }

  /** Appends a sheet after the others, under a fresh sheet id; hidden when asked (KC's corrections sheet). */
  addSheet(name: string, rId: string, state?: "hidden"): SheetEntry {
    if (this.find(name)) throw new Error(`The workbook already has a sheet "${name}".`);
    const sheetId = Math.max(0, ...this.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
    const p = this.sheetsSpan.prefix;
    const r = this.relPrefix ?? "r:";
    const declare = this.relPrefix === undefined ? ` xmlns:r="${this.relNamespace}"` : "";
    const hidden = state ? ` state="${state}"` : "";
    this.edits.appendChild(
      this.sheetsSpan,
      `<${p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}"${hidden}${declare} ${r}id="${escapeAttribute(rId)}"/>`,
    );
    const entry: SheetEntry = { name, sheetId, rId, state };
    this.sheets.push(entry);
    return entry;
  }

  rename(entry: SheetEntry, name: string): void {
    if (entry.name === name) return;
    if (!entry.span) throw new Error("Only a sheet that was in the workbook can be renamed.");
    this.edits.setAttribute(entry.span, "name", name);
    entry.name = name;
  }

  /** Removes a sheet that was in the workbook, with the names that belong to it. */
  removeSheet(entry: SheetEntry): void {
    const index = this.sheets.indexOf(entry);
    if (index < 0 || !entry.span) throw new Error("Only a sheet that was in the workbook can be removed.");
    this.edits.remove(entry.span);
    this.sheets.splice(index, 1);
    this.removedIndices.push(this.originalIndex(index));
  }

  /** The sheet's index in the workbook as read (before any removal). */
  private originalIndex(current: number): number {
    let index = current;
    for (const removed of [...this.removedIndices].sort((a, b) => a - b)) if (removed <= index) index++;
    return index;
  }

  /** Adds a defined name; a sheet-scoped one follows its sheet (Excel moves and deletes it with the sheet). */
  addName(name: DefinedName): void {
    this.names.push(name);
    this.addedNames.push(name);
  }

  removeName(name: DefinedName): void {
    const i = this.names.indexOf(name);
    if (i < 0) return;
    this.names.splice(i, 1);
    if (name.span) this.edits.remove(name.span);
    const added = this.addedNames.indexOf(name);
    if (added >= 0) this.addedNames.splice(added, 1);
  }

  /** The workbook part's text with every change. */
  xml(): string {
    this.shiftForRemovedSheets();
    if (this.addedNames.length > 0) {
      const p = this.root.prefix;
      const elements = this.addedNames.map(
        (n) =>
          `<${p}definedName name="${escapeAttribute(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}${n.hidden ? ' hidden="1"' : ""}>${n.value}</${p}definedName>`,
      );
      if (this.namesSpan) for (const e of elements) this.edits.appendChild(this.namesSpan, e);
      else {
        const later = this.root.children.find((c) => AFTER_DEFINED_NAMES.includes(c.local));
        this.edits.insert(later ? later.start : this.root.closeStart, `<${p}definedNames>${elements.join("")}</${p}definedNames>`);
      }
    }
    return this.edits.apply();
  }

  /** Names scoped to a removed sheet go; later sheets' indices move down, as do the active and first tab. */
  private shiftForRemovedSheets(): void {
    if (this.removedIndices.length === 0) return;
    const removed = new Set(this.removedIndices);
    const shifted = (index: number) => index - this.removedIndices.filter((r) => r < index).length;
    for (const n of [...this.names]) {
      if (n.localSheetId === undefined || !n.span) continue;
      if (removed.has(n.localSheetId)) this.removeName(n);
      else if (shifted(n.localSheetId) !== n.localSheetId) this.edits.setAttribute(n.span, "localSheetId", String(shifted(n.localSheetId)));
    }
    const views = childNamed(this.root, "bookViews");
    for (const view of views ? childrenNamed(views, "workbookView") : []) {
      for (const attr of ["activeTab", "firstSheet"]) {
        const value = view.attributes[attr];
        if (value === undefined) continue;
        const index = Number(value);
        const next = removed.has(index) ? Math.max(0, Math.min(shifted(index), this.sheets.length - 1)) : shifted(index);
        if (next !== index) this.edits.setAttribute(view, attr, String(next));
      }
    }
    this.removedIndices.length = 0;
  }

  get changed(): boolean {
    return this.edits.changed || this.addedNames.length > 0 || this.removedIndices.length > 0;
  }
}
