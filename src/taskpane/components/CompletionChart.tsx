import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../core/numbers/format-vi";
import type { ProvinceCompletion } from "../../app/completion";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(6em, 9em) 1fr 4.5em", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { position: "relative", height: "12px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { position: "absolute", insetBlock: 0, insetInlineStart: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  over: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  low: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  target: { position: "absolute", insetBlock: "-2px", width: tokens.strokeWidthThick, backgroundColor: tokens.colorNeutralForeground2 },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Bars are drawn to this share of plan at full width, so the 100% mark stays visible past it. */
const SCALE_MAX = 1.25;
const LOW = 0.5;

export function CompletionChart({ rows }: { rows: ProvinceCompletion[] }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  if (rows.length === 0) return <Text>{t("overview.empty")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("overview.title")}>
      {rows.map((row) => {
        const value = row.completion;
        const shown = value === undefined ? "—" : formatPercent(value, 1, lang);
        const width = value === undefined ? 0 : Math.min(value, SCALE_MAX) / SCALE_MAX;
        return (
          <li
            key={row.sheet}
            className={styles.row}
            aria-label={value === undefined ? t("overview.noPlan", { province: row.province }) : t("overview.bar", { province: row.province, percent: shown })}
          >
            <Text className={styles.name} title={row.province} aria-hidden>
              {row.province}
            </Text>
            <div className={styles.track} aria-hidden>
              <div
                className={mergeClasses(styles.bar, value !== undefined && value >= 1 && styles.over, value !== undefined && value < LOW && styles.low)}
                style={{ width: `${(width * 100).toFixed(1)}%` }}
              />
              <div className={styles.target} style={{ insetInlineStart: `${(100 / SCALE_MAX).toFixed(1)}%` }} />
            </div>
            <Text className={styles.value} aria-hidden>
              {shown}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
