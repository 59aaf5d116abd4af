import { parentPort, workerData } from "worker_threads";
import { packedBuffers } from "../../core/workbook/packed-sheet";
import { corruptWorkbook, UnreadableWorkbookError } from "./read-errors";
import { streamPackedSheets } from "./read-workbook-stream";
import { WorkerMessage } from "./read-workbook-worker";

/**
 * Parses the workbook at workerData.path and posts its sheet names, then each sheet packed in typed
 * arrays whose buffers are transferred, not copied: the receiving thread gets a sheet for the price of
 * its texts.
 */
async function parse(path: string): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
  try {
    for await (const sheet of streamPackedSheets(path, (names) => post({ kind: "names", names }))) post({ kind: "sheet", sheet }, packedBuffers(sheet));
    post({ kind: "done" });
  } catch (err) {
    const unreadable = err instanceof UnreadableWorkbookError ? err : corruptWorkbook(path, err);
    post({ kind: "unreadable", reason: unreadable.reason, text: unreadable.text });
  }
}

void parse((workerData as { path: string }).path);
