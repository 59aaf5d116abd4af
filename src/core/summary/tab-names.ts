import { Bilingual, bilingual } from "../message";
import { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { ExistingSheet, GENERATED_MARKER, SummaryRole } from "./plan-types";
import { freeSheetName } from "../workbook/sheet-names";

/** The tabs in the order they are written, with their standard names. */
export const SUMMARY_TABS: readonly { role: SummaryRole; name: string }[] = [
  { role: "funding", name: "TH_KinhPhi" },
  { role: "activities", name: "TH_NoiDung" },
  { role: "findings", name: "TH_KiemTra" },
  { role: "report", name: "TH_BaoCao" },
];

const ROLES = new Set<string>(SUMMARY_TABS.map((t) => t.role));

/** The marker text of a generated tab of this role: "KC:generated:v1 funding". */
export function markerText(role: SummaryRole): string {
  return `${GENERATED_MARKER} ${role}`;
}

/** The role of a tab KC generated (read from the marker in A1), or undefined for any other sheet. */
export function generatedRole(sheet: SheetSnapshot): SummaryRole | undefined {
  const v = sheet.cell(0, 0)?.value;
  if (typeof v !== "string") return undefined;
  const m = /^KC:generated:v1 ([a-z]+)$/.exec(v.trim());
  return m && ROLES.has(m[1]) ? (m[1] as SummaryRole) : undefined;
}

export function isGeneratedSheet(sheet: SheetSnapshot): boolean {
  return generatedRole(sheet) !== undefined;
}

export function existingSheets(snapshot: WorkbookSnapshot): ExistingSheet[] {
  return snapshot.sheets.map((s) => ({ name: s.name, generatedRole: generatedRole(s) }));
}

export interface TabName {
  role: SummaryRole;
  name: string;
  /** The generated tab replaced in place. */
  replaces?: string;
}

export interface TabNaming {
  tabs: TabName[];
  /** Extra generated tabs of a role already written: removed. */
  remove: string[];
  notices: Bilingual[];
}

/**
 * Decides where each tab goes. A generated tab of the same role is replaced in place under its
 * current name (a second run leaves the same sheets). Otherwise the standard name is used when no sheet
 * has it (sheet names compare case-insensitively in Excel); a user's sheet of that name is never
 * touched, and the tab takes the first free "TH_KinhPhi (2)", "(3)"… with a notice.
 */
export function planTabNames(existing: readonly ExistingSheet[]): TabNaming {
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase("vi")));
  const tabs: TabName[] = [];
  const remove: string[] = [];
  const notices: Bilingual[] = [];
  for (const { role, name } of SUMMARY_TABS) {
    const generated = existing.filter((s) => s.generatedRole === role);
    if (generated.length > 0) {
      tabs.push({ role, name: generated[0].name, replaces: generated[0].name });
      remove.push(...generated.slice(1).map((s) => s.name));
      continue;
    }
    const chosen = freeSheetName(name, taken);
    if (chosen !== name) {
      notices.push(
        bilingual(
          `Trang tính "${name}" của người dùng đã có nên không bị ghi đè; bảng tổng hợp được ghi vào "${chosen}".`,
          `The user's sheet "${name}" already exists and is left untouched; the summary tab is written as "${chosen}".`,
        ),
      );
    }
    taken.add(chosen.toLocaleLowerCase("vi"));
    tabs.push({ role, name: chosen });
  }
  return { tabs, remove, notices };
}
