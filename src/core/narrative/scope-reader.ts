import { Figure, parenDepths } from "./figures";
import { Entity, EntityLevel, FigureScope, Fund, Period, Qualifier, ScopeMeasure, TextScope, foldName } from "./scope";
import { Sentence, Span } from "./sentences";
import { ENTITY_WORDS, FUND_WORDS, MEASURE_WORDS, NOT_SCOPE_WORDS, QUALIFIER_WORDS, REGION_NAME_WORDS, TOTAL_WORDS, foldText } from "./vocabulary";
import { Hit, lastHitWithin, WordTable, wordList } from "./word-hits";

/**
 * Reads the scope of each figure from the words around it, in one pass over the text: its fund,
 * measure and entity from the nearest words of its own clause, else of its sentence before it; its
 * period from the period words met so far in its paragraph; its qualifier from the word right before it.
 * Phrase labels ("so với kế hoạch năm 2023") and NOT_SCOPE_WORDS ("Cục Công Thương địa phương") are not
 * the words of a figure; parenthesised asides are not the words of figures outside them.
 */

interface EntityEntry {
  level: EntityLevel;
  words: string[];
  named?: boolean;
}

const FUNDS = new WordTable(FUND_WORDS);
const TOTALS = wordList(TOTAL_WORDS);
const MEASURES = new WordTable(MEASURE_WORDS);
const ENTITIES = new WordTable<EntityEntry>(ENTITY_WORDS);
const NOT_SCOPE = wordList(NOT_SCOPE_WORDS);
const QUALIFIERS = QUALIFIER_WORDS.flatMap((q) => q.words.map((w) => ({ word: foldText(w), qualifier: q.qualifier }))).sort(
  (a, b) => b.word.length - a.word.length,
);
const PROVINCE_GROUP = /(?<![\p{L}\d])(\d{1,2}) tinh(?:, thanh pho)?(?![\p{L}\d])/gu;
const REGION_NAMES = new Set(REGION_NAME_WORDS.map(foldText));
const MONTHS = /(?<![\p{L}\d])(?:(\d{1,2}) thang(?: dau)?(?: nam)?|(?:het|den|toi) thang (\d{1,2})(?: nam)?)(?: (\d{4}))?(?![\p{L}\d])/gu;
const SPAN = /(?<![\p{L}\d])((?:19|20)\d\d) ?[-–] ?((?:19|20)\d\d)(?!\d)/gu;
const WHOLE_YEAR = /(?<![\p{L}\d])ca nam(?![\p{L}\d])/gu;

interface PeriodHit {
  start: number;
  end: number;
  year?: number;
  toYear?: number;
  months?: number;
}

interface EntityHit extends Hit<EntityEntry> {
  entity: Entity;
}

export class ScopeReader {
  /** Folded text with phrase labels and office names blanked; `outer` also blanks parenthesised text. */
  private readonly plain: string;
  private readonly outer: string;
  private readonly funds: { plain: Hit<{ fund: Fund }>[]; outer: Hit<{ fund: Fund }>[] };
  private readonly totals: { plain: Hit<unknown>[]; outer: Hit<unknown>[] };
  private readonly measures: { plain: Hit<{ measure: ScopeMeasure }>[]; outer: Hit<{ measure: ScopeMeasure }>[] };
  private readonly entities: { plain: EntityHit[]; outer: EntityHit[] };
  private readonly periods = new Map<Figure, Period>();

  constructor(
    private readonly text: string,
    private readonly folded: string,
    sentences: readonly Sentence[],
    figures: readonly Figure[],
    phrases: readonly Span[],
  ) {
    const blanks = [...phrases, ...NOT_SCOPE.hits(folded)];
    this.plain = blank(folded, blanks);
    const depth = parenDepths(text);
    this.outer = blank(this.plain, parenthesised(depth));
    this.funds = { plain: FUNDS.hits(this.plain), outer: FUNDS.hits(this.outer) };
    this.totals = { plain: TOTALS.hits(this.plain), outer: TOTALS.hits(this.outer) };
    this.measures = { plain: MEASURES.hits(this.plain), outer: MEASURES.hits(this.outer) };
    this.entities = { plain: this.entityHits(this.plain), outer: this.entityHits(this.outer) };
    this.readPeriods(sentences, figures);
  }

  /** The scope of an amount, count or done/total figure whose clause starts at `clauseStart`, and the measure its clause names. */
  scopeOf(figure: Figure, clauseStart: number, sentence: Sentence): { scope: FigureScope; clauseMeasure?: ScopeMeasure } {
    const open = figure.inParens ? this.openParen(figure.start, sentence.start) : -1;
    const local = open >= 0 ? "plain" : "outer";
    const from = Math.max(clauseStart, open + 1);
    const inClause = <T>(hits: { plain: Hit<T>[]; outer: Hit<T>[] }) => lastHitWithin(hits[local], from, figure.start);
    const inSentence = <T>(hits: { plain: Hit<T>[]; outer: Hit<T>[] }) => lastHitWithin(hits.outer, sentence.start, figure.start);

    const fund =
      inClause(this.funds)?.entry.fund ??
      (inClause(this.totals) ? "total" : undefined) ??
      inSentence(this.funds)?.entry.fund ??
      (inSentence(this.totals) ? "total" : undefined);
    const clauseMeasure = inClause(this.measures)?.entry.measure;
    const measure = clauseMeasure ?? inSentence(this.measures)?.entry.measure ?? (figure.kind === "count" || figure.kind === "fraction" ? "count" : undefined);
    const entityHit: EntityHit | undefined =
      lastHitWithin(this.entities[local], from, figure.start) ?? (open >= 0 ? undefined : lastHitWithin(this.entities.outer, sentence.start, figure.start));
    const entity = entityHit?.entity ?? (open >= 0 ? (this.nameBefore(open) ?? lastHitWithin(this.entities.outer, sentence.start, open)?.entity) : undefined);
    return { scope: { entity, fund, measure, period: this.periods.get(figure) ?? {}, qualifier: this.qualifierOf(figure) }, clauseMeasure };
  }

  /** The last fund and entity words of a stretch of text, outside phrases and parentheses. */
  subjectBetween(from: number, to: number): { fund?: Fund; entity?: Entity } {
    return { fund: lastHitWithin(this.funds.outer, from, to)?.entry.fund, entity: lastHitWithin(this.entities.outer, from, to)?.entity };
  }

  /** What the text's figures say of its entities and years, for parts a figure leaves unnamed. */
  textScope(scopes: readonly FigureScope[]): TextScope {
    // Entities by level and name; an unnamed one ("toàn tỉnh") is the named one of its level when there is one.
    const names = new Map<EntityLevel, Map<string, Entity>>();
    const years = new Set<number>();
    for (const s of scopes) {
      if (s.entity) {
        const byName = names.get(s.entity.level) ?? new Map<string, Entity>();
        byName.set(s.entity.name ? foldName(s.entity.name) : "", s.entity);
        names.set(s.entity.level, byName);
      }
      if (s.period.year !== undefined && s.period.toYear === undefined) years.add(s.period.year);
    }
    const distinct = [...names.values()].flatMap((byName) => {
      const named = [...byName.entries()].filter(([k]) => k !== "");
      return named.length > 0 ? named.map(([, e]) => e) : [...byName.values()];
    });
    return {
      entities: distinct.length === 0 ? "none" : distinct.length === 1 ? "one" : "several",
      onlyEntity: distinct.length === 1 ? distinct[0] : undefined,
      years: years.size === 0 ? "none" : years.size === 1 ? "one" : "several",
      onlyYear: years.size === 1 ? [...years][0] : undefined,
    };
  }

  /** "hơn 48,2 tỷ", "gần 7 tỷ", "khoảng 3 tỷ", "là: trên 2,2 tỷ". */
  private qualifierOf(figure: Figure): Qualifier {
    const before = this.folded.slice(Math.max(0, figure.start - 16), figure.start).replace(/[\s:]+$/, "");
    for (const q of QUALIFIERS) {
      if (before.endsWith(q.word) && !/[\p{L}\d]/u.test(before[before.length - q.word.length - 1] ?? "")) {
        // "thấp hơn", "cao hơn", "nhiều hơn": a comparison, not a bound.
        if (q.word === "hon" && /(thap|cao|nhieu|it|lon|nho) hon$/.test(before)) return "exact";
        return q.qualifier;
      }
    }
    return "exact";
  }

  /** The parenthesis a figure sits in (within its sentence). */
  private openParen(at: number, sentenceStart: number): number {
    let depth = 0;
    for (let i = at - 1; i >= Math.max(sentenceStart, at - 400); i--) {
      const c = this.text[i];
      if (c === ")") depth++;
      else if (c === "(") {
        if (depth === 0) return i;
        depth--;
      }
    }
    return -1;
  }

  /** "Long An (11,08 tỷ đồng)": a figure in parentheses after a proper name is that province's. */
  private nameBefore(open: number): Entity | undefined {
    const before = this.text.slice(Math.max(0, open - 40), open);
    const name = /(?:^|[\s,;:])((?:\p{Lu}\p{Ll}+)(?:[\s-]+\p{Lu}\p{Ll}+){0,3})\s*$/u.exec(before);
    return name ? { level: "province", name: name[1] } : undefined;
  }

  private entityHits(folded: string): EntityHit[] {
    const groups: EntityHit[] = [];
    for (const m of folded.matchAll(PROVINCE_GROUP)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "19 tỉnh, thành phố khu vực phía Nam": the group is named by the region that follows; no hit of its own.
      const named = !/^\s*(khu vuc|vung)\b/.test(folded.slice(end, end + 12));
      groups.push({ start, end, entry: { level: "region", words: [] }, entity: { level: "region", name: named ? `${m[1]} tỉnh` : undefined } });
    }
    // A group of provinces covers the "tỉnh" and "thành phố" inside it.
    const words: EntityHit[] = [];
    let g = 0;
    for (const h of ENTITIES.hits(folded)) {
      while (g < groups.length && groups[g].end < h.end) g++;
      if (g < groups.length && groups[g].start <= h.start) continue;
      words.push({ ...h, entity: this.entityOfHit(h) });
    }
    return [...words, ...groups.filter((x) => x.entity.name !== undefined)].sort((a, b) => a.end - b.end || a.start - b.start);
  }

  private entityOfHit(hit: Hit<EntityEntry>): Entity {
    const { level, named } = hit.entry;
    if (!named) return { level };
    const after = this.text.slice(hit.end, hit.end + 60);
    if (level === "province") {
      const name = /^\s+(\p{Lu}\p{Ll}*(?:[\s-]+\p{Lu}\p{Ll}*){0,4})/u.exec(after);
      return name ? { level, name: name[1] } : { level };
    }
    const words: string[] = [];
    for (const w of after.trim().split(/\s+/).slice(0, 4)) {
      const bare = w.replace(/[,.;:()]+$/, "");
      if (!bare || !(REGION_NAMES.has(foldText(bare)) || /^\p{Lu}/u.test(bare))) break;
      words.push(bare);
      if (bare !== w) break;
    }
    return words.length > 0 ? { level, name: `${this.text.slice(hit.start, hit.end)} ${words.join(" ")}` } : { level };
  }

  /**
   * The period of every figure: the state of the period words read so far in its paragraph. "Năm 2024"
   * sets the year (a whole year unless months follow), "9 tháng năm 2024" both, "6 tháng đầu năm" the
   * months, "cả năm" twelve months, "2019 - 2023" a span. A new paragraph starts with no period.
   */
  private readPeriods(sentences: readonly Sentence[], figures: readonly Figure[]): void {
    const hits = this.periodHits(figures);
    let h = 0;
    let f = 0;
    let paragraph = -1;
    let state: Period = {};
    for (const sentence of sentences) {
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        state = {};
      }
      while (f < figures.length && figures[f].start < sentence.start) f++;
      while (h < hits.length && hits[h].end <= sentence.start) h++;
      for (; f < figures.length && figures[f].start < sentence.end; f++) {
        for (; h < hits.length && hits[h].end <= figures[f].start; h++) state = applyPeriod(state, hits[h]);
        this.periods.set(figures[f], { ...state });
      }
      for (; h < hits.length && hits[h].end <= sentence.end; h++) state = applyPeriod(state, hits[h]);
    }
  }

  private periodHits(figures: readonly Figure[]): PeriodHit[] {
    const text = this.plain;
    const hits: PeriodHit[] = [];
    for (const m of text.matchAll(MONTHS)) {
      const months = Number(m[1] ?? m[2]);
      if (months < 1 || months > 12) continue;
      hits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, months, year: m[3] ? Number(m[3]) : undefined });
    }
    for (const m of text.matchAll(SPAN)) hits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, year: Number(m[1]), toYear: Number(m[2]) });
    for (const m of text.matchAll(WHOLE_YEAR)) hits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, months: 12 });
    const covered = [...hits].sort((a, b) => a.start - b.start);
    let c = 0;
    for (const f of figures) {
      // Years read in a phrase label are blanked in `plain`; a year inside "9 tháng năm 2024" is that hit's.
      if (f.kind !== "year" || text[f.start] === " ") continue;
      while (c < covered.length && covered[c].end < f.end) c++;
      if (c < covered.length && covered[c].start <= f.start) continue;
      hits.push({ start: f.start, end: f.end, year: f.value.toNumber() });
    }
    return hits.sort((a, b) => a.end - b.end);
  }
}

function applyPeriod(state: Period, hit: PeriodHit): Period {
  if (hit.toYear !== undefined) return { year: hit.year, toYear: hit.toYear };
  if (hit.year !== undefined) return { year: hit.year, months: hit.months };
  return { ...state, months: hit.months };
}

/** The text with the given spans replaced by spaces (offsets kept). */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    if (s.end <= start) continue;
    out += text.slice(at, start) + " ".repeat(s.end - start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** The runs of text inside parentheses. */
function parenthesised(depth: Int32Array): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let i = 0; i < depth.length; i++) {
    if (depth[i] > 0 && start < 0) start = i;
    else if (depth[i] === 0 && start >= 0) {
      spans.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: depth.length - 1 });
  return spans;
}
