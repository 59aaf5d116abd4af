/**
 * What a check needs beyond the pane's first view, in one chunk loaded on the first check: the
 * validation engine, the readers of province sheets and the rule packs (with their schema library).
 * Keeping it out of the start-up is what lets the pane show before any of it is downloaded.
 */
export { validateWorkbookAsync } from "../core/validation/engine";
export { completionByProvince } from "./completion";
export { reportYearOf } from "./report-year";
export { workbookRulePacks } from "./workbook-rules";
