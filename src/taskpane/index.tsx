import { createRoot } from "react-dom/client";
import { officePort } from "../adapters/office/office-port";
import { lazyCheckText } from "../app/lazy-check-text";
import { KcApp } from "./components/App";

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<KcApp port={officePort()} checkText={lazyCheckText} />);
});
