import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import { Bilingual } from "../../core/message";
import { PackedSheet, PackedSheetData } from "../../core/workbook/packed-sheet";
import { SheetSnapshot } from "../../core/workbook/snapshot";
import { internalFailure, UnreadableReason, UnreadableWorkbookError } from "./package/refusal";
import { streamWorkbookSheets } from "./read-file";

/** What the parse worker posts. */
export type WorkerMessage =
  | { kind: "names"; names: string[] }
  | { kind: "sheet"; sheet: PackedSheetData }
  | { kind: "done" }
  | { kind: "unreadable"; reason: UnreadableReason; text: Bilingual };

/** What the main thread posts back: a sheet was taken, one more may come. */
export type MainMessage = { kind: "ack" };

/** Sheets the worker may post ahead of the one the main thread is checking. */
export const SHEETS_AHEAD = 2;

/** Where the sheets were parsed: in a worker thread, or in this one when the worker is not available. */
export type ParseThread = "worker" | "main-thread";

/** The compiled worker beside this file; absent when the sources run untranspiled (ts-jest). */
const WORKER = join(__dirname, "parse-worker.js");

/**
 * Streams an .xlsx one sheet at a time, parsed in a worker thread, so the caller checks one sheet
 * while the next is being parsed (two cores), and the parser's garbage stays in the worker's heap.
 * The worker runs at most SHEETS_AHEAD sheets ahead: each sheet taken is acknowledged. Sheets arrive
 * in workbook order. Where the worker is not compiled, parses in this thread; `onThread` says which.
 */
export async function* streamWorkbookSheetsInWorker(
  path: string,
  onSheetNames?: (names: string[]) => void,
  onThread?: (thread: ParseThread) => void,
): AsyncGenerator<SheetSnapshot> {
  if (!existsSync(WORKER)) {
    onThread?.("main-thread");
    yield* streamWorkbookSheets(path, onSheetNames);
    return;
  }
  onThread?.("worker");
  const worker = new Worker(WORKER, { workerData: { path } });
  const inbox: (WorkerMessage | { kind: "failed"; message: string })[] = [];
  let wake: (() => void) | undefined;
  const receive = (message: (typeof inbox)[number]) => {
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
          worker.postMessage({ kind: "ack" } satisfies MainMessage);
          break;
        case "done":
          return;
        case "unreadable":
          throw new UnreadableWorkbookError(message.reason, message.text);
        case "failed":
          throw internalFailure(path, message.message);
      }
    }
  } finally {
    worker.off("message", receive);
    await worker.terminate();
  }
}
