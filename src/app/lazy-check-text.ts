import type { Claim } from "../core/narrative/claim";
import type { CheckTextOptions } from "../core/narrative/check-text";

/** The narrative checker, loaded when the "Check text" tab first uses it (out of the pane's start-up). */
export async function lazyCheckText(text: string, options: CheckTextOptions): Promise<Claim[]> {
  const { checkText } = await import(/* webpackChunkName: "check-text" */ "../core/narrative/check-text");
  return checkText(text, options);
}
