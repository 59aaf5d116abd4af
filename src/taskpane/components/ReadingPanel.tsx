import { useEffect, useRef, useState } from "react";
import { Badge, Button, Field, Input, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import {
  addCorrection,
  correctionLines,
  factLines,
  FactField,
  firstSheetToShow,
  FundChoice,
  removeCorrection,
  ROLE_CHOICES,
  RoleChoice,
  roleHeader,
  RowLine,
  SheetEntry,
  statusName,
  tableOutline,
  ColumnLine,
  TableOutline,
  CorrectionWrite,
} from "../../app/reading-view";
import type { CorrectionKind } from "../../core/reading/corrections";
import type { ReadingStatus } from "../../core/reading/types";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { readingWords } from "./reading-words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  grow: { flex: "1 1 auto", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  itemLine: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  unknown: { color: tokens.colorPaletteDarkOrangeForeground1 },
  edit: { marginInlineStart: "auto", minWidth: "auto" },
  details: { minWidth: 0 },
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXXS} 0`, fontWeight: tokens.fontWeightSemibold },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
  notice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  saved: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    overflowWrap: "anywhere",
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const STATUS_COLOR: Record<ReadingStatus, "success" | "warning" | "informative"> = { read: "success", partial: "warning", "not-report": "informative" };

type Words = ReturnType<typeof readingWords>;

/** What is being corrected, one at a time: a fact of the title block, a column, a section row's fund. */
type Editing = { key: string; kind: CorrectionKind; where: string };

export interface ReadingPanelProps {
  session: KcSession;
  hostKind: "excel" | "web";
  /** Runs the check again on the Kiểm tra tab. */
  onCheck: () => void;
}

/**
 * "Cách KC đọc từng sheet": for a chosen sheet, how KC read it (status and why; the title block's facts
 * with their evidence and how sure; each table outlined with its columns' roles, sections and totals) and
 * the officer's corrections: a column's role, a section's fund, the province, year, period, fund or unit,
 * or "not a report", saved in the workbook's KC_CachDoc sheet through the port, and those kept, applied
 * or no longer fitting, each removable. In Excel a table is shown by selecting its range (nothing is
 * written into a province sheet); on the web page by the cell view with the table marked.
 */
export function ReadingPanel({ session, hostKind, onCheck }: ReadingPanelProps) {
  const styles = useStyles();
  const { lang } = useI18n();
  const w = readingWords(lang);
  const book = session.readings;
  const [chosen, setChosen] = useState<string>();
  const noFile = session.openFile !== undefined && !session.fileName;
  const busy = session.busy !== undefined;
  const { readSheets } = session;
  const started = useRef(false);

  // The view reads the sheets when it first opens (on the web page, once a file is open).
  useEffect(() => {
    if (started.current || book || noFile) return;
    started.current = true;
    void readSheets();
  }, [book, noFile, readSheets]);

  // What a correction did is said where focus goes once it is saved.
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (session.corrected) notice.current?.focus();
  }, [session.corrected]);

  if (!book) {
    return (
      <div className={styles.root}>
        <Text>{w("intro")}</Text>
        <Button appearance="primary" onClick={() => void readSheets()} disabled={busy || noFile} data-testid="reading-run">
          {w("read")}
        </Button>
      </div>
    );
  }
  if (book.entries.length === 0) return <Text data-testid="reading-none">{w("noSheets")}</Text>;
  // The sheet shown stays chosen when a correction changes which sheet would come first.
  const name = book.entries.some((e) => e.sheet.name === chosen) ? chosen! : firstSheetToShow(book)!;
  if (name !== chosen) setChosen(name);
  const entry = book.entries.find((e) => e.sheet.name === name)!;

  return (
    <div className={styles.root}>
      <Field label={w("sheet")}>
        <Select value={name} onChange={(_, d) => setChosen(d.value)} data-testid="reading-sheet">
          {book.entries.map((e) => (
            <option key={e.sheet.name} value={e.sheet.name}>
              {`${e.sheet.name} — ${statusName(e.reading.status, lang)}`}
            </option>
          ))}
        </Select>
      </Field>
      {session.corrected && (
        <div className={mergeClasses(styles.notice, styles.saved)} data-testid="reading-saved" tabIndex={-1} ref={notice}>
          <Text>{session.corrected[lang]}</Text>
          <Text size={200} className={styles.muted}>
            {w("nextCheck")}
            {hostKind === "web" ? ` ${w("webCopy")}` : ""}
          </Text>
          <Button size="small" appearance="primary" onClick={onCheck} data-testid="reading-check">
            {w("checkAgain")}
          </Button>
        </div>
      )}
      <SheetReadingView key={name} entry={entry} session={session} hostKind={hostKind} w={w} />
    </div>
  );
}

function SheetReadingView({ entry, session, hostKind, w }: { entry: SheetEntry; session: KcSession; hostKind: "excel" | "web"; w: Words }) {
  const styles = useStyles();
  const { lang } = useI18n();
  const [editing, setEditing] = useState<Editing>();
  const [refused, setRefused] = useState<string>();
  const book = session.readings!;
  const { reading } = entry;
  const busy = session.busy !== undefined;

  const save = async (write: CorrectionWrite) => {
    if (!write.ok) {
      setRefused(write.reason[lang]);
      return;
    }
    setRefused(undefined);
    setEditing(undefined);
    await session.writeCorrections(write.rows, write.said);
  };
  const correct = (kind: CorrectionKind, where: string, value: string) => save(addCorrection(book, entry.sheet.name, kind, where, value, lang));
  const open = (next: Editing) => {
    setRefused(undefined);
    setEditing(next);
  };
  const editor = (key: string) =>
    editing?.key === key ? (
      <CorrectionForm editing={editing} entry={entry} w={w} busy={busy} refused={refused} onSave={correct} onCancel={() => setEditing(undefined)} />
    ) : null;
  const corrections = correctionLines(entry, book, lang);

  return (
    <>
      <section className={styles.card} aria-labelledby="kc-reading-status" data-testid="reading-status" data-status={reading.status}>
        <div className={styles.itemLine}>
          <Badge appearance="filled" color={STATUS_COLOR[reading.status]} size="small">
            {statusName(reading.status, lang)}
          </Badge>
          <Text as="h3" id="kc-reading-status" size={300} weight="semibold" className={styles.grow}>
            {entry.sheet.name}
          </Text>
          <Button size="small" appearance="subtle" className={styles.edit} onClick={() => void session.readSheets()} disabled={busy} data-testid="reading-run">
            {w("reread")}
          </Button>
        </div>
        {reading.reasons.length > 0 && (
          <ul className={mergeClasses(styles.reasons, styles.muted)}>
            {reading.reasons.map((r, i) => (
              <li key={i}>{r[lang]}</li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.card} aria-labelledby="kc-reading-facts">
        <Text as="h3" id="kc-reading-facts" size={300} weight="semibold">
          {w("facts")}
        </Text>
        <ul className={styles.list} data-testid="reading-facts">
          {factLines(reading, lang).map((f, i, all) => (
            <li key={f.field} className={styles.item} data-field={f.field}>
              <div className={styles.itemLine}>
                <span className={styles.name}>{w(f.field)}:</span>
                <span>{f.value || w("unknown")}</span>
                {f.sure && <span className={styles.muted}>{f.sure}</span>}
                {f.corrected && (
                  <Badge appearance="tint" size="small">
                    {w("corrected")}
                  </Badge>
                )}
                <Button
                  className={styles.edit}
                  size="small"
                  appearance="subtle"
                  aria-label={w("editLabel", { what: w(f.field) })}
                  onClick={() => open({ key: `fact:${f.field}`, kind: f.field === "period" ? "period" : f.field, where: "" })}
                  data-testid={`reading-edit-${f.field}`}
                >
                  {w("edit")}
                </Button>
              </div>
              {f.evidence && <span className={styles.muted}>{`${w("from")}: ${i > 0 && all[i - 1].evidence === f.evidence ? w("same") : f.evidence}`}</span>}
              {f.doubt && <span className={styles.muted}>{f.doubt}</span>}
              {editor(`fact:${f.field}`)}
            </li>
          ))}
        </ul>
      </section>

      {reading.tables.map((table, i) => (
        <TableCard
          key={i}
          outline={tableOutline(table, i, lang)}
          sheet={entry.sheet.name}
          session={session}
          hostKind={hostKind}
          w={w}
          onEdit={open}
          editor={editor}
        />
      ))}

      <section className={styles.card} aria-labelledby="kc-reading-kept" data-testid="reading-corrections">
        <Text as="h3" id="kc-reading-kept" size={300} weight="semibold">
          {w("saved")}
        </Text>
        {corrections.length === 0 && <Text className={styles.muted}>{w("none")}</Text>}
        <ul className={styles.list}>
          {corrections.map((c) => (
            <li key={c.row} className={styles.item} data-testid="reading-correction" data-state={c.state}>
              <div className={styles.itemLine}>
                <Badge appearance="tint" size="small" color={c.state === "stale" ? "danger" : c.state === "applied" ? "success" : "informative"}>
                  {w(c.state)}
                </Badge>
                <span className={styles.grow}>{c.text}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  className={styles.edit}
                  disabled={busy}
                  aria-label={w("removeLabel", { row: c.row + 1 })}
                  onClick={() => void save(removeCorrection(book, c.row))}
                  data-testid="reading-remove"
                >
                  {w("remove")}
                </Button>
              </div>
              {c.reason && <span className={mergeClasses(styles.muted, styles.error)}>{c.reason}</span>}
            </li>
          ))}
        </ul>
      </section>

      {reading.status !== "not-report" && (
        <div className={styles.notice}>
          <Button onClick={() => void correct("not-report", "", "")} disabled={busy} data-testid="reading-not-report">
            {w("notReport")}
          </Button>
          <Text size={200} className={styles.muted}>
            {w("notReportHelp")}
          </Text>
        </div>
      )}
      {refused && !editing && (
        <Text role="alert" className={styles.error} data-testid="reading-refused">
          {refused}
        </Text>
      )}
    </>
  );
}

interface TableCardProps {
  outline: TableOutline;
  sheet: string;
  session: KcSession;
  hostKind: "excel" | "web";
  w: Words;
  onEdit: (editing: Editing) => void;
  editor: (key: string) => React.ReactNode;
}

function TableCard({ outline, sheet, session, hostKind, w, onEdit, editor }: TableCardProps) {
  const styles = useStyles();
  const id = `kc-reading-table-${outline.index}`;
  const unread = outline.columns.filter((c) => c.unknown).length;
  const rows = [...outline.sections, ...outline.totals, ...outline.others].sort((a, b) => a.row - b.row);
  return (
    <section className={styles.card} aria-labelledby={id} data-testid="reading-table" data-range={outline.range}>
      <Text as="h3" id={id} size={300} weight="semibold">
        {w("table", { n: outline.index + 1, kind: outline.kind })}
      </Text>
      <Text size={200} className={styles.muted}>
        {[outline.range, w("items", { count: outline.items }), outline.unit].filter(Boolean).join(" · ")}
      </Text>
      <Button size="small" onClick={() => void session.showRange(sheet, outline.range)} data-testid="reading-show-table">
        {w(hostKind === "excel" ? "selectTable" : "viewTable", { range: outline.range })}
      </Button>
      <details className={styles.details} open={unread > 0} data-testid="reading-columns">
        <summary className={styles.summary}>
          {unread > 0 ? w("columnsUnread", { count: outline.columns.length, unread }) : w("columns", { count: outline.columns.length })}
        </summary>
        <ul className={styles.list}>
          {outline.columns.map((c) => (
            <ColumnItem key={c.col} column={c} w={w} onEdit={onEdit} editor={editor} />
          ))}
        </ul>
      </details>
      {rows.length > 0 && (
        <details className={styles.details} data-testid="reading-rows">
          <summary className={styles.summary}>{w("rows", { count: rows.length })}</summary>
          <ul className={styles.list}>
            {rows.map((r) => (
              <RowItem key={r.row} row={r} section={outline.sections.includes(r)} w={w} onEdit={onEdit} editor={editor} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ColumnItem({
  column: c,
  w,
  onEdit,
  editor,
}: {
  column: ColumnLine;
  w: Words;
  onEdit: (e: Editing) => void;
  editor: (key: string) => React.ReactNode;
}) {
  const styles = useStyles();
  const key = `column:${c.headerCell}`;
  return (
    <li className={styles.item} data-testid="reading-column" data-cell={c.headerCell}>
      <div className={styles.itemLine}>
        <span className={styles.letter}>{c.letter}</span>
        <span className={styles.grow}>{`«${c.header}»`}</span>
        <Button
          className={styles.edit}
          size="small"
          appearance="subtle"
          aria-label={w("editLabel", { what: `${c.letter} «${c.header}»` })}
          onClick={() => onEdit({ key, kind: "column", where: c.headerCell })}
          data-testid="reading-edit-column"
        >
          {w("edit")}
        </Button>
      </div>
      <span className={mergeClasses(styles.name, c.unknown && styles.unknown)} data-testid="reading-role">
        {`→ ${c.role}`}
        {c.sure ? ` ${c.sure}` : ""}
      </span>
      <span className={styles.muted}>{`${w("from")}: ${c.evidence}`}</span>
      {editor(key)}
    </li>
  );
}

function RowItem({
  row: r,
  section,
  w,
  onEdit,
  editor,
}: {
  row: RowLine;
  section: boolean;
  w: Words;
  onEdit: (e: Editing) => void;
  editor: (key: string) => React.ReactNode;
}) {
  const styles = useStyles();
  const key = `row:${r.cell}`;
  const said = [r.kind, r.label ? `«${r.label}»` : "", r.adds ? `= ${w("adds", { rows: r.adds })}` : "", r.fund ? `· ${r.fund}` : ""].filter(Boolean);
  return (
    <li className={styles.item} data-testid="reading-row" data-row={r.row}>
      <div className={styles.itemLine}>
        <span className={styles.name}>{w("rowAt", { row: r.row })}</span>
        <span className={styles.grow}>{said.join(" ")}</span>
        {section && (
          <Button
            className={styles.edit}
            size="small"
            appearance="subtle"
            aria-label={w("editSection", { row: r.row })}
            onClick={() => onEdit({ key, kind: "fund", where: r.cell })}
          >
            {w("edit")}
          </Button>
        )}
      </div>
      {editor(key)}
    </li>
  );
}

const UNITS = ["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"];
const PERIODS = ["Cả năm", "6 tháng", "9 tháng", "3 tháng"];
const FUNDS = ["KCQG", "KCĐP"];

interface CorrectionFormProps {
  editing: Editing;
  entry: SheetEntry;
  w: Words;
  busy: boolean;
  refused?: string;
  onSave: (kind: CorrectionKind, where: string, value: string) => Promise<void>;
  onCancel: () => void;
}

/** The form of one correction: a role (and fund) for a column, a fund for a section, a value for a fact. */
function CorrectionForm({ editing, entry, w, busy, refused, onSave, onCancel }: CorrectionFormProps) {
  const styles = useStyles();
  const { lang } = useI18n();
  const facts = factLines(entry.reading, lang);
  const field = editing.key.startsWith("fact:") ? (editing.key.slice(5) as FactField) : undefined;
  const initial = field
    ? field === "fund"
      ? "KCQG"
      : field === "unit"
        ? "triệu đồng"
        : field === "period"
          ? "Cả năm"
          : facts.find((f) => f.field === field)!.value
    : "";
  const [text, setText] = useState(initial);
  const [role, setRole] = useState<RoleChoice>("actual");
  const [fund, setFund] = useState<FundChoice>("");
  const [sectionFund, setSectionFund] = useState("KCQG");
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const fundable = ROLE_CHOICES.find((c) => c.id === role)!.fundable;
  const value = editing.kind === "column" ? roleHeader(role, fund) : editing.kind === "fund" && !field ? sectionFund : text;
  const letter = editing.where.replace(/\d+$/, "");

  let controls: React.ReactNode;
  if (editing.kind === "column") {
    controls = (
      <>
        <Field label={w("role", { letter })}>
          <Select ref={first} value={role} onChange={(_, d) => setRole(d.value as RoleChoice)} data-testid="reading-role-choice">
            {ROLE_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        {fundable && (
          <Field label={w("fundOf")}>
            <Select value={fund} onChange={(_, d) => setFund(d.value as FundChoice)} data-testid="reading-fund-choice">
              <option value="">{w("noFund")}</option>
              {FUNDS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Text size={200} className={styles.muted}>
          {w("willWrite", { header: value })}
        </Text>
      </>
    );
  } else if (field === "province" || field === "year") {
    controls = (
      <Field label={w(field)}>
        <Input
          ref={first}
          value={text}
          onChange={(_, d) => setText(d.value)}
          inputMode={field === "year" ? "numeric" : undefined}
          data-testid="reading-value"
        />
      </Field>
    );
  } else {
    const options = field === "unit" ? UNITS : field === "period" ? PERIODS : FUNDS;
    const current = field ? text : sectionFund;
    const set = field ? setText : setSectionFund;
    controls = (
      <Field label={field ? w(field) : w("sectionFund")}>
        <Select ref={first} value={current} onChange={(_, d) => set(d.value)} data-testid="reading-value">
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(editing.kind, editing.where, value);
      }}
      data-testid="reading-form"
    >
      {controls}
      {refused && (
        <Text role="alert" className={styles.error} data-testid="reading-refused">
          {refused}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={busy} data-testid="reading-save">
          {w("save")}
        </Button>
        <Button size="small" onClick={onCancel}>
          {w("cancel")}
        </Button>
      </div>
    </form>
  );
}
