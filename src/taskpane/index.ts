/**
 * The task pane's entry in the shared runtime page. It imports no React: the runtime also starts for
 * the KC.* functions and the ribbon with the pane hidden, and then loads no UI. The pane (React,
 * Fluent, the first tab) is loaded when the pane is first shown, or when a ribbon button needs it.
 */
import { onFirstShown } from "./pane-visibility";
import { setPaneLoader } from "../app/command-bus";

let mounting: Promise<void> | undefined;

function mountPane(): Promise<void> {
  mounting ??= import(/* webpackChunkName: "pane" */ "./mount").then((m) => m.mount(document.getElementById("root")!));
  return mounting;
}

Office.onReady(() => {
  setPaneLoader(mountPane);
  onFirstShown(() => void mountPane());
});
