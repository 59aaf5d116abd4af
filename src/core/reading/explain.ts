import { Lang } from "../message";
import { unresolvedMessage } from "../provinces";
import { a1, columnLetter } from "../workbook/snapshot";
import { confidenceText, evidenceText, fundName, periodName, ROW_NAMES, roleName, STATUS_NAMES, TABLE_NAMES, unitText } from "./role-names";
import { Fact, ReadTable, SheetReading } from "./types";

/** Rows listed one by one in an explanation; the rest of a long table is summed up. */
const ROWS_LISTED = 40;

/**
 * A reading as text, for a reviewer without Excel (`kc validate FILE --explain [SHEET]`): the title-block
 * facts with their evidence, each table with its columns' roles, its totals and what they add, its
 * sections and "of which" rows, and what was not read.
 */
export function explainReading(reading: SheetReading, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  const lines: string[] = [];
  lines.push(`Sheet "${reading.sheet}": ${STATUS_NAMES[reading.status][lang]}`);
  for (const reason of reading.reasons) lines.push(`  - ${reason[lang]}`);
  const f = reading.facts;
  const fact = <T>(name: string, value: Fact<T> | undefined, show: (v: T) => string) => {
    if (!value) lines.push(`  ${name}: ${vi ? "không rõ" : "unknown"}`);
    else lines.push(`  ${name}: ${show(value.value)}${confidenceText(value.confidence, lang)} [${evidenceText(value.evidence, lang)}]`);
  };
  if (f.title) lines.push(`  ${vi ? "Tiêu đề" : "Title"}: ${f.title.cell} "${f.title.text}"`);
  fact(vi ? "Tỉnh" : "Province", f.province, (v) => v);
  if (f.provinceDoubt)
    lines.push(`    ${vi ? "Tên tỉnh chưa xác định" : "Province unresolved"}: ${unresolvedMessage(f.provinceDoubt.text, f.provinceDoubt.resolution)[lang]}`);
  fact(vi ? "Năm" : "Year", f.year, (v) => String(v));
  fact(vi ? "Kỳ" : "Period", f.months, (v) => periodName({ months: v })[lang]);
  if (f.fund) fact(vi ? "Nguồn" : "Fund", f.fund, (v) => fundName(v)[lang]);
  if (f.unit) fact(vi ? "Đơn vị tính" : "Unit", f.unit, (v) => unitText(v, lang));
  reading.tables.forEach((t, i) => explainTable(t, i, lines, lang));
  for (const s of reading.corrections.stale)
    lines.push(`  ${vi ? "Sửa cách đọc không còn khớp" : "Correction no longer fits"} (KC_CachDoc ${s.row + 1}): ${s.reason[lang]}`);
  return lines.join("\n") + "\n";
}

function explainTable(table: ReadTable, index: number, lines: string[], lang: Lang): void {
  const vi = lang === "vi";
  const range = `${a1(table.top, table.left)}:${a1(table.bottom, table.right)}`;
  const header = table.headerRows.map((r) => r + 1).join(", ");
  lines.push(`  ${vi ? "Bảng" : "Table"} ${index + 1} (${TABLE_NAMES[table.kind][lang]}) ${range}; ${vi ? "tiêu đề dòng" : "header rows"} ${header}`);
  if (table.unit)
    lines.push(
      `    ${vi ? "Đơn vị tính" : "Unit"}: ${unitText(table.unit.value, lang)}${confidenceText(table.unit.confidence, lang)} [${evidenceText(table.unit.evidence, lang)}]`,
    );
  if (table.fund) lines.push(`    ${vi ? "Nguồn" : "Fund"}: ${fundName(table.fund.value)[lang]} [${evidenceText(table.fund.evidence, lang)}]`);
  if (table.columnNumberRow !== undefined) lines.push(`    ${vi ? "Dòng đánh số cột" : "Column-number row"}: ${table.columnNumberRow + 1}`);
  for (const id of table.identities) lines.push(`    ${vi ? "Đẳng thức" : "Identity"} ${id.cell} "${id.text}"`);
  for (const c of table.columns) {
    const unit = c.unit ? `, ${unitText(c.unit.value, lang)}` : "";
    lines.push(`    ${columnLetter(c.col)} "${c.header.join(" › ")}": ${roleName(c.role)[lang]}${unit}${confidenceText(c.confidence, lang)}`);
  }
  const data = table.rows.filter((r) => r.kind === "data");
  const listed = table.rows.filter((r) => r.kind !== "data" && r.kind !== "blank");
  if (data.length > 0) lines.push(`    ${vi ? "Dòng số liệu" : "Item rows"}: ${data.length} (${data[0].row + 1}–${data[data.length - 1].row + 1})`);
  const subRows = data.filter((r) => r.continues !== undefined).map((r) => r.row);
  if (subRows.length > 0)
    lines.push(`    ${vi ? "Dòng đơn vị thụ hưởng tiếp theo của đề án bên trên" : "Beneficiary sub-rows of the project above"}: ${rowList(subRows)}`);
  for (const row of listed.slice(0, ROWS_LISTED)) {
    let text = `    ${vi ? "Dòng" : "Row"} ${row.row + 1}: ${ROW_NAMES[row.kind][lang]}`;
    if (row.label) text += ` "${row.label.length > 60 ? row.label.slice(0, 57) + "…" : row.label}"`;
    if (row.parts && row.parts.length > 0) text += ` = ${vi ? "cộng dòng" : "adds rows"} ${rowList(row.parts)}`;
    if (row.parent !== undefined) text += ` (${vi ? "thuộc dòng" : "part of row"} ${row.parent + 1})`;
    if (row.fund && row.kind !== "total") text += `; ${fundName(row.fund.value)[lang]}`;
    if (row.activity) text += `; ${row.activity.value}`;
    lines.push(text);
  }
  if (listed.length > ROWS_LISTED) lines.push(`    … ${listed.length - ROWS_LISTED} ${vi ? "dòng nữa" : "more rows"}`);
  summarizeFacts(data, lines, lang);
}

/** Funds and activities of item rows, counted by evidence: "KCĐP 12 (giá trị ô), MMTB 5 (suy từ tên)". */
function summarizeFacts(rows: ReadTable["rows"], lines: string[], lang: Lang): void {
  const vi = lang === "vi";
  const count = (pick: (r: ReadTable["rows"][number]) => Fact<string> | undefined) => {
    const byKey = new Map<string, number>();
    let missing = 0;
    for (const r of rows) {
      const f = pick(r);
      if (!f) {
        missing++;
        continue;
      }
      const key = `${f.value} (${evidenceText({ kind: f.evidence.kind }, lang)})`;
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    return { entries: [...byKey.entries()].map(([k, n]) => `${k}: ${n}`), missing };
  };
  const funds = count((r) => (r.fund ? { ...r.fund, value: fundName(r.fund.value)[lang] } : undefined));
  if (funds.entries.length > 0 || funds.missing < rows.length)
    lines.push(
      `    ${vi ? "Nguồn từng dòng" : "Fund of rows"}: ${funds.entries.join("; ")}${funds.missing ? `; ${vi ? "không rõ" : "unknown"}: ${funds.missing}` : ""}`,
    );
  const activities = count((r) => r.activity);
  if (activities.entries.length > 0)
    lines.push(
      `    ${vi ? "Nội dung từng dòng" : "Activity of rows"}: ${activities.entries.join("; ")}${activities.missing ? `; ${vi ? "không rõ" : "unknown"}: ${activities.missing}` : ""}`,
    );
}

/** 0-based rows as "5–9, 12". */
export function rowList(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i] + 1}–${sorted[j] + 1}` : String(sorted[i] + 1));
    i = j + 1;
  }
  return parts.join(", ");
}
