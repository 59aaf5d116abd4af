import { createRoot } from "react-dom/client";
import { officePort } from "../adapters/office/office-port";
import { lazyCheckText } from "../app/lazy-check-text";
import { KcApp } from "./components/App";
import { hostTheme } from "./theme";

/** Renders the pane into `root` (loaded by index.ts when the pane is first shown). */
export async function mount(root: HTMLElement): Promise<void> {
  const port = officePort();
  const theme = await hostTheme(port.host.dark);
  createRoot(root).render(<KcApp port={port} checkText={lazyCheckText} theme={theme} />);
}
