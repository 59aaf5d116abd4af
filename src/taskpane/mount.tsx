import { createRoot } from "react-dom/client";
import { officePort } from "../adapters/office/office-port";
import { lazyCheckText } from "../app/lazy-check-text";
import { KcApp } from "./components/App";

/** Renders the pane into `root` (loaded by index.ts when the pane is first shown). */
export function mount(root: HTMLElement): void {
  createRoot(root).render(<KcApp port={officePort()} checkText={lazyCheckText} />);
}
