import { onFirstShown } from "../../src/taskpane/pane-visibility";

type Listener = () => void;

/** A page whose visibility the test sets, and an Office whose pane the test shows. */
function host(visibility: "visible" | "hidden") {
  const listeners = new Set<Listener>();
  const office: { handler?: (m: { visibilityMode: string }) => void } = {};
  const g = globalThis as unknown as Record<string, unknown>;
  g.document = {
    visibilityState: visibility,
    addEventListener: (_: string, l: Listener) => listeners.add(l),
    removeEventListener: (_: string, l: Listener) => listeners.delete(l),
  };
  g.Office = {
    VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
    addin: { onVisibilityModeChanged: async (h: (m: { visibilityMode: string }) => void) => void (office.handler = h) },
  };
  return {
    show: (state: "visible" | "hidden") => {
      (g.document as { visibilityState: string }).visibilityState = state;
      for (const l of [...listeners]) l();
    },
    officeShows: (mode: string) => office.handler?.({ visibilityMode: mode }),
    listeners,
  };
}

describe("loading the pane's UI when the pane is first shown", () => {
  it("mounts at once when the page starts visible (the user opened the pane)", () => {
    host("visible");
    const shown = jest.fn();
    onFirstShown(shown);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it("waits while the runtime runs hidden (KC.* functions only), then mounts once when the page becomes visible", () => {
    const page = host("hidden");
    const shown = jest.fn();
    onFirstShown(shown);
    expect(shown).not.toHaveBeenCalled();
    page.show("visible");
    page.show("hidden");
    page.show("visible");
    expect(shown).toHaveBeenCalledTimes(1);
    expect(page.listeners.size).toBe(0);
  });

  it("mounts when Office says the task pane is shown", async () => {
    const page = host("hidden");
    const shown = jest.fn();
    onFirstShown(shown);
    await Promise.resolve();
    page.officeShows("Hidden");
    expect(shown).not.toHaveBeenCalled();
    page.officeShows("Taskpane");
    page.show("visible");
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
