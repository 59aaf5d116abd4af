import { useState } from "react";
import { Badge, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/validation/finding";
import { figuresLine, findingKey, FindingGroup, FindingItem } from "../../app/findings-view";
import { ruleTitle } from "../../app/rule-titles";
import { useI18n } from "../../i18n/I18nProvider";
import { cardButton } from "./card-button";

const useStyles = makeStyles({
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  group: { marginBlockEnd: tokens.spacingVerticalM },
  groupTitle: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBlockEnd: tokens.spacingVerticalXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  nested: { marginBlockStart: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalM },
  item: {
    ...cardButton,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    lineHeight: tokens.lineHeightBase300,
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorBrandStroke1 },
  topLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, flex: "1 1 auto", minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, flex: "0 0 auto" },
  meta: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace },
  figures: { color: tokens.colorNeutralForeground2 },
  cells: { color: tokens.colorNeutralForeground2, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
/** Cells named on a folded line before "…". */
const CELLS_SHOWN = 6;

export interface FindingsListProps {
  groups: FindingGroup[];
  onGoTo: (finding: Finding) => void;
}

/** Findings grouped by sheet, each with its rule's title; a finding is a button (click, Enter or Space goes to its cell). */
export function FindingsList({ groups, onGoTo }: FindingsListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div>
      {groups.map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={t("findings.sheetGroup", { sheet: group.sheet, count: group.findings.length })}>
          <div className={styles.groupTitle}>
            <Text as="h2" weight="semibold" size={300}>
              {group.sheet}
            </Text>
            <Text size={200}>{t("findings.count", { count: group.findings.length })}</Text>
          </div>
          <ul className={styles.list}>
            {group.items.map((item, i) => (
              <li key={item.kind === "one" ? findingKey(item.finding, i) : `${item.rule}#repeat`}>
                {item.kind === "one" ? <FindingButton finding={item.finding} onGoTo={onGoTo} /> : <RepeatedFindings item={item} onGoTo={onGoTo} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SeverityBadge({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Badge appearance="filled" color={BADGE_COLOR[severity]} size="small" className={styles.badge}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}

/** One finding: rule title and cell, the message, the figures when they add to it, the legal basis, the rule id (small, for reviewers). */
function FindingButton({ finding, onGoTo, nested = false }: { finding: Finding; onGoTo: (f: Finding) => void; nested?: boolean }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const figures = figuresLine(finding, lang, { expected: t("findings.expected"), found: t("findings.found") });
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles[finding.severity])}
      onClick={() => onGoTo(finding)}
      title={t("findings.goTo", { sheet: finding.sheet, cell: finding.cell || "A1" })}
      data-testid="finding"
      data-severity={finding.severity}
      data-rule={finding.rule}
      data-nested={nested || undefined}
    >
      <span className={styles.topLine}>
        {!nested && <SeverityBadge severity={finding.severity} />}
        {!nested && <span className={styles.title}>{ruleTitle(finding.rule, lang)}</span>}
        <span className={styles.cell}>{finding.cell ? finding.cell : t("findings.wholeSheet")}</span>
      </span>
      <span data-testid="finding-message">{finding.message[lang]}</span>
      {figures && <span className={styles.figures}>{figures}</span>}
      {(finding.basis || !nested) && (
        <span className={styles.meta}>
          {finding.basis && (
            <span>
              {t("findings.basis")} {finding.basis}
            </span>
          )}
          {!nested && <span className={styles.ruleId}>{finding.rule}</span>}
        </span>
      )}
    </button>
  );
}

/** A rule met several times in a sheet: one line ("Số dạng văn bản · 6 ô"), its cells listed when opened. */
function RepeatedFindings({ item, onGoTo }: { item: Extract<FindingItem, { kind: "repeat" }>; onGoTo: (f: Finding) => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const cells = item.findings.map((f) => f.cell || t("findings.wholeSheet"));
  const listId = `kc-repeat-${item.findings[0].sheet}-${item.rule}`.replace(/[^\w-]/g, "_");
  return (
    <div>
      <button
        type="button"
        className={mergeClasses(styles.item, styles[item.severity])}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-testid="finding-repeat"
        data-severity={item.severity}
        data-rule={item.rule}
        data-count={item.findings.length}
      >
        <span className={styles.topLine}>
          <SeverityBadge severity={item.severity} />
          <span className={styles.title}>{t("findings.repeated", { title: ruleTitle(item.rule, lang), count: item.findings.length })}</span>
          <span aria-hidden>{open ? "▾" : "▸"}</span>
        </span>
        <span className={styles.cells}>
          {cells.slice(0, CELLS_SHOWN).join(", ")}
          {cells.length > CELLS_SHOWN ? ", …" : ""}
        </span>
        <span className={styles.meta}>
          <span className={styles.ruleId}>{item.rule}</span>
        </span>
      </button>
      {open && (
        <ul id={listId} className={mergeClasses(styles.list, styles.nested)}>
          {item.findings.map((f, i) => (
            <li key={findingKey(f, i)}>
              <FindingButton finding={f} onGoTo={onGoTo} nested />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
