declare const __KC_VERSION__: string | undefined;

/** The product version (package.json), set by the build; "dev" where code runs unbuilt (tests, ts-node). */
export const KC_VERSION: string = typeof __KC_VERSION__ === "string" ? __KC_VERSION__ : "dev";

/** The help page served beside the pane and the web page. */
export const HELP_PAGE = "help.html";
