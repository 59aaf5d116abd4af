import { readdirSync } from "fs";
import { join } from "path";
import type * as ts from "typescript";
import { guardCalls, manifestSets, MemberUse, officeMemberUses, readManifest, unguardedAbove } from "./api-sets";
import { compareVersions } from "./versions";

const ROOT = join(__dirname, "..", "..");
const files = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => join(ROOT, dir, f));
/** Every file allowed to touch Office.js (eslint.config.mjs): the Office adapter and the entry points. */
const OFFICE_FILES = [
  ...files("src/adapters/office"),
  ...files("src/commands"),
  ...files("src/functions"),
  join(ROOT, "src/taskpane/index.ts"),
  join(ROOT, "src/taskpane/pane-visibility.ts"),
];
/**
 * Sets without versions that every Excel host has (Microsoft's common API tables), and a member
 * @types/office-js files under Outlook's Mailbox set though Excel's add-in commands use it too.
 */
const IN_EVERY_EXCEL = ["Settings", "Not in a set"];
const EXCEL_MEMBERS_FILED_UNDER_MAILBOX = ["Event", "Event.completed"];

const minimum = manifestSets(readManifest(join(ROOT, "manifest.xml")));
const everywhere = (uses: MemberUse[]) => uses.filter((u) => !EXCEL_MEMBERS_FILED_UNDER_MAILBOX.includes(u.member));
const where = (u: { file: string; line: number }) => `${u.file.replace(ROOT, "")}:${u.line}`;

/** A file of the check's own, compiled with the real ones: unguarded, guarded high enough, guarded too low. */
const PROBE = join(ROOT, "src/adapters/office/__probe__.ts");
const PROBE_CODE = `export async function probe(context: Excel.RequestContext, supports: (s: string, v: string) => boolean) {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  if (supports("ExcelApi", "1.9")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  if (supports("ExcelApi", "1.6")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  await context.sync();
}`;

describe("Office.js requirement sets", () => {
  let uses: MemberUse[];
  let probed: MemberUse[];
  let program: ts.Program;
  beforeAll(() => {
    const all = officeMemberUses(OFFICE_FILES, { [PROBE]: PROBE_CODE });
    program = all.program;
    uses = all.uses.filter((u) => u.file !== PROBE);
    probed = all.uses.filter((u) => u.file === PROBE);
  }, 120_000);

  it("the manifest asks for ExcelApi 1.10, what every host with SharedRuntime 1.1 has", () => {
    expect(minimum).toMatchObject({ ExcelApi: "1.10", SharedRuntime: "1.1" });
  });

  it("finds the members the adapter uses, with their sets", () => {
    const named = new Map(uses.map((u) => [u.member, `${u.set.name} ${u.set.version}`]));
    expect(named.get("Application.suspendScreenUpdatingUntilNextSync")).toBe("ExcelApi 1.9");
    expect(named.get("ChartAxis.position")).toBe("ExcelApi 1.8");
    expect(named.get("RunOptions.mergeUndoGroup")).toBe("ExcelApi 1.20");
    expect(named.get("Addin.showAsTaskpane")).toBe("SharedRuntime 1.1");
    expect(named.get("Workbook.insertWorksheetsFromBase64")).toBe("ExcelApi 1.13");
    expect(named.get("InsertWorksheetOptions.sheetNamesToInsert")).toBe("ExcelApi 1.13");
    expect(named.get("NamedItemCollection.getItemOrNullObject")).toBe("ExcelApi 1.4");
  });

  it("uses nothing above the manifest's minimum without a guard", () => {
    const bad = unguardedAbove(everywhere(uses), minimum, IN_EVERY_EXCEL).map((u) => `${u.member} (${u.set.name} ${u.set.version}) at ${where(u)}`);
    expect([...new Set(bad)]).toEqual([]);
  });

  it("has no guard that can never be false (a version at or below the manifest's minimum)", () => {
    const redundant = guardCalls(program, OFFICE_FILES).filter((g) => minimum[g.name] !== undefined && compareVersions(g.version, minimum[g.name]) <= 0);
    expect(redundant.map((g) => `${g.name} ${g.version} at ${where(g)}`)).toEqual([]);
  });

  it("the check itself fails on an unguarded member above the minimum and passes it guarded", () => {
    const suspends = probed.filter((u) => u.member === "Application.suspendScreenUpdatingUntilNextSync");
    expect(suspends.map((u) => u.line)).toEqual([2, 3, 4]);
    expect(unguardedAbove(probed, { ExcelApi: "1.8" }, IN_EVERY_EXCEL).map((u) => u.line)).toEqual([2, 4]);
  });
});
