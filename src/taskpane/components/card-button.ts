import { type GriffelStyle, tokens } from "@fluentui/react-components";

/** The pane's full-width card button (a finding, a note, a menu entry): one look, varied by the caller. */
export const cardButton: GriffelStyle = {
  width: "100%",
  textAlign: "start",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  cursor: "pointer",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
};
