import { Measure } from "../numbers/ratios";
import { Figure } from "./figures";
import { Entity, Fund, Qualifier, ScopeMeasure } from "./scope";
import { Sentence } from "./sentences";
import {
  ENTITY_WORDS,
  FUND_WORDS,
  MEASURE_WORDS,
  PART_MARKERS,
  PHRASE_FILLERS,
  phraseVerbs,
  PREVIOUS_YEAR_WORDS,
  QUALIFIER_WORDS,
  TOTAL_WORDS,
} from "./vocabulary";
import { containsWords, foldText, lastIndexOfWords, measureOfLabel } from "./vocabulary";
import { WordTable, wordList } from "./word-hits";

/** What the label of a phrase names: the base's period, measure, fund and entity ("kế hoạch KCQG năm 2016", "cùng kỳ năm 2023", "toàn quốc"). */
export interface LabelScope {
  year?: number;
  months?: number;
  /** "cùng kỳ": the same months of the year before. */
  samePeriod: boolean;
  /** "năm trước": the year before. */
  previousYear: boolean;
  measure?: ScopeMeasure;
  fund?: Fund;
  entity?: Entity;
  /** The label names a whole ("tổng …", "toàn vùng", "cả nước"). */
  namesWhole: boolean;
}

/** A percentage with the phrase that gives it its meaning: "tăng 10,62% so với kế hoạch năm 2023 (72,59 tỷ đồng)". */
export interface PercentPhrase {
  figure: Figure;
  measure: Measure;
  /** "giảm", "thấp hơn": the stated growth is negative. */
  negative: boolean;
  /** "hơn 35%", "gần 60%", "khoảng 90%". */
  qualifier: Qualifier;
  /** The folded label after the percentage, without the connector ("ke hoach nam 2023"). */
  label: string;
  labelScope: LabelScope;
  /** The figure the percentage is measured against, when the phrase states it: in parentheses after the label, or ending it ("… kế hoạch năm 2024 là 6.200 triệu đồng", "… tổng số 25 đề án"). */
  base?: Figure;
  start: number;
  end: number;
  sentence: number;
}

/** The part of the text a phrase is read in. */
export interface PhraseWindow {
  text: string;
  folded: string;
  sentence: Sentence;
  index: number;
  /** Where the verb may start: after the claim figure before the percentage. */
  from: number;
  /** Where the label must stop: the next claim figure. */
  labelLimit: number;
  /** The claim figure at labelLimit, if any. */
  next?: Figure;
  /** The figures of the sentence. */
  inSentence: readonly Figure[];
}

const VERBS = phraseVerbs();
const FILLERS = PHRASE_FILLERS.map(foldText);
const QUALIFIERS = QUALIFIER_WORDS.flatMap((q) => q.words.map((w) => ({ word: foldText(w), qualifier: q.qualifier }))).sort(
  (a, b) => b.word.length - a.word.length,
);
const LABEL_MEASURES = new WordTable(MEASURE_WORDS);
const LABEL_FUNDS = new WordTable(FUND_WORDS);
const LABEL_ENTITIES = new WordTable(ENTITY_WORDS);
const WHOLE_WORDS = wordList([...TOTAL_WORDS, "toàn vùng", "toàn tỉnh", "toàn quốc", "cả nước", "toàn khu vực"]);
const CONNECTORS = ["so với", "của", "trong"].map(foldText);

/** Reads the phrase of a percentage: its verb and qualifier before it, its label and stated base after it. */
export function readPhrase(figure: Figure, w: PhraseWindow): PercentPhrase | undefined {
  const lead = readLead(w.folded, w.from, figure.start);
  if (!lead) return undefined;
  const { label, end } = readLabel(w.folded, figure.end, w.labelLimit);
  const base = inlineBase(label, end, w) ?? baseInParentheses(w.text, end, w.sentence.end, w.inSentence);
  const labelScope = readLabelScope(label);
  return {
    figure,
    measure: phraseMeasure(lead.measure, label),
    negative: lead.negative,
    qualifier: lead.qualifier,
    label,
    labelScope,
    base: base?.figure,
    start: lead.start,
    end: base?.end ?? end,
    sentence: w.index,
  };
}

/** The verb before a percentage, once fillers ("tỷ trọng") and a qualifier ("hơn", "gần") are set aside. */
function readLead(folded: string, from: number, at: number): { measure: Measure; negative: boolean; qualifier: Qualifier; start: number } | undefined {
  let end = at;
  let qualifier: Qualifier = "exact";
  for (let guard = 0; guard < 6; guard++) {
    const window = folded.slice(Math.max(from, end - 60), end);
    const before = window.replace(/[\s:]+$/, "");
    const beforeEnd = end - (window.length - before.length);
    const verb = VERBS.find((v) => endsWithWords(before, v.verb));
    if (verb) return { measure: verb.measure, negative: verb.negative, qualifier, start: beforeEnd - verb.verb.length };
    const q = QUALIFIERS.find((x) => endsWithWords(before, x.word));
    if (q) {
      qualifier = q.qualifier;
      end = beforeEnd - q.word.length;
      continue;
    }
    const filler = FILLERS.find((x) => endsWithWords(before, x));
    if (!filler) return undefined;
    end = beforeEnd - filler.length;
  }
  return undefined;
}

/** The label: what follows the percentage up to punctuation, the next claim figure or a part marker; the connector ("so với") dropped. */
function readLabel(folded: string, from: number, limit: number): { label: string; end: number } {
  const rest = folded.slice(from, limit);
  let length = rest.search(/[,;.()\n:]/);
  if (length < 0) length = rest.length;
  for (const marker of PART_MARKERS) {
    const at = lastIndexOfWords(rest.slice(0, length), marker);
    if (at >= 0) length = Math.min(length, at);
  }
  let label = rest.slice(0, length).trim();
  for (const c of CONNECTORS) if (label.startsWith(c + " ") || label === c) label = label.slice(c.length).trim();
  return { label, end: from + rest.slice(0, length).trimEnd().length };
}

/** "bằng 32,8% tổng kinh phí" is a share; "đạt … so với cùng kỳ" a ratio: the label can name the measure. */
function phraseMeasure(verbMeasure: Measure, label: string): Measure {
  if (verbMeasure !== "completion" && verbMeasure !== "ratio") return verbMeasure;
  const named = measureOfLabel(label);
  if (named && named !== "growth") return named;
  if (/^(tong|trong tong)\b/.test(label)) return "share";
  return verbMeasure;
}

/** What the label names of its base. */
export function readLabelScope(label: string): LabelScope {
  const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(label);
  const months = /(?:^|\D)(\d{1,2}) thang/.exec(label);
  const entity = LABEL_ENTITIES.last(label);
  return {
    year: year ? Number(year[1]) : undefined,
    months: months ? Number(months[1]) : undefined,
    samePeriod: containsWords(label, "cùng kỳ"),
    previousYear: PREVIOUS_YEAR_WORDS.some((w) => containsWords(label, w)),
    measure: LABEL_MEASURES.last(label)?.measure,
    fund: LABEL_FUNDS.last(label)?.fund,
    entity: entity ? { level: entity.level } : undefined,
    namesWhole: WHOLE_WORDS.hits(label).length > 0,
  };
}

/** A base the label ends on: "… kế hoạch năm 2024 là 6.200 triệu đồng", "… tổng số 25 đề án". */
function inlineBase(label: string, labelEnd: number, w: PhraseWindow): { figure: Figure; end: number } | undefined {
  const next = w.next;
  if (!next || next.kind === "percent" || next.kind === "fraction" || next.inRange) return undefined;
  if (!/^[\s:]*$/.test(w.folded.slice(labelEnd, next.start))) return undefined;
  if (!/(^|\s)(la|tong|tong so|tong cong)$/.test(label)) return undefined;
  return { figure: next, end: next.end };
}

/** "(72,59 tỷ đồng)" right after the label is the base the percentage is measured against. */
function baseInParentheses(text: string, phraseEnd: number, sentenceEnd: number, inSentence: readonly Figure[]): { figure: Figure; end: number } | undefined {
  const paren = /^\s*\(/.exec(text.slice(phraseEnd, Math.min(sentenceEnd, phraseEnd + 8)));
  if (!paren) return undefined;
  const open = phraseEnd + paren[0].length;
  const candidate = inSentence.find((f) => (f.kind === "amount" || f.kind === "count") && f.start >= open && f.inParens);
  if (!candidate || !/^[\p{L}\s:]*$/u.test(text.slice(open, candidate.start))) return undefined;
  const close = text.indexOf(")", candidate.end);
  if (close < 0 || close > sentenceEnd || !/^[\s\p{L}]*$/u.test(text.slice(candidate.end, close))) return undefined;
  return { figure: candidate, end: close + 1 };
}

function endsWithWords(folded: string, words: string): boolean {
  return folded.endsWith(words) && !/[\p{L}\d]/u.test(folded[folded.length - words.length - 1] ?? "");
}
