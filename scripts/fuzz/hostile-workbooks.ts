/**
 * A seeded generator of hostile workbooks for the fuzz test (`npm test`), the longer fuzz run
 * (`npm run fuzz`) and the benchmark of bombs (`npm run bench`): cells of every type, sheet names,
 * merges, namespace prefixes, missing parts, escapes, huge coordinates, broken XML and zips, bombs.
 * The same seed gives the same workbook. Nothing here is part of KC.
 */
import { Zip, ZipDeflate } from "fflate";
import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { a1, Cell, isCellError } from "../../src/core/workbook/snapshot";
import { buildPackage, declareSize, PackageSpec, packageParts, zipParts } from "./package-parts";
import { prng } from "../prng";

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (random: Random, p: number) => random() < p;
const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const NUMBERS = [
  "0",
  "-0",
  "1.7976931348623157E+308",
  "-1.7976931348623157E+308",
  "4.9406564584124654E-324",
  "2.2250738585072009E-308",
  "1E+309",
  "12.5",
  "1e-7",
  "  42 ",
  "abc",
  "0x10",
  "",
];
const TEXTS = [
  "Tổng cộng",
  "_x0042_",
  "_x005F_x0042_",
  "_xFFFF_",
  "_x0000_",
  "_xD800_",
  "a\u0301",
  "KCQG",
  "KCĐP",
  "1.656",
  "88,41%",
  "=SUM(A1)",
  "<>&\"'",
  " ",
  "",
];
const FORMULAS = ["SUM(A1:A3)", "A1/B1", "#REF!+1", 'IF(A1>0,"x",1)', "'Tỉnh A'!B7*1000", "((((", "A1048576+XFD1", "SUM(", ""];
const ERRORS = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "bogus"];
const SHEET_NAMES = ["Tỉnh A", "Cần Thơ", "TH_KinhPhi", "a/b", "x".repeat(32), "'quoted'", "[x]", "", "Ghi chú", "tỉnh a", "Sheet1", "😀", "a:b"];
const REFS = ["A1", "B2", "XFD1", "A1048576", "XFD1048576", "XFE1", "A1048577", "ZZZZ9", "1", "", "b7"];

/** One random cell of any type, as worksheet XML. */
function randomCell(random: Random, ref: string, strings: string[]): string {
  const r = ref ? ` r="${ref}"` : "";
  switch (Math.floor(random() * 10)) {
    case 0:
      return `<c${r}><v>${pick(random, NUMBERS)}</v></c>`;
    case 1: {
      strings.push(`<t xml:space="preserve">${xmlText(pick(random, TEXTS))}</t>`);
      return `<c${r} t="s"><v>${chance(random, 0.02) ? strings.length + 5 : strings.length - 1}</v></c>`;
    }
    case 2:
      return `<c${r} t="inlineStr"><is><t>${xmlText(pick(random, TEXTS))}</t></is></c>`;
    case 3:
      return `<c${r} t="b"><v>${pick(random, ["0", "1", "true", "x"])}</v></c>`;
    case 4:
      return `<c${r} t="e"><v>${pick(random, ERRORS)}</v></c>`;
    case 5:
      return `<c${r}${chance(random, 0.5) ? ' t="str"' : ""}><f>${xmlText(pick(random, FORMULAS))}</f>${chance(random, 0.7) ? `<v>${pick(random, NUMBERS)}</v>` : ""}</c>`;
    case 6:
      return `<c${r}><f t="shared" si="${Math.floor(random() * 3)}"${chance(random, 0.5) ? ` ref="A1:C9"` : ""}>${chance(random, 0.8) ? xmlText(pick(random, FORMULAS)) || "A1" : ""}</f><v>1</v></c>`;
    case 7:
      return `<c${r} t="d"><v>${pick(random, ["2023-12-31T00:00:00Z", "1900-02-28", "2024-02-29T12:00:00", "not a date"])}</v></c>`;
    case 8:
      return `<c${r} s="${Math.floor(random() * 6)}"><v>${pick(random, NUMBERS)}</v></c>`;
    default:
      return `<c${r} s="1"/>`;
  }
}

/** A province sheet of the standard layout, as worksheet XML with inline strings (the figures hold or are broken). */
function provinceSheetXml(random: Random, province: string): string {
  const input: ProvinceSheetInput = {
    province,
    year: 2023,
    funding: [
      { source: "KCQG", plan: 1200, actual: 1100, sameLastYear: 950, previousPlan: 1000 },
      { source: "KCĐP", plan: 2200, actual: 2000, sameLastYear: 1800, previousPlan: 2100 },
      { source: "Tổng cộng", plan: 3400, actual: chance(random, 0.5) ? 3100 : 3107, sameLastYear: 2750, previousPlan: 3100 },
    ],
    projects: [
      {
        no: 1,
        code: "P1",
        name: "Máy sấy",
        source: "KCQG",
        activity: "MMTB",
        beneficiaries: 1,
        total: 700,
        support: 300,
        counterpart: 400,
        status: "Hoàn thành",
      },
    ],
  };
  const rows = composeProvinceSheet(input).rows;
  const cell = (c: Cell, ref: string) => {
    const v = c.value;
    const f = c.formula !== undefined ? `<f>${xmlText(c.formula)}</f>` : "";
    if (typeof v === "string") return `<c r="${ref}" t="${f ? "str" : "inlineStr"}">${f}${f ? `<v>${xmlText(v)}</v>` : `<is><t>${xmlText(v)}</t></is>`}</c>`;
    if (typeof v === "boolean") return `<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (v !== null && isCellError(v)) return `<c r="${ref}" t="e">${f}<v>${v.error}</v></c>`;
    return `<c r="${ref}" s="${c.format === "0.00%" ? 2 : c.format ? 1 : 0}">${f}${v === null ? "" : `<v>${v}</v>`}</c>`;
  };
  const xmlRows = rows.map((cells, r) => `<row r="${r + 1}">${(cells ?? []).map((c, col) => (c ? cell(c, a1(r, col)) : "")).join("")}</row>`);
  return `<sheetData>${xmlRows.join("")}</sheetData>`;
}

export interface HostileWorkbook {
  seed: number;
  /** What was done to it, for a failure's message. */
  traits: string[];
  bytes: Uint8Array;
}

/** The workbook of `seed`: a few sheets, some province sheets, random cells, and one to three hostile traits. */
export function hostileWorkbook(seed: number): HostileWorkbook {
  const random = prng(seed);
  const traits: string[] = [];
  const strings: string[] = [];
  const sheetCount = Math.floor(random() * 3) + (chance(random, 0.05) ? 0 : 1);
  const spec: PackageSpec = { sheets: [], sharedStrings: strings, styles: { numFmts: [[164, "#,##0.00"]], cellXfs: [0, 164, 10, 3, 14, 49] } };
  for (let i = 0; i < sheetCount; i++) {
    const name = chance(random, 0.1) ? pick(random, SHEET_NAMES) : `Tỉnh ${seed}-${i}`;
    let body: string;
    if (chance(random, 0.5)) body = provinceSheetXml(random, name);
    else {
      const rows: string[] = [];
      for (let r = 1; r <= 1 + Math.floor(random() * 6); r++) {
        const cells = Array.from({ length: Math.floor(random() * 6) }, (_, c) =>
          randomCell(random, chance(random, 0.03) ? pick(random, REFS) : a1(r - 1, c), strings),
        );
        rows.push(
          `<row${chance(random, 0.03) ? "" : ` r="${chance(random, 0.02) ? pick(random, ["1048576", "1048577", "0", "x"]) : r}"`}>${cells.join("")}</row>`,
        );
      }
      body = `<sheetData>${rows.join("")}</sheetData>`;
    }
    if (chance(random, 0.3)) {
      const merges = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        pick(random, ["A1:B2", "A3:B4", "C1:D1", "E5:F9", "G1:G3", "D5:A1", "C1:C1", "B2:C3", "A1:XFD1048576", "A1:XFE1", "nonsense"]),
      );
      body += `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
      traits.push(`merges ${merges.join(" ")}`);
    }
    spec.sheets.push({ name, body, ...(chance(random, 0.1) ? { state: "hidden" as const } : {}) });
  }
  const trait = (p: number, name: string, apply: () => void) => {
    if (!chance(random, p)) return;
    apply();
    traits.push(name);
  };
  trait(0.15, "prefixed", () => (spec.prefix = pick(random, ["x", "s", "ns0"])));
  trait(0.1, "strict", () => (spec.strict = true));
  trait(0.1, "1904", () => (spec.date1904 = true));
  trait(0.1, "no styles", () => delete spec.styles);
  const parts: Record<string, string | Uint8Array> = packageParts(spec);
  if (chance(random, 0.07)) {
    const gone = pick(random, Object.keys(parts));
    delete parts[gone];
    traits.push(`without ${gone}`);
  }
  if (chance(random, 0.07)) {
    const part = pick(random, Object.keys(parts));
    const text = parts[part] as string;
    const at = Math.floor(random() * text.length);
    const damage = pick(random, ["truncate", "garbage", "entity", "doctype", "deep"]);
    parts[part] =
      damage === "truncate"
        ? text.slice(0, at)
        : damage === "garbage"
          ? text.slice(0, at) + "\u0001<" + text.slice(at)
          : damage === "entity"
            ? text.replace("</", "&bogus;</")
            : damage === "doctype"
              ? text.replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
              : text.replace("</sheetData>", `${"<x>".repeat(300)}${"</x>".repeat(300)}</sheetData>`);
    traits.push(`${damage} ${part}`);
  }
  let bytes = zipParts(parts, chance(random, 0.1) ? 0 : 6);
  if (chance(random, 0.03)) {
    const part = pick(random, Object.keys(parts));
    bytes = declareSize(bytes, part, Math.floor(random() * 50));
    traits.push(`lies about the size of ${part}`);
  }
  if (chance(random, 0.03)) {
    bytes = chance(random, 0.5) ? bytes.slice(0, Math.floor(bytes.length * random())) : bytes.map((b, i) => (i % 97 === seed % 97 ? b ^ 0x5a : b));
    traits.push("damaged zip");
  }
  return { seed, traits, bytes };
}

/** A zip of a package whose part `part` is produced piece by piece and deflated as it comes (never held whole). */
function zipWithStreamedPart(spec: PackageSpec, part: string, pieces: () => Iterable<string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [name, content] of Object.entries(packageParts(spec))) {
    if (name === part) continue;
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(encoder.encode(content), true);
  }
  const big = new ZipDeflate(part, { level: 1 });
  zip.add(big);
  for (const piece of pieces()) big.push(encoder.encode(piece));
  big.push(new Uint8Array(0), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

export interface Bomb {
  name: string;
  bytes: Uint8Array;
}

/**
 * The bombs of the fuzz run, at full size: the shared-strings bomb and the cell bomb of issue #16
 * (each within the compression ratio, so they are read until a limit stops them), a whole-sheet merge,
 * a zip that lies about its sizes, a zip bomb by ratio, deep nesting. `scale` shrinks them for tests.
 */
export function bombs(scale = 1): Bomb[] {
  const sheet = (body: string): PackageSpec => ({ sheets: [{ name: "Bom", body }] });
  const list: Bomb[] = [];
  // 2,5 million distinct strings of ~20 characters: past the 2 million entries and the 50 million characters.
  const strings = Math.round(2_600_000 * scale);
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
  const sharedStringsBomb = zipWithStreamedPart(
    { ...sheet(`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`), sharedStrings: ["<t>x</t>"] },
    "xl/sharedStrings.xml",
    function* () {
      yield `<?xml version="1.0"?>${sst}`;
      for (let i = 0; i < strings; i += 1000) {
        let piece = "";
        for (let k = i; k < Math.min(strings, i + 1000); k++) piece += `<si><t>Chuỗi ${(k * 2654435761) % 1e9} ${k}</t></si>`;
        yield piece;
      }
      yield "</sst>";
    },
  );
  list.push({ name: "shared-strings bomb", bytes: sharedStringsBomb });
  // Six million cells in one sheet: past the five million cells a workbook may have.
  const cells = Math.round(6_000_000 * scale);
  list.push({
    name: "cell bomb",
    bytes: zipWithStreamedPart(sheet("<sheetData></sheetData>"), "xl/worksheets/sheet1.xml", function* () {
      yield `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
      const perRow = 10;
      for (let r = 1; r <= cells / perRow; r++) {
        let row = `<row r="${r}">`;
        for (let c = 0; c < perRow; c++) row += `<c r="${a1(r - 1, c)}"><v>${(r * 7 + c) % 1000}</v></c>`;
        yield `${row}</row>`;
      }
      yield "</sheetData></worksheet>";
    }),
  });
  list.push({
    name: "whole-sheet merge A1:XFD1048576",
    bytes: buildPackage(
      sheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`),
    ),
  });
  const spaces = Math.round(400_000_000 * scale);
  const lying = zipWithStreamedPart(sheet("<sheetData></sheetData>"), "xl/worksheets/sheet1.xml", function* () {
    yield `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
    const block = " ".repeat(1 << 20);
    for (let n = 0; n < spaces; n += block.length) yield block;
    yield "</sheetData></worksheet>";
  });
  list.push({ name: "zip bomb (400 MB of spaces)", bytes: lying });
  list.push({ name: "zip that lies about its sizes", bytes: declareSize(lying, "xl/worksheets/sheet1.xml", 1000) });
  list.push({ name: "elements nested 100.000 deep", bytes: buildPackage(sheet(`<sheetData>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</sheetData>`)) });
  return list;
}
