import { SummaryRole } from "../../../core/summary/plan-types";
import { generatedRole } from "../../../core/summary/tab-names";
import { PackedSheet } from "../../../core/workbook/packed-sheet";
import { SheetSnapshot, WorkbookSnapshot } from "../../../core/workbook/snapshot";
import { openPackage, readSheet } from "../package/package";
import { DEFAULT_LIMITS } from "../package/limits";
import { isRelationshipType, readRelationships, relationshipsPartOf, resolveTarget } from "../package/relationships";
import { ZipArchive } from "../package/zip";
import { refuse, UnreadableWorkbookError } from "../package/refusal";
import { updateSheetTitles } from "./app-properties";
import { newWorkbookPackage } from "./new-package";
import { CONTENT_TYPE, CONTENT_TYPES_PART, ContentTypes } from "./content-types";
import { namespacesOf, OoxmlNamespaces, relationshipType } from "./namespaces";
import { relKind, Relationships } from "./relationships";
import { emptyStylesXml, StylesPart } from "./styles-part";
import { SheetEntry, WorkbookPart } from "./workbook-part";
import { XmlPartError } from "./xml-spans";
import { asUtf8Xml, ZipPackage } from "./zip-package";

/** The input's sheets as KC's reader reads them, by name, and its workbook part. */
interface InputSheets {
  workbookPart: string;
  sheet(name: string): SheetSnapshot | undefined;
}

/**
 * A workbook package opened for editing. It is first opened by KC's reader (package/package.ts), so a
 * file is refused here exactly when every command refuses it, and whatever is read (the sheets' parts,
 * a sheet's cells) is read by that reader. The parts KC edits (content types, the workbook part, the
 * relationships, styles, app properties) are then parsed once more by the editors of this folder, which
 * keep every byte they do not change. `save()` writes those and copies every other entry as it was.
 */
export class WorkbookPackage {
  private relsCache = new Map<string, Relationships>();
  private stylesPart?: StylesPart;
  private stylesName?: string;
  private readonly titlesBefore: string[];
  /** Part names given out in this session but not yet written. */
  private readonly reserved = new Set<string>();
  private touchedSheetIds = new Set<number>();
  /** Cells (A1, upper case) that are no longer formulas, by sheet id. */
  private readonly valueCells = new Map<number, Set<string>>();

  private constructor(
    /** How to read a sheet of the input (none for a package KC starts itself). */
    private readonly input: InputSheets | undefined,
    readonly zip: ZipPackage,
    readonly contentTypes: ContentTypes,
    /** The workbook part's name ("xl/workbook.xml"). */
    readonly workbookName: string,
    readonly workbook: WorkbookPart,
  ) {
    this.titlesBefore = workbook.sheets.map((s) => s.name);
    this.ns = namespacesOf(zip.text(workbookName));
  }

  /** The namespaces of the parts KC adds: those of the workbook (transitional, or Strict). */
  readonly ns: OoxmlNamespaces;

  /** The relationship type of a part kind in this workbook's namespaces. */
  relType(kind: "worksheet" | "styles" | "drawing" | "chart"): string {
    return relationshipType(this.ns, kind);
  }

  /**
   * Opens a package for editing. `read` is the workbook KC's reader already read from these bytes (the
   * CLI streams it): the writer then takes the sheets from it instead of opening the package a second
   * time with the reader (which would parse the shared strings again).
   */
  static async open(bytes: Uint8Array, fileName: string, read?: WorkbookSnapshot): Promise<WorkbookPackage> {
    if (read) {
      const zip = ZipArchive.open(bytes, fileName, DEFAULT_LIMITS);
      const main = readRelationships(zip, "", DEFAULT_LIMITS)?.find((r) => !r.external && isRelationshipType(r.type, "officeDocument"))?.target;
      const sheets = new Map(read.sheets.map((s) => [s.name, s]));
      return WorkbookPackage.edit({ workbookPart: main ?? "xl/workbook.xml", sheet: (name) => sheets.get(name) }, ZipPackage.of(zip, fileName), fileName);
    }
    const input = openPackage(bytes, fileName);
    const worksheets = new Map(input.worksheets.map((s) => [s.name, s]));
    const sheet = (name: string) => {
      const part = worksheets.get(name);
      return part ? new PackedSheet(readSheet(input, part)) : undefined;
    };
    return WorkbookPackage.edit({ workbookPart: input.workbookPart, sheet }, ZipPackage.of(input.zip, fileName), fileName);
  }

  /** A new workbook, with no sheet yet: add one before saving (newWorkbookPackage). */
  static async create(fileName: string): Promise<WorkbookPackage> {
    return WorkbookPackage.edit(undefined, ZipPackage.open(newWorkbookPackage(), fileName), fileName);
  }

  private static async edit(input: InputSheets | undefined, zip: ZipPackage, fileName: string): Promise<WorkbookPackage> {
    return parsing(fileName, async () => {
      const contentTypes = new ContentTypes(zip.text(CONTENT_TYPES_PART));
      const main = zip.actualName(input?.workbookPart ?? "xl/workbook.xml")!;
      return new WorkbookPackage(input, zip, contentTypes, main, new WorkbookPart(zip.text(main), main));
    });
  }

  /** Is this a macro-enabled workbook (.xlsm)? Decided by the workbook part's content type, not the file name. */
  get macroEnabled(): boolean {
    return this.contentTypes.typeOf(this.workbookName) === CONTENT_TYPE.macroEnabledWorkbook;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** The relationships of a part ("" for the package), read once and kept for editing. */
  async relsOf(part: string): Promise<Relationships> {
    let rels = this.relsCache.get(part);
    if (!rels) {
      const name = relationshipsPartOf(part);
      rels = await parsing(this.zip.fileName, async () => new Relationships(part, this.zip.has(name) ? this.zip.text(name) : undefined));
      this.relsCache.set(part, rels);
    }
    return rels;
  }

  /** The worksheet part of a sheet of the workbook. */
  async sheetPart(entry: SheetEntry): Promise<string> {
    const rel = (await this.relsOf(this.workbookName)).byId(entry.rId);
    const part = rel && !rel.external ? resolveTarget(this.workbookName, rel.target) : undefined;
    if (!part || !this.zip.has(part)) throw this.zip.missing(part ?? `(sheet "${entry.name}")`);
    return this.zip.actualName(part)!;
  }

  /** A new sheet after the others: its entry in the sheet list, relationship and content type; the caller writes its part. */
  async addSheetPart(name: string, state?: "hidden"): Promise<{ entry: SheetEntry; part: string }> {
    const part = this.freePart("xl/worksheets/sheet", ".xml");
    const entry = this.workbook.addSheet(name, (await this.relsOf(this.workbookName)).add(this.relType("worksheet"), part), state);
    this.contentTypes.setOverride(part, CONTENT_TYPE.worksheet);
    return { entry, part };
  }

  /** A sheet of the input as KC's reader reads it (undefined for a sheet added in this session). */
  inputSheet(name: string): SheetSnapshot | undefined {
    return this.input?.sheet(name);
  }

  /** The role of a sheet of the input KC generated (its marker in A1, as KC's reader reads it), or undefined. */
  generatedRoleOf(entry: SheetEntry): SummaryRole | undefined {
    const sheet = this.input?.sheet(entry.name);
    return sheet ? generatedRole(sheet) : undefined;
  }

  /** The workbook's styles, created when the package has none. */
  async styles(): Promise<StylesPart> {
    if (!this.stylesPart) {
      const rels = await this.relsOf(this.workbookName);
      const existing = rels.targets().find((t) => relKind(t.rel.type) === "styles" && this.zip.has(t.part));
      if (existing) {
        this.stylesName = this.zip.actualName(existing.part)!;
        const name = this.stylesName;
        this.stylesPart = await parsing(this.zip.fileName, async () => new StylesPart(this.zip.text(name), name));
      } else {
        this.stylesName = this.zip.has("xl/styles.xml") ? this.freePart("xl/styles", ".xml") : "xl/styles.xml";
        rels.add(this.relType("styles"), this.stylesName);
        this.contentTypes.setOverride(this.stylesName, CONTENT_TYPE.styles);
        this.stylesPart = new StylesPart(emptyStylesXml(this.ns.main), this.stylesName);
      }
    }
    return this.stylesPart;
  }

  /** A part name `${stem}N${ext}` used by no part of the package, nor given out before. */
  freePart(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.zip.has(name) && !this.reserved.has(name.toLowerCase())) {
        this.reserved.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** Remembers that a sheet's cells change, so the calculation chain forgets them. */
  touchedSheet(entry: SheetEntry): void {
    this.touchedSheetIds.add(entry.sheetId);
  }

  /** Remembers cells of a sheet whose formulas became values, so the calculation chain forgets them. */
  formulasBecameValues(entry: SheetEntry, cells: Iterable<string>): void {
    let set = this.valueCells.get(entry.sheetId);
    if (!set) this.valueCells.set(entry.sheetId, (set = new Set()));
    for (const cell of cells) set.add(cell.toUpperCase());
  }

  /**
   * Removes a part and the parts only it leads to (a sheet's drawing, the drawing's charts, their
   * relationships), with their content-type overrides. A part another part still refers to stays.
   */
  async removePartTree(part: string): Promise<void> {
    const referrers = await this.referenceCounts();
    const doomed = new Set<string>();
    const visit = async (name: string) => {
      const key = name.toLowerCase();
      if (doomed.has(key) || !this.zip.has(name)) return;
      doomed.add(key);
      // Whether another part leads to a child is unknown when a relationships part cannot be parsed: the
      // children are then kept (unreferenced parts do no harm; a part still referenced must not go).
      if (!referrers) return;
      for (const { part: target } of (await this.readableRels(name))?.targets() ?? []) {
        const others = (referrers.get(target.toLowerCase()) ?? []).filter((r) => !doomed.has(r));
        if (others.length === 0) await visit(target);
      }
    };
    await visit(part);
    for (const key of doomed) {
      const name = this.zip.actualName(key)!;
      this.zip.remove(name);
      this.zip.remove(relationshipsPartOf(name));
      this.relsCache.delete(name);
      this.contentTypes.removeOverride(name);
    }
  }

  /** Drops a part's relationships (the part itself stays), and the parts only they led to. */
  async dropRelationships(part: string): Promise<void> {
    const targets = (await this.readableRels(part))?.targets().map((t) => t.part) ?? [];
    this.zip.remove(relationshipsPartOf(part));
    this.relsCache.set(part, new Relationships(part, undefined));
    const referrers = await this.referenceCounts();
    if (!referrers) return;
    for (const target of targets) {
      if ((referrers.get(target.toLowerCase()) ?? []).filter((r) => r !== part.toLowerCase()).length === 0) await this.removePartTree(target);
    }
  }

  /** A part's relationships, or undefined when its relationships part cannot be parsed (it is then left as it is). */
  private async readableRels(part: string): Promise<Relationships | undefined> {
    try {
      return await this.relsOf(part);
    } catch (err) {
      if (err instanceof UnreadableWorkbookError) return undefined;
      throw err;
    }
  }

  /**
   * For each part, the parts whose relationships point at it (lower-case names); undefined when a
   * relationships part of the package cannot be parsed, so nobody can say what still refers to what.
   */
  private async referenceCounts(): Promise<Map<string, string[]> | undefined> {
    const out = new Map<string, string[]>();
    for (const name of this.zip.parts()) {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
      if (!m) continue;
      const source = `${m[1]}${m[2]}`;
      if (source !== "" && !this.zip.has(source)) continue;
      const rels = await this.readableRels(source);
      if (!rels) return undefined;
      for (const { part } of rels.targets()) {
        const key = part.toLowerCase();
        out.set(key, [...(out.get(key) ?? []), source.toLowerCase()]);
      }
    }
    return out;
  }

  /** The package with every edit, as bytes. */
  async save(): Promise<Uint8Array> {
    return parsing(this.zip.fileName, async () => {
      await this.forgetTouchedCalculations();
      const before = this.titlesBefore;
      const after = this.sheetNames();
      if (this.workbook.changed) this.zip.set(this.workbookName, asUtf8Xml(this.workbook.xml()));
      if (this.stylesPart?.changed) this.zip.set(this.stylesName!, asUtf8Xml(this.stylesPart.toXml()));
      for (const [part, rels] of this.relsCache) if (rels.changed) this.zip.set(relationshipsPartOf(part), rels.xml());
      const app = (await this.relsOf("")).targets().find((t) => /^extended-?properties$/i.test(relKind(t.rel.type)));
      if (app && this.zip.has(app.part) && before.join("\n") !== after.join("\n")) {
        const updated = updateSheetTitles(this.zip.text(app.part), app.part, before, after);
        if (updated !== undefined) this.zip.set(this.zip.actualName(app.part)!, asUtf8Xml(updated));
      }
      this.contentTypes.ensureDefault("rels", CONTENT_TYPE.relationships);
      this.contentTypes.ensureDefault("xml", CONTENT_TYPE.xml);
      if (this.contentTypes.changed) this.zip.set(CONTENT_TYPES_PART, asUtf8Xml(this.contentTypes.xml()));
      return this.zip.save();
    });
  }

  /**
   * The calculation chain lists formula cells by sheet id; cells of a sheet KC rewrote or removed, and
   * formulas KC turned into values, are no longer formulas there, which Excel reports as damage. Their
   * entries go (Excel rebuilds the chain); an emptied chain goes altogether, with its relationship and
   * content-type override.
   */
  private async forgetTouchedCalculations(): Promise<void> {
    if (this.touchedSheetIds.size === 0 && this.valueCells.size === 0) return;
    const rels = await this.relsOf(this.workbookName);
    const chain = rels.targets().find((t) => relKind(t.rel.type) === "calcChain" && this.zip.has(t.part));
    if (!chain) return;
    const xml = this.zip.text(chain.part);
    let sheet = 0;
    let kept = 0;
    let dropped = 0;
    // An entry without a sheet id has the previous entry's; kept entries are written with theirs, since
    // the one before may be gone.
    const edited = xml.replace(/<((?:[\w.-]+:)?)c\b([^>]*?)\/>/g, (tag, prefix: string, attrs: string) => {
      const i = /\si="(\d+)"/.exec(attrs);
      if (i) sheet = Number(i[1]);
      const r = /\sr="([^"]*)"/.exec(attrs)?.[1];
      if (this.touchedSheetIds.has(sheet) || (r !== undefined && this.valueCells.get(sheet)?.has(r.toUpperCase()))) {
        dropped++;
        return "";
      }
      kept++;
      return i || sheet === 0 ? tag : `<${prefix}c${attrs} i="${sheet}"/>`;
    });
    if (dropped === 0) return;
    if (kept === 0) {
      rels.remove(chain.rel.id);
      await this.removePartTree(chain.part);
    } else this.zip.set(this.zip.actualName(chain.part)!, asUtf8Xml(edited));
  }
}

/** Runs a step that parses parts, turning a part KC cannot parse into a refusal that names it. */
async function parsing<T>(fileName: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof XmlPartError)
      throw refuse(
        "corrupt",
        fileName,
        `tệp hỏng: phần ${err.part} không đọc được (${err.detail}).`,
        `the file is damaged: the part ${err.part} cannot be read (${err.detail}).`,
      );
    throw err;
  }
}
