import { createRoot } from "react-dom/client";
import { lazyCheckText } from "../app/lazy-check-text";
import { KcApp } from "../taskpane/components/App";
import { FilePort } from "./file-port";

// The same app without Office: the language follows the browser's.
const port = new FilePort(navigator.language || "vi-VN", undefined, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
createRoot(document.getElementById("root")!).render(<KcApp port={port} checkText={lazyCheckText} />);
