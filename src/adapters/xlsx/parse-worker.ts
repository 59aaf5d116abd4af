import { parentPort, workerData } from "worker_threads";
import { packedBuffers } from "../../core/workbook/packed-sheet";
import { corruptWorkbook, UnreadableWorkbookError } from "./read-errors";
import { openWorkbookStream, worksheetContext } from "./read-workbook-stream";
import { packWorksheetXml } from "./worksheet-xml";
import { WorkerMessage } from "./read-workbook-worker";

/**
 * Parses the workbook at workerData.path and posts its sheet names, then each sheet packed in typed
 * arrays whose buffers are transferred, not copied: the receiving thread gets a sheet for the price of
 * its texts.
 */
async function parse(path: string): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
  try {
    const { reader, sheets } = await openWorkbookStream(path);
    post({ kind: "names", names: (reader.model?.sheets ?? []).map((s) => s.name) });
    const ctx = worksheetContext(reader);
    for (const { name, xml } of sheets) {
      const sheet = await packWorksheetXml(xml(), name, ctx);
      post({ kind: "sheet", sheet }, packedBuffers(sheet));
    }
    post({ kind: "done" });
  } catch (err) {
    const unreadable = err instanceof UnreadableWorkbookError ? err : corruptWorkbook(path, err);
    post({ kind: "unreadable", reason: unreadable.reason, text: unreadable.text });
  }
}

void parse((workerData as { path: string }).path);
