import { useMemo, useState } from "react";
import { Badge, Button, Field, makeStyles, mergeClasses, Text, Textarea, tokens, Tooltip } from "@fluentui/react-components";
import type { Claim, ClaimVerdict } from "../../core/narrative/claim";
import { scopeText } from "../../core/narrative/scope";
import { formatNumber } from "../../core/numbers/format-vi";
import { decimalsOfValue } from "../../core/numbers/precision";
import { markRuns } from "../../app/text-marks";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase400,
  },
  mark: { color: tokens.colorNeutralForeground1, borderRadius: tokens.borderRadiusSmall, paddingInline: "1px" },
  consistent: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  inconsistent: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  truncated: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  unverifiable: { backgroundColor: tokens.colorNeutralBackground4 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  claim: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  quote: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  figures: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const BADGE: Record<ClaimVerdict, "success" | "danger" | "warning" | "subtle"> = {
  consistent: "success",
  inconsistent: "danger",
  truncated: "warning",
  unverifiable: "subtle",
};
const VERDICTS: ClaimVerdict[] = ["inconsistent", "truncated", "unverifiable", "consistent"];

export interface TextCheckPanelProps {
  check: (text: string) => Claim[] | Promise<Claim[]>;
}

/** "Kiểm tra văn bản": paste report text, see each numeric claim with its verdict and why. */
export function TextCheckPanel({ check }: TextCheckPanelProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<{ text: string; claims: Claim[] }>();
  const runs = useMemo(() => (checked ? markRuns(checked.text, checked.claims) : []), [checked]);
  const figure = (n: number) => formatNumber(n, Math.min(decimalsOfValue(n), 4), lang);

  return (
    <div className={styles.root}>
      <Field label={t("text.label")} hint={t("text.hint")}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" placeholder={t("text.placeholder")} data-testid="text-input" />
      </Field>
      <Button
        appearance="primary"
        disabled={text.trim() === ""}
        onClick={async () => setChecked({ text: text.normalize("NFC"), claims: await check(text) })}
        data-testid="check-text"
      >
        {t("text.run")}
      </Button>
      {checked && (
        <>
          <div className={styles.counts} role="status" aria-live="polite">
            <Text>{t("text.claims", { count: checked.claims.length })}</Text>
            {VERDICTS.map((v) => {
              const n = checked.claims.filter((c) => c.verdict === v).length;
              return n > 0 ? (
                <Badge key={v} appearance="tint" color={BADGE[v]}>
                  {t(`text.verdict.${v}`)}: {n}
                </Badge>
              ) : null;
            })}
          </div>
          <div className={styles.text} aria-label={t("text.marked")}>
            {runs.map((run, i) =>
              run.verdict && run.claim !== undefined ? (
                <Tooltip
                  key={i}
                  relationship="description"
                  content={`${t(`text.verdict.${run.verdict}`)} · ${t("text.scope")} ${scopeText(checked.claims[run.claim].scope)[lang]}`}
                >
                  <mark className={mergeClasses(styles.mark, styles[run.verdict])} tabIndex={0} data-testid="claim-mark">
                    {run.text}
                  </mark>
                </Tooltip>
              ) : (
                <span key={i}>{run.text}</span>
              ),
            )}
          </div>
          <ol className={styles.list} aria-label={t("text.list")}>
            {checked.claims.map((c, i) => (
              <li key={`${c.start}-${i}`} className={styles.claim} data-testid="claim" data-verdict={c.verdict}>
                <span>
                  <Badge appearance="filled" color={BADGE[c.verdict]}>
                    {t(`text.verdict.${c.verdict}`)}
                  </Badge>{" "}
                  <Text size={200}>{t(`text.kind.${c.kind}`)}</Text>
                </span>
                <q className={styles.quote}>{c.quote}</q>
                <Text>{c.message[lang]}</Text>
                <Text className={styles.figures}>
                  {t("text.stated")} {figure(c.stated)}
                  {c.computed &&
                    ` · ${t("text.computed")} ${c.computed[0] === c.computed[1] ? figure(c.computed[0]) : `${figure(c.computed[0])} – ${figure(c.computed[1])}`}`}
                </Text>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
