import { handleCommands, requestCommand, setPaneLoader } from "../../src/app/command-bus";

type Handler = (event: { completed: () => void }) => Promise<void>;

describe("ribbon commands (shared runtime)", () => {
  const handlers = new Map<string, Handler>();
  const shown: number[] = [];

  beforeAll(async () => {
    (globalThis as unknown as Record<string, unknown>).Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (id: string, handler: Handler) => handlers.set(id, handler) },
      addin: { showAsTaskpane: async () => void shown.push(Date.now()) },
      context: { requirements: { isSetSupported: () => true } },
    };
    await import("../../src/commands/commands");
  });

  it("registers kcValidate and kcSummarize", () => {
    expect([...handlers.keys()].sort()).toEqual(["kcSummarize", "kcValidate"]);
  });

  it("opens the pane, waits for it to run the request, then completes the event", async () => {
    const runs: string[] = [];
    const completed = jest.fn();
    // The pane is not mounted yet: the request waits for it.
    const pending = handlers.get("kcSummarize")!({ completed });
    await new Promise((r) => setTimeout(r, 10));
    expect(shown).toHaveLength(1);
    expect(completed).not.toHaveBeenCalled();
    const unsubscribe = handleCommands(async (request) => void runs.push(request));
    await pending;
    expect(runs).toEqual(["summarize"]);
    expect(completed).toHaveBeenCalledTimes(1);

    await handlers.get("kcValidate")!({ completed });
    expect(runs).toEqual(["summarize", "validate"]);
    expect(completed).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it("completes the event even when the pane's action fails", async () => {
    const unsubscribe = handleCommands(async () => {
      throw new Error("Excel is editing a cell");
    });
    const completed = jest.fn();
    await handlers.get("kcValidate")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("loads the pane when a command arrives before it was ever shown", async () => {
    const loads = jest.fn(async () => undefined);
    setPaneLoader(loads);
    const pending = requestCommand("validate");
    expect(loads).toHaveBeenCalledTimes(1);
    const unsubscribe = handleCommands(async () => undefined);
    await pending;
    unsubscribe();
  });
});
