import { Theme, webLightTheme } from "@fluentui/react-components";

/** Fluent's theme for the host: the dark one is loaded only for a dark host (Office's dark themes, a dark browser). */
export async function hostTheme(dark: boolean | undefined): Promise<Theme> {
  if (!dark) return webLightTheme;
  return (await import(/* webpackChunkName: "dark" */ "./dark-theme")).webDarkTheme;
}
