import type { PackageReply, PackageRequest } from "../adapters/xlsx/package-requests";

/** Runs a package request somewhere: in the page's Web Worker, or in this thread. */
export type PackageWork = (request: PackageRequest) => Promise<PackageReply>;

/** The request run in this thread (tests, and browsers without workers); the writer is loaded on first use. */
export const inThreadPackageWork: PackageWork = async (request) => {
  const { handlePackageRequest } = await import(/* webpackChunkName: "package-writer" */ "../adapters/xlsx/package-requests");
  return handlePackageRequest(request);
};

/** The request run in package-worker.js (one worker, started on first use, requests answered in order). */
export function workerPackageWork(url = "package-worker.js"): PackageWork {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const run = () =>
      new Promise<PackageReply>((resolve, reject) => {
        worker ??= new Worker(url);
        worker.onmessage = (event: MessageEvent<PackageReply>) => resolve(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          worker?.terminate();
          worker = undefined;
          reject(new Error(event.message || "the package worker stopped"));
        };
        worker.postMessage(request);
      });
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
}

/** A worker where the page has them, else this thread. */
export function defaultPackageWork(): PackageWork {
  return typeof Worker === "undefined" ? inThreadPackageWork : workerPackageWork();
}
