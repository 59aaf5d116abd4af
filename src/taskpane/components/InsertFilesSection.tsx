import { useRef } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { CANNOT_INSERT_SHEETS } from "../../app/insert-by-hand";
import type { FileInsertion } from "../../app/report-files";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  inserted: { color: tokens.colorPaletteGreenForeground1 },
  unusable: { color: tokens.colorPaletteRedForeground1 },
  quiet: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

export interface InsertFilesSectionProps {
  session: KcSession;
  /** Excel can insert sheets from a file (ExcelApi 1.13); without it the section says what to do instead. */
  insertsSheets: boolean;
}

/** One chosen file: what went in under which name, what did not and why, or why the whole file could not be used. */
function FileOutcome({ file }: { file: FileInsertion }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  if (file.unusable) {
    // The reason says the file has no report; only sheets already inserted add something (where they are).
    const already = file.left.filter((l) => l.alreadyIn !== undefined);
    return (
      <li className={styles.file} data-testid="inserted-file">
        <Text className={styles.unusable}>{file.unusable[lang]}</Text>
        {already.length > 0 && (
          <ul className={styles.lines}>
            {already.map((l) => (
              <li key={l.sheet} className={styles.quiet}>
                {t("insert.left", { sheet: l.sheet, reason: l.reason[lang] })}
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  return (
    <li className={styles.file} data-testid="inserted-file">
      <Text className={styles.name}>{file.file.replace(/^.*[\\/]/, "")}</Text>
      <ul className={styles.lines}>
        {file.inserted.map((s) => (
          <li key={s.name} className={styles.inserted}>
            {s.name === s.source ? t("insert.inserted", { sheet: s.name }) : t("insert.renamed", { source: s.source, sheet: s.name })}
          </li>
        ))}
        {file.left.map((l) => (
          <li key={l.sheet} className={styles.quiet}>
            {t("insert.left", { sheet: l.sheet, reason: l.reason[lang] })}
          </li>
        ))}
        {file.notices.map((n, i) => (
          <li key={`notice-${i}`} className={styles.quiet}>
            {n[lang]}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Excel only: "Thêm báo cáo tỉnh từ tệp…". The officer chooses one or several files the provinces sent; their
 * report sheets go in at the end of the workbook, each under a free name, and the pane says file by file
 * what went in and what did not. Where Excel cannot insert sheets from a file, it says how to do it by hand.
 */
export function InsertFilesSection({ session, insertsSheets }: InsertFilesSectionProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const done = session.insertedFiles;
  const inserted = done?.reduce((n, f) => n + f.inserted.length, 0) ?? 0;
  const unusable = done?.filter((f) => f.unusable).length ?? 0;
  return (
    <section className={styles.section} aria-labelledby="kc-insert-title">
      <Text as="h2" id="kc-insert-title" weight="semibold" size={300}>
        {t("insert.title")}
      </Text>
      <Text>{t("insert.help")}</Text>
      {insertsSheets ? (
        <>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            multiple
            accept={ACCEPT}
            // The visible button opens it: out of the tab order, but named for assistive technology.
            tabIndex={-1}
            aria-label={t("insert.choose")}
            data-testid="insert-input"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 0) void session.insertReportFiles?.(files);
              e.target.value = "";
            }}
          />
          <Button onClick={() => input.current?.click()} disabled={session.busy !== undefined} data-testid="insert-files">
            {session.busy === "insert" ? t("insert.running") : t("insert.run")}
          </Button>
        </>
      ) : (
        <MessageBar intent="warning" data-testid="insert-unsupported">
          <MessageBarBody>{CANNOT_INSERT_SHEETS[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <>
          <Text role="status" data-testid="insert-summary">
            {t("insert.summary", { inserted, files: done.length, unusable })} {inserted > 0 ? t("insert.next") : ""}
          </Text>
          <ul className={styles.files} data-testid="inserted-files">
            {done.map((f, i) => (
              <FileOutcome key={`${f.file}-${i}`} file={f} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
