/**
 * Ribbon commands → task pane. In the shared runtime the ribbon's handlers and the task pane share one
 * JavaScript context: a command posts a request here, the task pane runs it (or runs it when it mounts,
 * if the pane was not open yet) and tells the command when it is done.
 */
export type CommandRequest = "validate" | "summarize";

type Handler = (request: CommandRequest) => Promise<void>;

/** A host that cannot open the pane must still see the command complete. */
const PANE_WAIT_MS = 60_000;

let handler: Handler | undefined;
let loadPane: (() => Promise<void>) | undefined;
const queued: { request: CommandRequest; done: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

/** Called by the task pane's entry: how to load the pane when a command arrives before it was shown. */
export function setPaneLoader(load: () => Promise<void>): void {
  loadPane = load;
}

/** Called by a ribbon command; resolves when the task pane has finished the request (or failed it). */
export function requestCommand(request: CommandRequest): Promise<void> {
  if (handler) return handler(request).catch(() => undefined);
  void loadPane?.().catch(() => undefined);
  return new Promise((done) => {
    const entry = { request, done, timer: setTimeout(() => drop(entry), PANE_WAIT_MS) };
    queued.push(entry);
  });
}

/** Called by the task pane when it mounts; returns the function that unsubscribes it. */
export function handleCommands(next: Handler): () => void {
  handler = next;
  for (const entry of queued.splice(0)) {
    clearTimeout(entry.timer);
    void next(entry.request)
      .catch(() => undefined)
      .finally(entry.done);
  }
  return () => {
    if (handler === next) handler = undefined;
  };
}

function drop(entry: (typeof queued)[number]): void {
  const i = queued.indexOf(entry);
  if (i >= 0) queued.splice(i, 1);
  entry.done();
}
