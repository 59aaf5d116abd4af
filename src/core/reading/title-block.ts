import { MoneyUnit, parseUnit } from "../numbers/units";
import { HEADER_FIELDS, HeaderKey } from "../standard/layout";
import { labelIndex, labelKey } from "../standard/labels";
import { cellText } from "../standard/read-cell";
import { parsePeriod, parseYear } from "../standard/vocabulary";
import { foldCached } from "../text/fold";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import { fundOfText } from "./header-terms";
import { monthEnd } from "../dates/iso-day";
import { findProvince, officialName, ProvinceResolution, resolveProvince } from "../provinces";
import { flatText } from "./sheet-text";
import { Evidence, Fact, FundOf, ProvinceFact, TitleFacts } from "./types";

/**
 * The title block: what the rows above the first table, the sheet name and the file name say about the
 * whole sheet. KC's standard puts labelled values there ("Tỉnh/Thành phố | An Giang"); the official forms
 * and provincial exports put an issuer ("UBND TỈNH BẾN TRE", "SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG"), a title
 * ("KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2020", "… 8 THÁNG NĂM 2023", "(Kinh phí địa phương)"), a caption
 * "(Kèm theo Quyết định … của UBND tỉnh Đồng Tháp)" and a unit line "ĐVT: triệu đồng".
 */
export interface TitleOptions {
  fileName?: string;
}

const HEADER_INDEX = labelIndex(HEADER_FIELDS);
/** The standard's header block lies in its first rows. */
const HEADER_BLOCK_ROWS = 15;
const HEADER_VALUE_REACH = 4;

const ISSUER = /^(ubnd|uy ban nhan dan|so cong thuong|trung tam|bo cong thuong|cuc|cong hoa xa hoi|doc lap tu do|so:|so \d)/;
const CAPTION = /\b(kem theo|quyet dinh so|qd ubnd|ngay \d)/;
const TITLE_WORDS = /\b(bao cao|ke hoach|danh muc|bieu|tinh hinh|tong hop|ket qua|de an|du an|khuyen cong)\b/;

const fact = <T>(value: T, evidence: Evidence, confidence: Fact<T>["confidence"] = "certain"): Fact<T> => ({ value, evidence, confidence });

/** A unit line ("ĐVT: triệu đồng", "(Đơn vị tính: đồng)", "Đơn vị: tỷ đồng") anywhere in a cell. */
export function unitLineOf(text: string): MoneyUnit | undefined {
  const m = /^\(?\s*(đvt|đơn vị tính|đơn vị|dvt|don vi tinh|don vi)\s*[:：]\s*(.+?)\s*\)?$/i.exec(text.normalize("NFC").replace(/\s+/g, " ").trim());
  return m ? parseUnit(m[2]) : undefined;
}

/** The unit line nearest above a table (rows from..to−1), or the standard's "Đơn vị tính | triệu đồng" pair. */
export function unitLineAbove(sheet: SheetSnapshot, from: number, to: number): Fact<MoneyUnit> | undefined {
  for (let r = to - 1; r >= Math.max(from, 0); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = flatText(sheet.cell(r, c));
      if (text === "" || text.length > 60) continue;
      const unit = unitLineOf(text);
      if (unit) return fact(unit, { kind: "unit-line", cell: a1(r, c), text });
    }
  }
  return undefined;
}

/** The fund a sheet's name gives ("BC KC DP", "BC KC TW", "KCĐP"). */
export function fundOfSheetName(name: string): FundOf | undefined {
  const folded = foldCached(name);
  if (/\b(dp|kcdp|dia phuong|nsdp)\b/.test(folded)) return "KCDP";
  if (/\b(tw|kcqg|trung uong|nstw|quoc gia)\b/.test(folded)) return "KCQG";
  return undefined;
}

interface YearReading {
  year: number;
  months?: number;
  cell: string;
  text: string;
}

/** The last period a title names: "NĂM 2023 VÀ 9 THÁNG NĂM 2024" → 9 months of 2024; "6 tháng đầu năm 2017" → 6 months. */
export function periodInText(text: string): { year?: number; months?: number } | undefined {
  const folded = foldCached(text);
  let last: RegExpExecArray | undefined;
  for (const m of folded.matchAll(/(?:\b(\d{1,2}) thang (?:dau )?)?nam (?:bao cao )?((?:19|20)\d{2})\b/g)) last = m as RegExpExecArray;
  if (last) return { year: Number(last[2]), months: last[1] ? Number(last[1]) : 12 };
  const months = /\b(\d{1,2}) thang\b/.exec(folded);
  if (months && Number(months[1]) >= 1 && Number(months[1]) <= 12) return { months: Number(months[1]) };
  if (/\bca nam\b/.test(folded)) return { months: 12 };
  return undefined;
}

/**
 * Reads the title facts from rows 0..to−1 (the rows above the first table), the cells of the first
 * header band (`bandRows`: "Năm Báo Cáo: 2023" written in a header), the sheet name and the file name.
 */
export function readTitleFacts(sheet: SheetSnapshot, to: number, bandRows: readonly number[], options: TitleOptions = {}): TitleFacts {
  const facts: TitleFacts = { unread: [], standardHeader: false };
  const standardProvince = readStandardBlock(sheet, Math.min(to, HEADER_BLOCK_ROWS), facts);
  let titleYear: YearReading | undefined;
  let captionYear: YearReading | undefined;
  let titleMonths: YearReading | undefined;
  // Texts that may name the province, read once the report's date is known (it chooses the list in force).
  const issuerTexts: { cell: string; text: string }[] = [];
  const titleTexts: { cell: string; text: string }[] = [];
  for (let r = 0; r < to; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = flatText(sheet.cell(r, c));
      if (text === "" || text.length > 300) continue;
      const cell = a1(r, c);
      const folded = foldCached(text);
      if (text.length <= 60) {
        const unit = unitLineOf(text);
        if (unit) {
          facts.unit ??= fact(unit, { kind: "unit-line", cell, text });
          continue;
        }
      }
      if (HEADER_INDEX.has(labelKey(text))) continue;
      const caption = CAPTION.test(folded);
      const issuer = ISSUER.test(folded);
      if (!facts.title && !issuer && !caption && text.length >= 12 && TITLE_WORDS.test(folded)) facts.title = { text, cell };
      const period = periodInText(text.replace(/ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/gi, " "));
      if (period?.year !== undefined) {
        const reading = { year: period.year, months: period.months, cell, text };
        if (caption || issuer) captionYear ??= reading;
        else titleYear ??= reading;
      } else if (period?.months !== undefined && !caption) titleMonths ??= { year: 0, months: period.months, cell, text };
      if (/\b(tinh|thanh pho|tp|ubnd|uy ban)\b/.test(folded)) (issuer || caption ? issuerTexts : titleTexts).push({ cell, text });
      if (!facts.fund && !issuer && text.length < 200 && (TITLE_WORDS.test(folded) || text.startsWith("("))) {
        const fund = fundOfText(text);
        if (fund === "KCQG" || fund === "KCDP") facts.fund = fact(fund, { kind: "title", cell, text });
      }
    }
  }
  // The year written in a header cell ("Năm Báo Cáo: 2023" of the L6, L7 exports, "SPCNNTTB thực hiện Năm 2023"),
  // when the header names one period only.
  if (!facts.year) {
    const periods = new Map<string, YearReading>();
    for (const r of bandRows) {
      for (let c = 0; c < sheet.colCount; c++) {
        const text = flatText(sheet.cell(r, c));
        if (text === "" || text.length > 120) continue;
        const p = periodInText(text);
        if (p?.year !== undefined) periods.set(`${p.year}/${p.months}`, { year: p.year, months: p.months, cell: a1(r, c), text });
      }
    }
    if (periods.size === 1) {
      const p = [...periods.values()][0];
      facts.year = fact(p.year, { kind: "label", cell: p.cell, text: p.text });
      if (!facts.months && p.months !== undefined)
        facts.months = fact(p.months, { kind: "label", cell: p.cell, text: p.text }, p.months === 12 ? "likely" : "certain");
    }
  }
  const yearFrom = titleYear ?? captionYear;
  if (!facts.year && yearFrom) {
    facts.year = fact(yearFrom.year, { kind: "title", cell: yearFrom.cell, text: yearFrom.text });
    if (!facts.months && yearFrom === titleYear && yearFrom.months !== undefined)
      facts.months = fact(yearFrom.months, { kind: "title", cell: yearFrom.cell, text: yearFrom.text }, yearFrom.months === 12 ? "likely" : "certain");
  }
  if (!facts.months && titleMonths?.months !== undefined)
    facts.months = fact(titleMonths.months, { kind: "title", cell: titleMonths.cell, text: titleMonths.text });
  if (!facts.months && facts.year?.evidence.kind === "label" && !facts.standardHeader) facts.months = fact(12, { ...facts.year.evidence }, "likely");
  for (const [text, kind] of [
    [sheet.name, "sheet-name"],
    [options.fileName ?? "", "file-name"],
  ] as const) {
    if (text === "" || facts.year) continue;
    const year = parseYear(text.replace(/[_-]/g, " "));
    if (year) facts.year = fact(year, { kind, text }, "likely");
  }
  const day = reportDay(facts);
  if (standardProvince) readStandardProvince(facts, standardProvince, day);
  if (!facts.province && !facts.provinceDoubt) {
    // The title before the issuer: "KẾ HOẠCH … CỦA TỈNH X" says whose report it is; an issuer may be the ministry.
    for (const { cell, text } of [...titleTexts, ...issuerTexts]) {
      const found = findProvince(text, day ? { date: day } : {});
      if (found.kind === "unknown") continue;
      setProvince(facts, found, { kind: "title", cell, text }, day);
      break;
    }
  }
  if (!facts.province && !facts.provinceDoubt) {
    for (const [text, kind] of [
      [sheet.name, "sheet-name"],
      [options.fileName ?? "", "file-name"],
    ] as const) {
      if (text === "") continue;
      // A short form in a sheet or file name ("BD", "KCDP") is never taken for a province, nor doubted.
      const found = findProvince(text.replace(/\.(xlsx|xlsm|xls)$/i, "").replace(/[_-]+/g, " "), day ? { date: day } : {});
      if (found.kind === "unit") {
        setProvince(facts, found, { kind, text }, day, "likely");
        break;
      }
    }
  }
  const sheetFund = fundOfSheetName(sheet.name);
  if (!facts.fund && sheetFund) facts.fund = fact(sheetFund, { kind: "sheet-name", text: sheet.name });
  return facts;
}

/** The last day of the report's period ("YYYY-MM-DD"): it chooses the province list in force (63 units until 30/6/2025, 34 after). */
export function reportDay(facts: Pick<TitleFacts, "year" | "months">): string | undefined {
  return facts.year ? monthEnd(facts.year.value, facts.months?.value ?? 12) : undefined;
}

/** The province of a resolution, named as the official list has it on the report's day; a doubt when it is not one unit. */
export function setProvince(
  facts: TitleFacts,
  found: ProvinceResolution,
  evidence: Evidence,
  day: string | undefined,
  confidence: ProvinceFact["confidence"] = "certain",
): void {
  if (found.kind === "unit") facts.province = { ...fact(officialName(found.unit, day).name, evidence, confidence), unit: found.unit, written: found.matched };
  else facts.provinceDoubt = { text: evidence.text ?? "", cell: evidence.cell, resolution: found };
}

/**
 * The standard's "Tỉnh/Thành phố" value: the cell is known to name a province, so diacritics that differ from
 * every spelling are accepted ("Quãng Ngãi") and a longer text is searched ("Sở Công Thương tỉnh Bến Tre"); a
 * value naming no known unit is kept as written, with the doubt.
 */
function readStandardProvince(facts: TitleFacts, found: { cell: string; value: string; evidence: Evidence }, day: string | undefined): void {
  const options = day ? { date: day, approximate: true } : { approximate: true };
  const whole = resolveProvince(found.value, options);
  const resolution = whole.kind === "unknown" ? findProvince(found.value, options) : whole;
  setProvince(facts, resolution, found.evidence, day);
  if (facts.provinceDoubt) facts.provinceDoubt.text = found.value;
  if (resolution.kind === "unknown") facts.province = { ...fact(found.value, found.evidence, "likely"), written: found.value };
  else if (facts.province) facts.province.written = found.value;
}

/** KC's header block: a label ("Tỉnh/Thành phố", "Năm báo cáo", "Kỳ báo cáo", "Đơn vị tính") and its value to the right. Returns the province's cell, read once the date is known. */
function readStandardBlock(sheet: SheetSnapshot, rows: number, facts: TitleFacts): { cell: string; value: string; evidence: Evidence } | undefined {
  let province: { cell: string; value: string; evidence: Evidence } | undefined;
  const seen = new Set<HeaderKey>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = cellText(sheet.cell(r, c));
      if (text === "" || text.length > 40) continue;
      const key = HEADER_INDEX.get(labelKey(text));
      if (!key || seen.has(key)) continue;
      let col = c + 1;
      for (let k = c + 1; k <= c + HEADER_VALUE_REACH && k < sheet.colCount; k++) {
        if (cellText(sheet.cell(r, k)) !== "") {
          col = k;
          break;
        }
      }
      const value = flatText(sheet.cell(r, col));
      // A header row of a table ("Tỉnh | Kế hoạch năm …") is no header block.
      if (value !== "" && HEADER_INDEX.has(labelKey(value))) continue;
      seen.add(key);
      const labelCell = a1(r, c);
      const cell = a1(r, col);
      const evidence: Evidence = { kind: "label", cell, text: `${text}: ${value}` };
      const unread = () => facts.unread.push({ field: key, labelCell, cell, text: value });
      switch (key) {
        case "province": {
          facts.standardHeader = true;
          if (value === "") {
            unread();
            break;
          }
          province = { cell, value, evidence };
          break;
        }
        case "year": {
          const year = value === "" ? undefined : parseYear(value);
          if (year) facts.year = fact(year, evidence);
          else unread();
          break;
        }
        case "period": {
          const period = value === "" ? undefined : parsePeriod(value);
          if (period) facts.months = fact(period.months, evidence);
          else if (value !== "") unread();
          break;
        }
        case "unit": {
          const unit = value === "" ? undefined : parseUnit(value);
          if (unit) facts.unit = fact(unit, evidence);
          else if (value !== "") unread();
          break;
        }
      }
    }
  }
  return province;
}
