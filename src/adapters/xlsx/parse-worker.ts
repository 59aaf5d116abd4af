import { parentPort, workerData } from "worker_threads";
import { packedBuffers } from "../../core/workbook/packed-sheet";
import { internalFailure, UnreadableWorkbookError } from "./package/refusal";
import { packedSheetsOfFile } from "./read-file";
import { MainMessage, SHEETS_AHEAD, WorkerMessage } from "./read-workbook-worker";

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

/** Sheets the main thread may still receive before it must acknowledge one: memory bounded by construction. */
let credit = SHEETS_AHEAD;
let wake: (() => void) | undefined;
parentPort!.on("message", (message: MainMessage) => {
  if (message.kind === "ack") {
    credit++;
    wake?.();
  }
});

/**
 * Parses the workbook at workerData.path and posts its sheet names, then each sheet packed in typed
 * arrays whose buffers are transferred, not copied. A sheet is read only when the main thread has
 * credit for it: at most SHEETS_AHEAD sheets are posted and not yet acknowledged.
 */
async function parse(path: string): Promise<void> {
  try {
    const sheets = packedSheetsOfFile(path, (names) => post({ kind: "names", names }));
    for (;;) {
      while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
      const next = sheets.next();
      if (next.done) break;
      credit--;
      post({ kind: "sheet", sheet: next.value }, packedBuffers(next.value));
    }
    post({ kind: "done" });
  } catch (err) {
    const unreadable = err instanceof UnreadableWorkbookError ? err : internalFailure(path, err instanceof Error ? err.message : String(err));
    post({ kind: "unreadable", reason: unreadable.reason, text: unreadable.text });
  }
}

void parse((workerData as { path: string }).path);
