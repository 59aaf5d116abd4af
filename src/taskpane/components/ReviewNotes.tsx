import { useState } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RegionSelection } from "../../app/port";
import type { ReviewItem } from "../../app/review";
import { ruleTitle } from "../../app/rule-titles";
import { useI18n } from "../../i18n/I18nProvider";
import { cardButton } from "./card-button";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  toggle: {
    ...cardButton,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggleText: { flex: "1 1 auto" },
  why: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: {
    ...cardButton,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartColor: tokens.colorBrandStroke1,
    lineHeight: tokens.lineHeightBase300,
  },
  topLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, flex: "1 1 auto", minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, flex: "0 0 auto" },
  meta: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace },
  selected: { color: tokens.colorNeutralForeground3 },
});

export interface ReviewNotesProps {
  notes: ReviewItem[];
  hostKind: "excel" | "web";
  /** Opens a note as a suspect is opened: Excel selects it with its region, the web page shows the cell view. */
  onOpen: (note: ReviewItem) => Promise<RegionSelection | undefined>;
}

/**
 * The review's notes, apart from the walk: right today but fragile (a typed number equal to its formula's
 * result, a SUM over blank rows, a constant the table holds). Folded under "Ghi chú (n)"; each note is a
 * button that opens its cell like a suspect.
 */
export function ReviewNotes({ notes, hostKind, onOpen }: ReviewNotesProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<{ cell: string; how: RegionSelection }>();
  if (notes.length === 0) return null;
  const openNote = async (note: ReviewItem) => {
    const how = await onOpen(note);
    setSelected(how && { cell: note.cell || "A1", how });
  };
  return (
    <section className={styles.root} aria-labelledby="kc-review-notes" data-testid="review-notes">
      <button
        type="button"
        id="kc-review-notes"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls="kc-review-notes-list"
        onClick={() => setOpen(!open)}
        data-testid="review-notes-toggle"
        data-count={notes.length}
      >
        <span className={styles.toggleText}>{t("review.notes", { count: notes.length })}</span>
        <span aria-hidden>{open ? "▾" : "▸"}</span>
      </button>
      {open && (
        <div id="kc-review-notes-list" className={styles.root}>
          <Text size={200} className={styles.why}>
            {t("review.notesWhy")}
          </Text>
          <ul className={styles.list}>
            {notes.map((note) => {
              const cell = note.cell || "A1";
              return (
                <li key={`${note.sheet}!${cell}#${note.rule}`}>
                  <button
                    type="button"
                    className={styles.note}
                    onClick={() => void openNote(note)}
                    title={t(hostKind === "excel" ? "review.select" : "review.view", { cell })}
                    data-testid="review-note"
                    data-rule={note.rule}
                    data-cell={`${note.sheet}!${cell}`}
                  >
                    <span className={styles.topLine}>
                      <span className={styles.title}>{ruleTitle(note.rule, lang)}</span>
                      <span className={styles.cell}>{cell}</span>
                    </span>
                    <span>{note.message[lang]}</span>
                    <span className={styles.meta}>
                      <span>{t("review.where", { sheet: note.sheet, cell })}</span>
                      <span className={styles.ruleId}>{note.rule}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <Text size={200} className={styles.selected} role="status" data-testid="review-note-selected">
            {selected && t(selected.how === "region" ? "review.selectedRegion" : "review.noteSelectedCell", { cell: selected.cell })}
          </Text>
        </div>
      )}
    </section>
  );
}
