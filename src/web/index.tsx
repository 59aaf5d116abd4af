import { createRoot } from "react-dom/client";
import { lazyCheckText } from "../app/lazy-check-text";
import { KcApp } from "../taskpane/components/App";
import { hostTheme } from "../taskpane/theme";
import { FilePort } from "./file-port";

// The same app without Office: the language follows the browser's.
const port = new FilePort(navigator.language || "vi-VN", undefined, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
void hostTheme(port.host.dark).then((theme) =>
  createRoot(document.getElementById("root")!).render(<KcApp port={port} checkText={lazyCheckText} theme={theme} />),
);
