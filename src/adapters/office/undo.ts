import { bilingual } from "../../core/message";
import { PortError, UndoSupport } from "../../app/port";
import { officeRequirements, Requirements } from "./requirements";

/**
 * Runs a batch as one undo step where the host can (ExcelApi 1.20's mergeUndoGroup): Ctrl+Z then takes
 * the whole of it back. Elsewhere each sync is its own undo record. Says which it was.
 */
export async function runAsOneUndoStep<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  requirements: Requirements = officeRequirements(),
): Promise<{ result: T; undo: Exclude<UndoSupport, "copy"> }> {
  if (requirements("ExcelApi", "1.20")) {
    try {
      return { result: await Excel.run({ mergeUndoGroup: true }, batch), undo: "one-step" };
    } catch (error) {
      if (errorCode(error) !== "UndoNotSupported") throw error;
      throw new PortError(
        bilingual(
          "Excel không gộp được thao tác này thành một bước hoàn tác (UndoNotSupported) nên đã dừng giữa chừng: hãy chạy lại.",
          "Excel could not group this operation into one undo step (UndoNotSupported) and stopped part-way: run it again.",
        ),
      );
    }
  }
  return { result: await Excel.run(batch), undo: "not-grouped" };
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}
