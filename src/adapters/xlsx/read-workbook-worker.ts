import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import { Bilingual } from "../../core/message";
import { PackedSheet, PackedSheetData } from "../../core/workbook/packed-sheet";
import { SheetSnapshot } from "../../core/workbook/snapshot";
import { corruptWorkbook, UnreadableReason, UnreadableWorkbookError } from "./read-errors";

export type WorkerMessage =
  | { kind: "names"; names: string[] }
  | { kind: "sheet"; sheet: PackedSheetData }
  | { kind: "done" }
  | { kind: "unreadable"; reason: UnreadableReason; text: Bilingual }
  | { kind: "failed"; message: string };

/** The compiled worker beside this file; absent when the sources run untranspiled (ts-jest). */
const WORKER = join(__dirname, "parse-worker.js");

/**
 * Streams an .xlsx one sheet at a time like streamWorkbookSheets, but parses in a worker thread, so the
 * caller checks one sheet while the next is being parsed (two cores), and the parser's garbage stays in
 * the worker's heap. Sheets arrive in workbook order. Where the worker is not compiled, parses in this
 * thread.
 */
export async function* streamWorkbookSheetsInWorker(path: string, onSheetNames?: (names: string[]) => void): AsyncGenerator<SheetSnapshot> {
  if (!existsSync(WORKER)) {
    const { streamWorkbookSheets } = await import("./read-workbook-stream");
    yield* streamWorkbookSheets(path, onSheetNames);
    return;
  }
  const worker = new Worker(WORKER, { workerData: { path } });
  const inbox: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  const receive = (message: WorkerMessage) => {
    inbox.push(message);
    wake?.();
  };
  worker.on("message", receive);
  worker.on("error", (err) => receive({ kind: "failed", message: err.message }));
  worker.on("exit", (code) => code !== 0 && receive({ kind: "failed", message: `parser stopped (${code})` }));
  try {
    for (;;) {
      const message = inbox.shift();
      if (!message) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      switch (message.kind) {
        case "names":
          onSheetNames?.(message.names);
          break;
        case "sheet":
          yield new PackedSheet(message.sheet);
          break;
        case "done":
          return;
        case "unreadable":
          throw new UnreadableWorkbookError(message.reason, message.text);
        case "failed":
          throw corruptWorkbook(path, new Error(message.message));
      }
    }
  } finally {
    worker.off("message", receive);
    await worker.terminate();
  }
}
