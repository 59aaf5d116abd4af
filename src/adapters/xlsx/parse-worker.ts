import { parentPort, workerData } from "worker_threads";
import { CompactSheet } from "./read-cells";
import { corruptWorkbook, UnreadableWorkbookError } from "./read-errors";
import { streamWorksheetRows } from "./read-workbook-stream";
import { WorkerMessage } from "./read-workbook-worker";

// Rows are sent as they are parsed, a batch at a time, so the worker keeps no sheet alive: its garbage
// collector then works as in a plain read.
const ROWS_PER_MESSAGE = 1000;

/** Parses the workbook at workerData.path and posts its sheet names, then each sheet's rows in batches. */
async function parse(path: string): Promise<void> {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  try {
    for await (const { name, rows } of streamWorksheetRows(path, (names) => post({ kind: "names", names }))) {
      post({ kind: "sheet", name });
      let batch = new CompactSheet(name);
      let count = 0;
      for await (const row of rows) {
        batch.addRow(row);
        if (++count % ROWS_PER_MESSAGE === 0) {
          post({ kind: "rows", rows: batch.toData() });
          batch = new CompactSheet(name);
        }
      }
      post({ kind: "rows", rows: batch.toData() });
      post({ kind: "sheet-end" });
    }
    post({ kind: "done" });
  } catch (err) {
    const unreadable = err instanceof UnreadableWorkbookError ? err : corruptWorkbook(path, err);
    post({ kind: "unreadable", reason: unreadable.reason, text: unreadable.text });
  }
}

void parse((workerData as { path: string }).path);
