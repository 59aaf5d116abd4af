import { readWorkbookSettings, WorkbookSettings } from "../../app/settings";

/** The one document setting KC keeps in a workbook (Office stores it inside the .xlsx, with the add-in's part). */
const KEY = "kc.workbook.v1";

/** The settings saved in the open workbook; {} where none are (or Office cannot read them). */
export function officeWorkbookSettings(): WorkbookSettings {
  try {
    const saved: unknown = Office.context.document.settings.get(KEY);
    return typeof saved === "object" && saved !== null ? readWorkbookSettings(saved as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Saves the workbook's settings into the document (kept when the user saves the workbook). When the
 * report year changes, KC.* formulas are recalculated: KC.SUPPORTMAX without a year reads it.
 */
export async function saveOfficeWorkbookSettings(next: WorkbookSettings): Promise<void> {
  const before = officeWorkbookSettings();
  const settings = Office.context.document.settings;
  settings.set(KEY, { ...next });
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
  );
  if (before.reportYear !== next.reportYear) {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
  }
}
