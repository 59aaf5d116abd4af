/**
 * What the web page reads from a workbook, in one module loaded by dynamic import(): the xlsx libraries
 * are never part of what Excel loads at start-up (taskpane, commands, functions). Writing goes through the
 * package writer (package-requests.ts), in a Web Worker.
 */
export { readWorkbookSnapshot } from "./read-workbook";
