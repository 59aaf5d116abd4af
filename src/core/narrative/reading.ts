import { Measure } from "../numbers/ratios";
import { Figure, tokenizeFigures } from "./figures";
import { Span, splitSentences } from "./sentences";
import {
  containsWords,
  foldText,
  lastIndexOfWords,
  LOWER_BOUND_WORDS,
  measureOfLabel,
  nearestEntry,
  PART_MARKERS,
  PHRASE_FILLERS,
  phraseConnector,
  phraseVerbs,
  PREVIOUS_YEAR_WORDS,
  Quantity,
  QUANTITY_WORDS,
  Subject,
  SUBJECT_WORDS,
} from "./vocabulary";

/** A percentage with the phrase that gives it its meaning: "tăng 10,62% so với kế hoạch năm 2023 (72,59 tỷ đồng)". */
export interface PercentPhrase {
  figure: Figure;
  measure: Measure;
  /** "giảm": the stated growth is negative. */
  negative: boolean;
  /** "hơn 35%": the stated figure is a lower bound. */
  lowerBound: boolean;
  /** The folded label after the percentage, without the connector ("ke hoach nam 2023"). */
  label: string;
  labelYear?: number;
  labelQuantity?: Quantity;
  previousYear: boolean;
  /** An amount in parentheses right after the label: the figure the percentage is measured against. */
  base?: Figure;
  start: number;
  end: number;
  sentence: number;
}

/** A figure (amount or count) with what its own clause says of it. */
export interface FigureReading {
  figure: Figure;
  /** Whose money, when the figure's own clause says so. */
  subject?: Subject;
  /** Whose money, by the nearest words of the sentence before the figure when its clause says nothing. */
  sentenceSubject?: Subject;
  quantity?: Quantity;
  year?: number;
  /** The clause names a total ("tổng", "toàn vùng"). */
  totalWord: boolean;
  /** Where the figure's clause starts: the end of the figure or phrase before it, or the sentence start. */
  clauseStart: number;
  sentence: number;
  /** The base of a phrase, read with that phrase. */
  baseOf?: PercentPhrase;
}

export interface Reading {
  text: string;
  folded: string;
  sentences: Span[];
  figures: Figure[];
  phrases: PercentPhrase[];
  amounts: FigureReading[];
  counts: FigureReading[];
  fractions: FigureReading[];
  /** The latest year the text names ("năm 2024"): the report year for figures that name none. */
  reportYear?: number;
}

const VERBS = phraseVerbs();
const FILLERS = PHRASE_FILLERS.map(foldText);
const LOWER_BOUNDS = LOWER_BOUND_WORDS.map(foldText);
const CLAIM_KINDS = new Set(["amount", "percent", "count", "fraction"]);

/** Reads a text into figures, phrases and the attributes of each amount and count. */
export function readText(text: string): Reading {
  const folded = foldText(text);
  const sentences = splitSentences(text);
  const figures = tokenizeFigures(text);
  const reading: Reading = { text, folded, sentences, figures, phrases: [], amounts: [], counts: [], fractions: [] };
  const years = figures.filter((f) => f.kind === "year").map((f) => f.value.toNumber());
  if (years.length > 0) reading.reportYear = Math.max(...years);
  // Figures and sentences both run in text order: walk them together.
  let next = 0;
  sentences.forEach((sentence, index) => {
    while (next < figures.length && figures[next].start < sentence.start) next++;
    let last = next;
    while (last < figures.length && figures[last].start < sentence.end) last++;
    readSentence(
      reading,
      sentence,
      index,
      figures.slice(next, last).filter((f) => f.end <= sentence.end),
    );
    next = last;
  });
  return reading;
}

function readSentence(reading: Reading, sentence: Span, index: number, inSentence: Figure[]): void {
  const { text, folded } = reading;
  const claimFigures = inSentence.filter((f) => CLAIM_KINDS.has(f.kind));

  const phrases: PercentPhrase[] = [];
  for (const figure of claimFigures) {
    if (figure.kind !== "percent") continue;
    const previous = lastBefore(claimFigures, figure.start);
    const from = Math.max(sentence.start, previous ? previous.end : sentence.start);
    const next = claimFigures.find((f) => f.start >= figure.end && !(f.kind === "amount" && f.inParens));
    const phrase = readPhrase(text, folded, figure, from, next ? next.start : sentence.end, sentence.end, inSentence, index);
    if (phrase) phrases.push(phrase);
  }
  reading.phrases.push(...phrases);

  // A clause starts after the previous figure or phrase; phrase labels are not the words of an amount.
  const boundaries = [...claimFigures.map((f) => f.end), ...phrases.map((p) => p.end)].sort((a, b) => a - b);
  const blanked = blankPhrases(folded, sentence, phrases);
  for (const figure of claimFigures) {
    if (figure.kind === "percent") continue;
    const clauseStart = Math.max(sentence.start, ...boundaries.filter((b) => b <= figure.start));
    const local = folded.slice(clauseStart, figure.start);
    const sentenceWords = blanked.slice(0, figure.start - sentence.start);
    const subjectEntry = nearestEntry(local, SUBJECT_WORDS);
    const quantityEntry = nearestEntry(local, QUANTITY_WORDS) ?? nearestEntry(sentenceWords, QUANTITY_WORDS);
    const baseOf = phrases.find((p) => p.base === figure);
    const reading1: FigureReading = {
      figure,
      subject: subjectEntry?.subject,
      sentenceSubject: subjectEntry?.subject ?? nearestEntry(sentenceWords, SUBJECT_WORDS)?.subject,
      quantity: baseOf ? baseOf.labelQuantity : quantityEntry?.quantity,
      year: baseOf ? baseOf.labelYear : yearBefore(inSentence, phrases, clauseStart, figure.start, sentence.start),
      totalWord: containsWords(local, "tổng") || containsWords(local, "toàn vùng") || containsWords(local, "toàn tỉnh"),
      clauseStart: skipPunctuation(text, clauseStart, figure.start),
      sentence: index,
      baseOf,
    };
    if (figure.kind === "amount") reading.amounts.push(reading1);
    else if (figure.kind === "count") reading.counts.push(reading1);
    else reading.fractions.push(reading1);
  }
}

function readPhrase(
  text: string,
  folded: string,
  figure: Figure,
  from: number,
  labelLimit: number,
  sentenceEnd: number,
  inSentence: Figure[],
  sentence: number,
): PercentPhrase | undefined {
  // The verb: the last word before the percentage once fillers ("tỷ trọng", "hơn") are set aside.
  let end = figure.start;
  let lowerBound = false;
  let verb: (typeof VERBS)[number] | undefined;
  let verbStart = -1;
  for (let guard = 0; guard < 6 && !verb; guard++) {
    const before = folded.slice(from, end).replace(/[\s:]+$/, "");
    const found = VERBS.find((v) => endsWithWords(before, v.verb));
    if (found) {
      verb = found;
      verbStart = from + before.length - found.verb.length;
      break;
    }
    const filler = FILLERS.find((w) => endsWithWords(before, w));
    if (!filler) return undefined;
    if (LOWER_BOUNDS.includes(filler)) lowerBound = true;
    end = from + before.length - filler.length;
  }
  if (!verb) return undefined;

  // The label: what follows, up to punctuation, the next claim figure or a part marker.
  const rest = folded.slice(figure.end, labelLimit);
  let labelLength = rest.search(/[,;.()\n:]/);
  if (labelLength < 0) labelLength = rest.length;
  for (const marker of PART_MARKERS) {
    const at = lastIndexOfWords(rest.slice(0, labelLength), marker);
    if (at >= 0) labelLength = Math.min(labelLength, at);
  }
  let label = rest.slice(0, labelLength).trim();
  const connector = phraseConnector(verb.measure);
  if (connector && label.startsWith(connector)) label = label.slice(connector.length).trim();
  let phraseEnd = figure.end + rest.slice(0, labelLength).trimEnd().length;

  let measure = verb.measure;
  const named = measureOfLabel(label);
  if ((measure === "completion" || measure === "ratio") && named && named !== "growth") measure = named;
  else if ((measure === "completion" || measure === "ratio") && /^tong\b/.test(label)) measure = "share"; // "bằng 32,8% tổng kinh phí"

  const yearMatch = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(label);
  const labelQuantity: Quantity | undefined = containsWords(label, "cùng kỳ") ? "samePeriod" : containsWords(label, "kế hoạch") ? "plan" : undefined;

  // "(72,59 tỷ đồng)" right after the label is the base the percentage is measured against.
  let base: Figure | undefined;
  const after = text.slice(phraseEnd, sentenceEnd);
  const paren = /^\s*\(/.exec(after);
  if (paren) {
    const candidate = inSentence.find((f) => (f.kind === "amount" || f.kind === "count") && f.start >= phraseEnd + paren[0].length && f.inParens);
    if (candidate && /^[\p{L}\s:]*$/u.test(text.slice(phraseEnd + paren[0].length, candidate.start))) {
      const close = text.indexOf(")", candidate.end);
      if (close >= 0 && /^[\s\p{L}]*$/u.test(text.slice(candidate.end, close))) {
        base = candidate;
        phraseEnd = close + 1;
      }
    }
  }
  return {
    figure,
    measure,
    negative: verb.negative,
    lowerBound,
    label,
    labelYear: yearMatch ? Number(yearMatch[1]) : undefined,
    labelQuantity,
    previousYear: PREVIOUS_YEAR_WORDS.some((w) => containsWords(label, w)),
    base,
    start: verbStart,
    end: phraseEnd,
    sentence,
  };
}

function endsWithWords(folded: string, words: string): boolean {
  return folded.endsWith(words) && lastIndexOfWords(folded, words) === folded.length - words.length;
}

function lastBefore(figures: Figure[], offset: number): Figure | undefined {
  let found: Figure | undefined;
  for (const f of figures) if (f.end <= offset) found = f;
  return found;
}

/** The sentence's folded text with the phrases blanked, so a phrase's label is not an amount's word. */
function blankPhrases(folded: string, sentence: Span, phrases: PercentPhrase[]): string {
  let s = folded.slice(sentence.start, sentence.end);
  for (const p of phrases) {
    const a = p.start - sentence.start;
    const b = p.end - sentence.start;
    s = s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
  }
  return s;
}

/** The year an amount's clause names, else the last one its sentence named before it outside phrases. */
function yearBefore(inSentence: Figure[], phrases: PercentPhrase[], clauseStart: number, at: number, sentenceStart: number): number | undefined {
  const years = inSentence.filter(
    (f) => f.kind === "year" && f.end <= at && f.start >= sentenceStart && !phrases.some((p) => f.start >= p.start && f.end <= p.end),
  );
  const local = years.filter((f) => f.start >= clauseStart);
  const chosen = local.length > 0 ? local[local.length - 1] : years[years.length - 1];
  return chosen?.value.toNumber();
}

function skipPunctuation(text: string, from: number, limit: number): number {
  while (from < limit && /[\s,;:.)]/.test(text[from])) from++;
  return from;
}
