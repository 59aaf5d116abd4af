/**
 * A small in-memory fake of the Excel JavaScript API: the part the Office adapter uses, with the
 * batching rules that matter: properties are readable only after `load` + `sync`, a missing sheet
 * fails at sync, and every sync is counted with the size of what it carried. office-addin-mock
 * models a fixed object tree; it cannot give a range per address, collections by name, null
 * objects or sync counts, hence this fake (navigate.test.ts uses office-addin-mock). Told which
 * requirement sets to emulate, it refuses every member above them (as a host without it would), with
 * the versions @types/office-js gives (see api-sets.ts).
 */
import { openPackage, readSheet } from "../../src/adapters/xlsx/package/package";
import { PackedSheet } from "../../src/core/workbook/packed-sheet";
import { a1, isCellError, parseA1 } from "../../src/core/workbook/snapshot";
import { compareVersions } from "./versions";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string; // with its leading "="
  format?: string;
}

export interface FakeTable {
  name: string;
  address: string;
  style?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title?: string;
  position?: [string, string?];
  series: { name?: string; values?: string; categories?: string }[];
  legendVisible?: boolean;
  valueAxisFormat?: string;
  categoryAxis?: { reversePlotOrder?: boolean; position?: string };
}

export interface FormatRecord {
  address: string;
  /** "font.bold", "borders.EdgeTop.style", "columnWidth"… */
  path: string;
  value: unknown;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "B2:K40", "'S'!A1", "3:3" (whole rows), "C:C" (whole columns), "" (the whole sheet). */
export function parseArea(address: string): Area {
  const local = address.slice(address.lastIndexOf("!") + 1);
  if (local === "") return { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL };
  const [first, last = first] = local.split(":");
  if (/^\d+$/.test(first) && /^\d+$/.test(last)) return { r0: Number(first) - 1, r1: Number(last) - 1, c0: 0, c1: MAX_COL };
  if (/^[A-Z]+$/i.test(first) && /^[A-Z]+$/i.test(last)) {
    const a = parseA1(`${first}1`).col;
    const b = parseA1(`${last}1`).col;
    return { r0: 0, r1: MAX_ROW, c0: Math.min(a, b), c1: Math.max(a, b) };
  }
  const a = parseA1(first);
  const b = parseA1(last);
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  visibility = "Visible";
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  validations: { address: string; rule: unknown }[] = [];
  merged: string[] = [];
  hiddenRows = new Set<number>();
  hyperlinks = new Map<string, { documentReference?: string; textToDisplay?: string }>();
  /** Dynamic-array anchors ("B2") → the range their result spills into ("B2:B5"). */
  spills = new Map<string, string>();
  formats: FormatRecord[] = [];
  /** Counts writes: lets a test prove a sheet was never touched. */
  writes = 0;
  /** Excel's id for the sheet (Worksheet.id): worksheets.getItem takes it as well as the name. */
  readonly id: string;
  /** The sheet's own defined names (sheet-scoped), by name. */
  names = new Map<string, FakeName>();
  private static ids = 0;

  constructor(public name: string) {
    this.id = `{fake-sheet-${++FakeSheet.ids}}`;
  }

  set(address: string, cell: FakeCell | FakeValue): this {
    this.cells.set(address.toUpperCase(), typeof cell === "object" ? cell : { value: cell });
    return this;
  }

  get(address: string): FakeCell | undefined {
    return this.cells.get(address.toUpperCase());
  }

  /** The last value a format path was given over a range covering `address`. */
  formatAt(address: string, path: string): unknown {
    const { row, col } = parseA1(address);
    let found: unknown;
    for (const f of this.formats) {
      const a = parseArea(f.address);
      if (f.path === path && row >= a.r0 && row <= a.r1 && col >= a.c0 && col <= a.c1) found = f.value;
    }
    return found;
  }

  /** The smallest range holding every cell (with `valuesOnly`, every cell with a value), as Excel gives it ("B2:K40"). */
  usedAddress(valuesOnly = false): string | undefined {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && !cell.formula) continue;
      const { row, col } = parseA1(key);
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? undefined : `${a1(r0, c0)}:${a1(r1, c1)}`;
  }
}

export interface SyncRecord {
  /** JSON bytes of the properties this sync brought back. */
  responseBytes: number;
  /** JSON bytes of the values, formulas and formats this sync wrote (plus a fixed cost per call). */
  requestBytes: number;
  rangeLoads: number;
}

/** A defined name: its formula (with "=") and whether it shows in Excel's Name Manager. */
export interface FakeName {
  formula: string;
  visible: boolean;
}

export interface FakeExcelOptions {
  /** Fail a sync whose response exceeds this many bytes, as Excel on the web does at 5 MB. */
  maxResponseBytes?: number;
  /** Requirement sets the fake host supports ("ExcelApi 1.9" …); all when absent. Members above them throw. */
  requirementSets?: string[];
}

/** Estimated request bytes of one call that carries no data. */
const CALL_BYTES = 100;

abstract class Loadable {
  protected loadedProps = new Set<string>();
  constructor(protected fake: FakeExcel) {}

  load(props?: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : ["*"];
    this.fake.pending.push({ target: this, props: list });
    return this;
  }

  /** Called at sync: copies the host's current data into the proxy; returns what it carried. */
  abstract resolve(props: string[]): unknown;

  markLoaded(props: string[]): void {
    for (const p of props) this.loadedProps.add(p);
  }

  protected need(prop: string): void {
    if (!this.loadedProps.has(prop) && !this.loadedProps.has("*")) {
      throw Object.assign(new Error(`PropertyNotLoaded: ${prop} was read before load + sync`), { code: "PropertyNotLoaded" });
    }
  }
}

/** Records every property set under `range.format` (font, fill, borders.getItem(edge)…). */
function formatRecorder(range: FakeRange, path: string): unknown {
  return new Proxy(
    {},
    {
      get(_, prop: string) {
        if (prop === "getItem") return (key: string) => formatRecorder(range, `${path}${key}.`);
        if (prop === "autofitColumns" || prop === "autofitRows") return () => range.touch();
        return formatRecorder(range, `${path}${prop}.`);
      },
      set(_, prop: string, value: unknown) {
        range.touch();
        range.sheet!.formats.push({ address: range.area, path: `${path}${prop}`, value });
        return true;
      },
    },
  );
}

function validationRecorder(range: FakeRange): { rule?: unknown; clear: () => void } {
  return {
    set rule(rule: unknown) {
      range.touch(JSON.stringify(rule).length);
      range.sheet!.validations.push({ address: range.area, rule });
    },
    get rule() {
      return undefined;
    },
    clear: () => range.touch(),
  };
}

export class FakeRange extends Loadable {
  private loaded: Record<string, unknown> = {};
  readonly format: Excel.RangeFormat;
  private readonly validation: { rule?: unknown; clear: () => void };

  constructor(
    fake: FakeExcel,
    readonly sheet: FakeSheet | null,
    readonly area: string,
  ) {
    super(fake);
    this.format = (sheet ? formatRecorder(this, "") : {}) as Excel.RangeFormat;
    this.validation = validationRecorder(this);
  }

  get dataValidation(): { rule?: unknown; clear: () => void } {
    this.fake.need("ExcelApi", "1.8", "Range.dataValidation");
    return this.validation;
  }

  /** The range a dynamic-array formula at this cell spills into; a null object when it spills nowhere. */
  getSpillingToRangeOrNullObject(): FakeRange {
    this.fake.need("ExcelApi", "1.12", "Range.getSpillingToRangeOrNullObject");
    const spill = this.sheet?.spills.get(this.area);
    return spill ? new FakeRange(this.fake, this.sheet, spill) : new FakeRange(this.fake, null, "A1");
  }

  get isNullObject(): boolean {
    return this.sheet === null;
  }

  touch(bytes = 0): void {
    if (!this.sheet) throw new Error("write to a null object");
    this.sheet.writes++;
    this.fake.requestBytes += CALL_BYTES + bytes;
  }

  private bounds(): Area {
    return parseArea(this.area);
  }

  private eachAddress(fn: (address: string, r: number, c: number) => void): void {
    const { r0, c0, r1, c1 } = this.bounds();
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) fn(a1(r, c), r - r0, c - c0);
  }

  private matrix(pick: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const out: unknown[][] = [];
    const { r0, c0, r1, c1 } = this.bounds();
    for (let r = r0; r <= r1; r++) {
      const row: unknown[] = [];
      for (let c = c0; c <= c1; c++) row.push(pick(this.sheet!.get(a1(r, c))));
      out.push(row);
    }
    return out;
  }

  resolve(props: string[]): unknown {
    if (!this.sheet) return {};
    const want = (p: string) => props.includes(p) || props.includes("*");
    const out: Record<string, unknown> = {};
    if (want("address")) out.address = `${quoteSheet(this.sheet.name)}!${this.area}`;
    if (want("values")) out.values = this.matrix((c) => c?.value ?? "");
    if (want("formulas")) out.formulas = this.matrix((c) => c?.formula ?? c?.value ?? "");
    if (want("numberFormat")) out.numberFormat = this.matrix((c) => c?.format ?? "General");
    const { r0, c0, r1, c1 } = this.bounds();
    if (want("rowCount")) out.rowCount = r1 - r0 + 1;
    if (want("columnCount")) out.columnCount = c1 - c0 + 1;
    if (props.some((p) => ["values", "formulas", "numberFormat"].includes(p))) this.fake.rangeLoads++;
    Object.assign(this.loaded, out);
    return out;
  }

  private read(prop: string): unknown {
    this.need(prop);
    return this.loaded[prop];
  }

  /** The address with its sheet, without a load (for the fake's own bookkeeping). */
  resolveAddress(): string {
    return `${quoteSheet(this.sheet!.name)}!${this.area}`;
  }

  get address(): string {
    return this.read("address") as string;
  }
  get values(): FakeValue[][] {
    return this.read("values") as FakeValue[][];
  }
  get formulas(): FakeValue[][] {
    return this.read("formulas") as FakeValue[][];
  }
  set formulas(v: FakeValue[][]) {
    this.touch(JSON.stringify(v).length);
    this.eachAddress((addr, r, c) => {
      const f = v.length === 1 && v[0].length === 1 ? v[0][0] : v[r]?.[c];
      const old = this.sheet!.get(addr);
      if (typeof f === "string" && f.startsWith("=")) this.sheet!.cells.set(addr, { value: 0, formula: f, format: old?.format });
      else if (f === "" || f === null || f === undefined) {
        if (old?.format && old.format !== "General") this.sheet!.cells.set(addr, { value: "", format: old.format });
        else this.sheet!.cells.delete(addr);
      } else this.sheet!.cells.set(addr, { value: typeof f === "string" && f.startsWith("'") ? f.slice(1) : f, format: old?.format });
    });
  }
  set values(v: FakeValue[][]) {
    this.touch(JSON.stringify(v).length);
    this.eachAddress((addr, r, c) => {
      const value = v.length === 1 && v[0].length === 1 ? v[0][0] : v[r]?.[c];
      const old = this.sheet!.get(addr);
      if (value === "" || value === undefined) this.sheet!.cells.delete(addr);
      else this.sheet!.cells.set(addr, { value: typeof value === "string" && value.startsWith("'") ? value.slice(1) : value, format: old?.format });
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat") as string[][];
  }
  set numberFormat(v: string[][]) {
    this.touch(JSON.stringify(v).length);
    const { r1, c1, r0, c0 } = this.bounds();
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > 100_000) return; // a whole column's format: recorded as written, cells untouched
    this.eachAddress((addr, r, c) => {
      const format = v.length === 1 && v[0].length === 1 ? v[0][0] : v[r]?.[c];
      const old = this.sheet!.get(addr);
      if (old || format !== "General") this.sheet!.cells.set(addr, { ...(old ?? { value: "" }), format });
    });
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.fake.need("ExcelApi", "1.7", "Range.hyperlink");
    this.touch(JSON.stringify(link).length);
    this.sheet!.hyperlinks.set(this.area, link);
  }
  set rowHidden(hidden: boolean) {
    this.fake.need("ExcelApi", "1.2", "Range.rowHidden");
    this.touch();
    const { r0, r1 } = this.bounds();
    if (!hidden) this.sheet!.hiddenRows.clear();
    else for (let r = r0; r <= r1; r++) this.sheet!.hiddenRows.add(r + 1);
  }

  select(): void {
    this.fake.selection = { sheet: this.sheet!.name, address: this.area };
  }

  merge(): void {
    this.fake.need("ExcelApi", "1.2", "Range.merge");
    this.touch();
    this.sheet!.merged.push(this.area);
  }

  unmerge(): void {
    this.fake.need("ExcelApi", "1.2", "Range.unmerge");
    this.touch();
    const { r0, r1, c0, c1 } = this.bounds();
    this.sheet!.merged = this.sheet!.merged.filter((m) => {
      const a = parseArea(m);
      return a.r1 < r0 || a.r0 > r1 || a.c1 < c0 || a.c0 > c1;
    });
  }

  clear(): void {
    this.touch();
    const { r0, r1, c0, c1 } = this.bounds();
    for (const key of [...this.sheet!.cells.keys()]) {
      const { row, col } = parseA1(key);
      if (row >= r0 && row <= r1 && col >= c0 && col <= c1) this.sheet!.cells.delete(key);
    }
    this.sheet!.formats = [];
    this.sheet!.hyperlinks.clear();
    this.sheet!.validations = [];
  }
}

class FakeChartProxy {
  constructor(
    private readonly chart: FakeChart,
    private readonly fake: FakeExcel,
  ) {}
  get title() {
    const c = this.chart;
    return {
      set text(v: string) {
        c.title = v;
      },
    };
  }
  get legend() {
    const c = this.chart;
    return {
      set visible(v: boolean) {
        c.legendVisible = v;
      },
    };
  }
  get axes() {
    const c = this.chart;
    const fake = this.fake;
    return {
      valueAxis: {
        set numberFormat(v: string) {
          fake.need("ExcelApi", "1.8", "ChartAxis.numberFormat");
          c.valueAxisFormat = v;
        },
      },
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          fake.need("ExcelApi", "1.7", "ChartAxis.reversePlotOrder");
          c.categoryAxis = { ...c.categoryAxis, reversePlotOrder: v };
        },
        set position(v: string) {
          fake.need("ExcelApi", "1.8", "ChartAxis.position");
          c.categoryAxis = { ...c.categoryAxis, position: v };
        },
      },
    };
  }
  setPosition(from: string, to?: string): void {
    this.chart.position = [from, to];
  }
  get series() {
    const chart = this.chart;
    const need = (version: string, member: string) => this.fake.need("ExcelApi", version, member);
    const proxy = (s: FakeChart["series"][number]) => ({
      set name(v: string) {
        s.name = v;
      },
      setValues: (r: FakeRange) => {
        need("1.7", "ChartSeries.setValues");
        s.values = r.resolveAddress();
      },
      setXAxisValues: (r: FakeRange) => {
        need("1.7", "ChartSeries.setXAxisValues");
        s.categories = r.resolveAddress();
      },
    });
    return {
      getItemAt: (i: number) => proxy(chart.series[i]),
      add: (name: string) => {
        need("1.7", "ChartSeriesCollection.add");
        const s = { name };
        chart.series.push(s);
        return proxy(s);
      },
    };
  }
}

class FakeChartCollection extends Loadable {
  private loadedItems: { name: string }[] = [];
  constructor(
    fake: FakeExcel,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(fake);
  }
  resolve(): unknown {
    this.loadedItems = this.worksheet.data().charts.map((c) => ({ name: c.name }));
    this.markLoaded(["items"]);
    return this.loadedItems;
  }
  get items(): { name: string }[] {
    this.need("items");
    return this.loadedItems;
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    const sheet = this.worksheet.data();
    sheet.writes++;
    void seriesBy;
    const chart: FakeChart = { name: `Chart ${sheet.charts.length + 1}`, type, source: source.resolveAddress(), series: [{ values: source.resolveAddress() }] };
    sheet.charts.push(chart);
    return new FakeChartProxy(chart, this.fake);
  }
  getItem(name: string) {
    return {
      delete: () => {
        const sheet = this.worksheet.data();
        sheet.writes++;
        sheet.charts = sheet.charts.filter((c) => c.name !== name);
      },
    };
  }
}

/** A sheet-scoped defined name (NamedItem): its formula readable after load + sync; a null object when absent. */
export class FakeNamedItem extends Loadable {
  private loaded: { name?: string; formula?: string; exists?: boolean } = {};
  constructor(
    fake: FakeExcel,
    private readonly sheet: () => FakeSheet,
    private readonly key: string,
  ) {
    super(fake);
  }
  resolve(props: string[]): unknown {
    const found = this.sheet().names.get(this.key);
    this.loaded = { exists: found !== undefined, name: this.key, formula: found?.formula };
    this.markLoaded(["isNullObject"]);
    return props.includes("formula") ? { formula: found?.formula } : { name: this.key };
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return !this.loaded.exists;
  }
  get formula(): string {
    this.need("formula");
    return this.loaded.formula ?? "";
  }
  get name(): string {
    this.need("name");
    return this.key;
  }
  set visible(v: boolean) {
    const found = this.sheet().names.get(this.key);
    if (found) found.visible = v;
  }
  delete(): void {
    const s = this.sheet();
    s.writes++;
    s.names.delete(this.key);
  }
}

export class FakeWorksheet extends Loadable {
  private loaded: Record<string, unknown> = {};
  readonly charts: FakeChartCollection;

  constructor(
    fake: FakeExcel,
    private name_: string,
  ) {
    super(fake);
    this.charts = new FakeChartCollection(fake, this);
  }

  /** The sheet's data; a sheet deleted or never created fails like Excel's ItemNotFound at sync. */
  data(): FakeSheet {
    const sheet = this.fake.sheets.find((s) => s.name === this.name_ || s.id === this.name_);
    if (!sheet) {
      this.fake.failNextSync({ code: "ItemNotFound", message: `Worksheet ${this.name_} not found` });
      return new FakeSheet(this.name_);
    }
    return sheet;
  }

  resolve(props: string[]): unknown {
    const sheet = this.data();
    const out: Record<string, unknown> = {};
    const want = (p: string) => props.includes(p) || props.includes("*");
    if (want("name")) out.name = sheet.name;
    if (want("visibility")) out.visibility = sheet.visibility;
    if (want("position")) out.position = this.fake.sheets.indexOf(sheet);
    Object.assign(this.loaded, out);
    return out;
  }

  get name(): string {
    this.need("name");
    return this.loaded.name as string;
  }
  set name(v: string) {
    const sheet = this.data();
    sheet.writes++;
    sheet.name = v;
    this.name_ = v;
  }
  get visibility(): string {
    this.need("visibility");
    return this.loaded.visibility as string;
  }
  set visibility(v: string) {
    this.fake.need("ExcelApi", "1.1", "Worksheet.visibility");
    const sheet = this.data();
    sheet.writes++;
    sheet.visibility = v;
  }

  get freezePanes() {
    this.fake.need("ExcelApi", "1.7", "Worksheet.freezePanes");
    const sheet = () => {
      const s = this.data();
      s.writes++;
      return s;
    };
    return {
      freezeRows: (n: number) => void (sheet().frozen = { rows: n, columns: 0 }),
      freezeColumns: (n: number) => void (sheet().frozen = { rows: 0, columns: n }),
      freezeAt: (range: FakeRange) => {
        const a = parseArea(range.area);
        sheet().frozen = { rows: a.r1 + 1, columns: a.c1 + 1 };
      },
      unfreeze: () => void (sheet().frozen = { rows: 0, columns: 0 }),
    };
  }

  get tables() {
    return {
      add: (address: string, hasHeaders: boolean) => {
        const sheet = this.data();
        sheet.writes++;
        void hasHeaders;
        const table: FakeTable = { name: `Table${this.fake.sheets.reduce((n, s) => n + s.tables.length, 1)}`, address };
        sheet.tables.push(table);
        const area = parseArea(address);
        return {
          set style(v: string) {
            table.style = v;
          },
          columns: {
            getItemAt: (i: number) => ({
              getDataBodyRange: () => new FakeRange(this.fake, sheet, `${a1(area.r0 + 1, area.c0 + i)}:${a1(area.r1, area.c0 + i)}`),
            }),
          },
        };
      },
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.fake, this.data(), (address ?? "").toUpperCase());
  }

  /** The sheet's own defined names (ExcelApi 1.4). */
  get names() {
    this.fake.need("ExcelApi", "1.4", "Worksheet.names");
    const sheet = () => this.data();
    const fake = this.fake;
    return {
      getItemOrNullObject: (name: string) => new FakeNamedItem(fake, sheet, name),
      add: (name: string, reference: string) => {
        const s = sheet();
        if (s.names.has(name)) fake.failNextSync({ code: "ItemAlreadyExists", message: `The sheet already has a name ${name}` });
        s.writes++;
        s.names.set(name, { formula: reference, visible: true });
        return new FakeNamedItem(fake, sheet, name);
      },
    };
  }

  /** Several ranges ("D4, D2:D3, D5:D6"): the fake's RangeAreas can be selected, nothing else. */
  getRanges(address: string): { select: () => void } {
    this.fake.need("ExcelApi", "1.9", "Worksheet.getRanges");
    const sheet = this.data();
    const areas = address.split(/[,;]/).map((a) => a.trim().toUpperCase());
    for (const area of areas) parseArea(area);
    return {
      select: () => {
        this.fake.need("ExcelApi", "1.18", "RangeAreas.select");
        this.fake.selection = { sheet: sheet.name, address: areas.join(", ") };
      },
    };
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.fake.need("ExcelApi", "1.7", "Worksheet.getRangeByIndexes");
    return this.getRange(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.fake.need("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
    const sheet = this.data();
    const used = sheet.usedAddress(valuesOnly);
    return used ? new FakeRange(this.fake, sheet, used) : new FakeRange(this.fake, null, "A1");
  }

  activate(): void {
    this.fake.activeSheet = this.data().name;
  }

  delete(): void {
    const sheet = this.data();
    this.fake.deleted.push(sheet.name);
    this.fake.sheets.splice(this.fake.sheets.indexOf(sheet), 1);
  }
}

export class FakeWorksheetCollection extends Loadable {
  private loadedItems: FakeWorksheet[] = [];

  resolve(props: string[]): unknown {
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.loadedItems = this.fake.sheets.map((s) => {
      const ws = new FakeWorksheet(this.fake, s.name);
      ws.resolve(itemProps);
      ws.markLoaded(itemProps);
      return ws;
    });
    this.markLoaded(["items"]);
    return this.fake.sheets.map((s) => s.name);
  }

  get items(): FakeWorksheet[] {
    this.need("items");
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, name);
  }

  add(name: string): FakeWorksheet {
    this.fake.requestBytes += CALL_BYTES;
    if (this.fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.fake.failNextSync({ code: "ItemAlreadyExists", message: `A sheet named ${name} exists` });
    } else {
      this.fake.sheets.push(new FakeSheet(name));
      this.fake.added.push(name);
    }
    return new FakeWorksheet(this.fake, name);
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncRecords: SyncRecord[] = [];
  pending: { target: Loadable; props: string[] }[] = [];
  requestBytes = 0;
  rangeLoads = 0;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  added: string[] = [];
  deleted: string[] = [];
  /** One entry per sync: whether calculation / screen updating were suspended for it. */
  suspended: { calculation: boolean; screen: boolean }[] = [];
  recalculations = 0;
  /** Excel.run calls made with mergeUndoGroup (one undo step each). */
  undoGroups = 0;
  /** What Office.context.document.settings holds (installed by install()). */
  documentSettings = new Map<string, unknown>();
  private suspension = { calculation: false, screen: false };
  private nextSyncError?: { code: string; message: string };
  /** Work the next sync does before it resolves loads (sheets inserted from a file). */
  private pendingWork: (() => Promise<void>)[] = [];
  /** The files given to insertWorksheetsFromBase64, decoded, with the sheet names asked for. */
  insertedFiles: { bytes: Uint8Array; sheetNames?: string[] }[] = [];
  readonly context: {
    workbook: {
      worksheets: FakeWorksheetCollection;
      application: FakeApplication;
      insertWorksheetsFromBase64: (base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }) => { value: string[] };
    };
    application: FakeApplication;
    sync: () => Promise<void>;
  };

  constructor(private readonly options: FakeExcelOptions = {}) {
    const application: FakeApplication = {
      suspendApiCalculationUntilNextSync: () => {
        this.need("ExcelApi", "1.6", "Application.suspendApiCalculationUntilNextSync");
        this.suspension.calculation = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.need("ExcelApi", "1.9", "Application.suspendScreenUpdatingUntilNextSync");
        this.suspension.screen = true;
      },
      calculate: (type?: string) => {
        this.recalculations++;
        this.calculations.push(type ?? "");
      },
    };
    const insertWorksheetsFromBase64 = (base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string } = {}) =>
      this.insertFromBase64(base64, options);
    this.context = {
      workbook: { worksheets: new FakeWorksheetCollection(this), application, insertWorksheetsFromBase64 },
      application,
      sync: () => this.sync(),
    };
  }

  /**
   * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): at the next sync, reads the file with KC's package
   * reader and appends the sheets asked for (all when none are named) with their values, formulas, formats and
   * sheet-scoped names. A sheet whose name the workbook already has (in any case) fails the sync: what real
   * Excel does then is not what KC relies on, so the fake refuses it.
   */
  private insertFromBase64(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string }): { value: string[] } {
    this.need("ExcelApi", "1.13", "Workbook.insertWorksheetsFromBase64");
    let ids: string[] | undefined;
    this.requestBytes += CALL_BYTES + base64.length;
    this.pendingWork.push(async () => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      this.insertedFiles.push({ bytes, sheetNames: options.sheetNamesToInsert });
      const pkg = openPackage(bytes, "inserted.xlsx");
      const wanted = options.sheetNamesToInsert?.length ? options.sheetNamesToInsert : pkg.worksheets.map((w) => w.name);
      const added: FakeSheet[] = [];
      for (const name of wanted) {
        const part = pkg.worksheets.find((w) => w.name === name);
        if (!part) throw Object.assign(new Error(`The file has no sheet ${name}`), { code: "InvalidArgument" });
        if ([...this.sheets, ...added].some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw Object.assign(new Error(`A sheet named ${name} exists`), { code: "ItemAlreadyExists" });
        const sheet = new FakeSheet(name);
        const read = new PackedSheet(readSheet(pkg, part));
        read.eachCell((r, c) => {
          const cell = read.cell(r, c)!;
          const value = cell.value === null ? "" : isCellError(cell.value) ? cell.value.error : cell.value;
          sheet.set(a1(r, c), {
            value,
            ...(cell.formula !== undefined ? { formula: `=${cell.formula}` } : {}),
            ...(cell.format ? { format: cell.format } : {}),
          });
        });
        const index = pkg.sheets.findIndex((s) => s.name === name);
        for (const n of pkg.workbook.definedNames) if (n.sheetIndex === index) sheet.names.set(n.name, { formula: `=${n.formula}`, visible: !n.hidden });
        added.push(sheet);
      }
      this.sheets.push(...added);
      this.added.push(...added.map((s) => s.name));
      ids = added.map((s) => s.id);
    });
    return {
      get value(): string[] {
        if (!ids) throw Object.assign(new Error("The result was read before context.sync()"), { code: "PropertyNotLoaded" });
        return ids;
      },
    };
  }

  addSheet(name: string, cells: Record<string, FakeCell | FakeValue> = {}): FakeSheet {
    const sheet = new FakeSheet(name);
    for (const [address, cell] of Object.entries(cells)) sheet.set(address, cell);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  failNextSync(error: { code: string; message: string }): void {
    this.nextSyncError ??= error;
  }

  get syncs(): number {
    return this.syncRecords.length;
  }

  /** The calculation types asked for, in order. */
  calculations: string[] = [];

  requirements = (set: string, version: string): boolean => {
    const sets = this.options.requirementSets;
    if (sets === undefined) return true;
    return sets.some((s) => {
      const [name, v] = s.split(" ");
      return name === set && compareVersions(v, version) >= 0;
    });
  };

  /** Refuses a member the emulated host does not have, as a host without its requirement set would. */
  need(set: string, version: string, member: string): void {
    if (!this.requirements(set, version)) {
      throw Object.assign(new Error(`${member} needs ${set} ${version}, above the emulated host (${this.options.requirementSets?.join(", ")})`), {
        code: "ApiNotFound",
      });
    }
  }

  async sync(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    const loadsBefore = this.rangeLoads;
    this.suspended.push(this.suspension);
    this.suspension = { calculation: false, screen: false };
    const error = this.nextSyncError;
    this.nextSyncError = undefined;
    const work = this.pendingWork;
    this.pendingWork = [];
    let responseBytes = 0;
    let failed: unknown;
    if (!error) {
      try {
        for (const w of work) await w();
      } catch (e) {
        failed = e;
      }
    }
    if (!error && !failed) for (const { target, props } of pending) responseBytes += JSON.stringify(target.resolve(props)).length;
    this.syncRecords.push({ responseBytes, requestBytes, rangeLoads: this.rangeLoads - loadsBefore });
    if (error) throw Object.assign(new Error(error.message), { code: error.code });
    if (failed) throw failed;
    if (this.options.maxResponseBytes !== undefined && responseBytes > this.options.maxResponseBytes) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
    for (const { target, props } of pending) target.markLoaded(props);
  }

  asContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  /**
   * Installs `Excel.run` (with RunOptions: mergeUndoGroup needs ExcelApi 1.20) and `Office.context` (display
   * language, requirement sets, document settings) on the global object for this fake.
   */
  install(displayLanguage = "vi-VN"): void {
    const g = globalThis as unknown as Record<string, unknown>;
    const run = async <T>(first: { mergeUndoGroup?: boolean } | ((context: unknown) => Promise<T>), second?: (context: unknown) => Promise<T>) => {
      if (typeof first === "function") return first(this.context);
      if (first.mergeUndoGroup) {
        this.need("ExcelApi", "1.20", "RunOptions.mergeUndoGroup");
        this.undoGroups++;
      }
      return second!(this.context);
    };
    const settings = this.documentSettings;
    g.Excel = { run, CalculationType: { full: "Full", recalculate: "Recalculate" } };
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        displayLanguage,
        requirements: { isSetSupported: this.requirements },
        document: {
          settings: {
            get: (key: string) => settings.get(key) ?? null,
            set: (key: string, value: unknown) => void settings.set(key, JSON.parse(JSON.stringify(value))),
            saveAsync: (callback: (result: { status: string }) => void) => callback({ status: "succeeded" }),
          },
        },
      },
    };
  }
}

interface FakeApplication {
  suspendApiCalculationUntilNextSync: () => void;
  suspendScreenUpdatingUntilNextSync: () => void;
  calculate: (type?: string) => void;
}
