import { KeyboardEvent, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: "relative",
    flex: "0 1 auto",
    minWidth: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      insetInline: tokens.spacingHorizontalS,
      bottom: `calc(-1 * ${tokens.strokeWidthThin})`,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

interface PaneTab<T extends string> {
  id: T;
  label: string;
}

export interface PaneTabsProps<T extends string> {
  tabs: readonly PaneTab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}

export const tabId = (id: string) => `kc-tab-${id}`;
export const panelId = (id: string) => `kc-panel-${id}`;

/**
 * The pane's tabs (WAI-ARIA tabs: ←/→, Home/End move and select, one tab in the tab order). Written here
 * rather than with Fluent's TabList, whose arrow-key mover (tabster) alone weighs 23 KiB gzip of a
 * 166 KiB start-up budget.
 */
export function PaneTabs<T extends string>({ tabs, selected, onSelect, label }: PaneTabsProps<T>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    onSelect(tabs[to].id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} ref={list}>
      {tabs.map((tab, i) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={isSelected}
            aria-controls={panelId(tab.id)}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => move(e, i)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
