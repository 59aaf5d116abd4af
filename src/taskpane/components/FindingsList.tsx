import { Badge, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/validation/finding";
import { findingKey, formatFigure, FindingGroup } from "../../app/findings-view";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalL },
  groupTitle: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBlockEnd: tokens.spacingVerticalXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorBrandStroke1 },
  topLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  rule: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figures: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", color: tokens.colorNeutralForeground2 },
  basis: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  label: { fontWeight: tokens.fontWeightSemibold },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface FindingsListProps {
  groups: FindingGroup[];
  onGoTo: (finding: Finding) => void;
}

/** Findings grouped by sheet; each is a button: click, Enter or Space goes to its cell. */
export function FindingsList({ groups, onGoTo }: FindingsListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div>
      {groups.map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={t("findings.sheetGroup", { sheet: group.sheet, count: group.findings.length })}>
          <div className={styles.groupTitle}>
            <Text as="h3" weight="semibold" size={400}>
              {group.sheet}
            </Text>
            <Text size={200}>{t("findings.count", { count: group.findings.length })}</Text>
          </div>
          <ul className={styles.list}>
            {group.findings.map((f, i) => (
              <li key={findingKey(f, i)}>
                <FindingItem finding={f} onGoTo={onGoTo} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo: (f: Finding) => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const hasFigures = finding.expected !== undefined || finding.found !== undefined;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles[finding.severity])}
      onClick={() => onGoTo(finding)}
      title={t("findings.goTo", { sheet: finding.sheet, cell: finding.cell || "A1" })}
      data-testid="finding"
      data-severity={finding.severity}
    >
      <span className={styles.topLine}>
        <Badge appearance="filled" color={BADGE_COLOR[finding.severity]} size="small">
          {t(`severity.${finding.severity}`)}
        </Badge>
        <span className={styles.cell}>{finding.cell ? finding.cell : t("findings.wholeSheet")}</span>
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span data-testid="finding-message">{finding.message[lang]}</span>
      {hasFigures && (
        <span className={styles.figures}>
          {finding.expected !== undefined && (
            <span>
              <span className={styles.label}>{t("findings.expected")}</span> {formatFigure(finding.expected, lang)}
            </span>
          )}
          {finding.found !== undefined && (
            <span>
              <span className={styles.label}>{t("findings.found")}</span> {formatFigure(finding.found, lang)}
            </span>
          )}
        </span>
      )}
      {finding.basis && (
        <span className={styles.basis}>
          <span className={styles.label}>{t("findings.basis")}</span> {finding.basis}
        </span>
      )}
    </button>
  );
}
