/**
 * The Web Worker that edits the workbook package for the web page (summary tabs, a new province sheet, KC
 * formulas to values), so a large workbook does not freeze the page. Built as its own webpack entry (package-worker.js).
 */
import { handlePackageRequest, PackageRequest } from "../adapters/xlsx/package-requests";

/** The parts of a dedicated worker's global scope used here (the DOM typings do not describe workers). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PackageRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const reply = await handlePackageRequest(event.data);
  scope.postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
};
