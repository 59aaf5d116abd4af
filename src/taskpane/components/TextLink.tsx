import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    font: "inherit",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px", borderRadius: tokens.borderRadiusSmall },
  },
});

/**
 * A link in running text: to a page (opens beside the pane) or, given `onClick`, to a view of the pane.
 * Styled with the theme's link colours; Fluent's Link is left out of the pane's first view for size.
 */
export function TextLink({ href, onClick, children }: { href?: string; onClick?: () => void; children: ReactNode }) {
  const styles = useStyles();
  return onClick ? (
    <button type="button" className={styles.link} onClick={onClick}>
      {children}
    </button>
  ) : (
    <a className={styles.link} href={href} target="_blank" rel="noopener">
      {children}
    </a>
  );
}
