import { useState } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RegionSelection } from "../../app/port";
import type { ReviewView } from "../../app/review";
import { stepReview, suspectPeek } from "../../app/review-walk";
import { ruleTitle } from "../../app/rule-titles";
import type { Severity } from "../../core/validation/finding";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { cellText, PeekTable } from "./PeekTable";
import { ReviewNotes } from "./ReviewNotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  countsRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  nav: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  position: { fontVariantNumeric: "tabular-nums" },
  titleLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold, flex: "1 1 auto", minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, flex: "0 0 auto" },
  formulas: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", minWidth: 0 },
  proposed: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", minWidth: 0, color: tokens.colorPaletteGreenForeground1 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface ReviewPanelProps {
  session: KcSession;
  hostKind: "excel" | "web";
}

/**
 * "Rà soát công thức": runs the formula review and walks its suspects in rank order (previous / next,
 * wrapping), each with its rule, message, the formula it holds and the one proposed, and the cells
 * around it with its region marked. In Excel, stepping selects the suspect and its region in the sheet
 * (a selection only: nothing is written into the sheet); on the web page, "Xem ô" opens the cell view.
 * The notes (right today but fragile) are not walked: they are listed apart, folded, each opened the same way.
 */
export function ReviewPanel({ session, hostKind }: ReviewPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const view = session.review;
  const noFile = session.openFile !== undefined && !session.fileName;
  const busy = session.busy !== undefined;
  const label = session.busy === "review" ? t("review.running") : view ? t("review.again") : t("review.run");
  const run = () => void session.reviewFormulas();
  if (!view) {
    return (
      <div className={styles.root}>
        <Text>{t("review.intro")}</Text>
        <Button appearance="primary" onClick={run} disabled={busy || noFile} data-testid="review-run">
          {label}
        </Button>
      </div>
    );
  }
  // Once reviewed, the suspect comes first: the counts and a small "review again" share one line.
  return (
    <div className={styles.root}>
      <div className={styles.countsRow}>
        <ReviewCounts view={view} />
        <Button size="small" appearance="subtle" onClick={run} disabled={busy || noFile} data-testid="review-run">
          {label}
        </Button>
      </div>
      <ReviewWalk view={view} session={session} hostKind={hostKind} />
      <ReviewNotes notes={view.notes} hostKind={hostKind} onOpen={session.showSuspect} />
    </div>
  );
}

function ReviewCounts({ view: { stats, items } }: { view: ReviewView }) {
  const styles = useStyles();
  const { t } = useI18n();
  const sheets = stats.sheets;
  if (stats.formulas === 0) return <Text data-testid="review-none">{t("review.noFormulas", { sheets })}</Text>;
  if (items.length === 0) return <Text data-testid="review-none">{t("review.none", { formulas: stats.formulas, sheets })}</Text>;
  return (
    <Text size={200} className={styles.muted} data-testid="review-counts">
      {t("review.counts", { count: items.length, formulas: stats.formulas, sheets })}
    </Text>
  );
}

function ReviewWalk({ view, session, hostKind }: { view: ReviewView } & ReviewPanelProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [walk, setWalk] = useState<{ view: ReviewView; index: number; selected?: RegionSelection }>({ view, index: 0 });
  // A new review starts from its first suspect.
  if (walk.view !== view) setWalk({ view, index: 0 });
  const index = walk.view === view ? walk.index : 0;
  const { items } = view;
  if (items.length === 0) return null;

  const item = items[index];
  const peek = suspectPeek(view, item);
  const show = async (at: number) => {
    const selected = await session.showSuspect(items[at]);
    setWalk((current) => (current.view === view && current.index === at ? { ...current, selected } : current));
  };
  const step = (direction: 1 | -1) => {
    const next = stepReview(view, index, direction);
    setWalk({ view, index: next });
    // In Excel the walk moves through the sheets; the web page keeps the cell view for an explicit click.
    if (hostKind === "excel") void show(next);
  };
  const position = t("review.position", { rank: item.rank, count: items.length });
  const cell = item.cell || "A1";

  return (
    <section className={styles.card} aria-labelledby="kc-review-suspect" data-testid="review-suspect" data-rule={item.rule} data-cell={`${item.sheet}!${cell}`}>
      <div className={styles.nav}>
        <Button size="small" onClick={() => step(-1)} disabled={items.length < 2} aria-label={t("review.previousLabel")} data-testid="review-previous">
          {t("review.previous")}
        </Button>
        <Text size={200} className={styles.position} aria-hidden>
          {position}
        </Text>
        <Button size="small" onClick={() => step(1)} disabled={items.length < 2} aria-label={t("review.nextLabel")} data-testid="review-next">
          {t("review.next")}
        </Button>
      </div>
      <span className={styles.visuallyHidden} role="status" aria-live="polite">
        {`${position}: ${ruleTitle(item.rule, lang)}, ${t("review.where", { sheet: item.sheet, cell })}`}
      </span>
      <div className={styles.titleLine}>
        <Badge appearance="filled" color={BADGE_COLOR[item.severity]} size="small" className={styles.badge}>
          {t(`severity.${item.severity}`)}
        </Badge>
        <Text as="h3" id="kc-review-suspect" size={300} className={styles.title}>
          {ruleTitle(item.rule, lang)}
        </Text>
        <span className={styles.cell}>{cell}</span>
      </div>
      <Text size={200}>{t("review.where", { sheet: item.sheet, cell })}</Text>
      <Text data-testid="review-message">{item.message[lang]}</Text>
      <dl className={styles.formulas}>
        {item.found !== undefined && item.found !== null && (
          <>
            <dt className={styles.term}>{t("review.found")}</dt>
            <dd className={styles.value} data-testid="review-found">
              {typeof item.found === "string" ? item.found : cellText(item.found, lang)}
            </dd>
          </>
        )}
        {item.proposed && (
          <>
            <dt className={styles.term}>{t("review.proposed")}</dt>
            <dd className={styles.proposed} data-testid="review-proposed">
              {item.proposed}
            </dd>
          </>
        )}
        {item.region.length > 0 && (
          <>
            <dt className={styles.term}>{t("review.region")}</dt>
            <dd className={styles.value} data-testid="review-region">
              {item.region.join(", ")}
            </dd>
          </>
        )}
      </dl>
      <Button appearance="primary" onClick={() => void show(index)} data-testid="review-show">
        {t(hostKind === "excel" ? "review.select" : "review.view", { cell })}
      </Button>
      {walk.selected && (
        <Text size={200} className={styles.muted} data-testid="review-selected">
          {t(walk.selected === "region" ? "review.selectedRegion" : "review.selectedCell", { cell })}
        </Text>
      )}
      {peek && <PeekTable peek={peek} compact testId="review-peek" label={t("review.grid", { cell })} />}
      <span className={styles.ruleId}>{item.rule}</span>
    </section>
  );
}
