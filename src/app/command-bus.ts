/**
 * Ribbon commands → task pane. In the shared runtime the ribbon's handlers and the task pane share one
 * JavaScript context: a command posts a request here, the task pane runs it (or runs it when it mounts,
 * if the pane was not open yet) and tells the command when it is done.
 */
export type CommandRequest = "validate" | "summarize";

type Handler = (request: CommandRequest) => Promise<void>;

const PANE_WAIT_MS = 60_000;

let handler: Handler | undefined;
const queued: { request: CommandRequest; done: () => void }[] = [];

/** Called by a ribbon command; resolves when the task pane has finished the request. */
export function requestCommand(request: CommandRequest): Promise<void> {
  if (handler) return handler(request).catch(() => undefined);
  return new Promise((done) => {
    queued.push({ request, done });
    // A host that cannot open the pane must still see the command complete.
    setTimeout(done, PANE_WAIT_MS);
  });
}

/** Called by the task pane when it mounts; returns the function that unsubscribes it. */
export function handleCommands(next: Handler): () => void {
  handler = next;
  for (const { request, done } of queued.splice(0)) void next(request).catch(() => undefined).finally(done);
  return () => {
    if (handler === next) handler = undefined;
  };
}
