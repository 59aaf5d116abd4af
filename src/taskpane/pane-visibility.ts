/**
 * Calls `show` once, the first time the task pane is visible. The shared runtime also starts hidden,
 * for the KC.* functions or a ribbon button alone: the pane's UI (React, Fluent) is then not loaded
 * until someone opens the pane. Two signals, whichever comes first: the page's own visibility, and
 * Office's onVisibilityModeChanged (SharedRuntime 1.1, which the manifest requires). A page visible
 * from the start (the pane opened by the user, or any host that does not hide it) shows at once.
 */
export function onFirstShown(show: () => void): void {
  let shown = false;
  const once = () => {
    if (shown) return;
    shown = true;
    document.removeEventListener("visibilitychange", onVisibility);
    show();
  };
  const onVisibility = () => {
    if (document.visibilityState === "visible") once();
  };
  if (document.visibilityState !== "hidden") return once();
  document.addEventListener("visibilitychange", onVisibility);
  Office.addin
    .onVisibilityModeChanged((message) => {
      if (message.visibilityMode === Office.VisibilityMode.taskpane) once();
    })
    .catch(() => undefined);
}
