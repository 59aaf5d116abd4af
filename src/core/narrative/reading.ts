import { Figure, tokenizeFigures } from "./figures";
import { PercentPhrase, readPhrase } from "./phrase-reader";
import { Entity, FigureScope, Fund, ScopeMeasure, TextScope } from "./scope";
import { ScopeReader } from "./scope-reader";
import { Sentence, splitSentences } from "./sentences";
import { containsWords, foldText } from "./vocabulary";

export type { PercentPhrase } from "./phrase-reader";

/** A figure (amount, count or done/total count) with what the text says of it. */
export interface FigureReading {
  figure: Figure;
  scope: FigureScope;
  /** The measure the figure's own clause names, if it names one ("…; đã thực hiện 8 tỷ đồng"). */
  clauseMeasure?: ScopeMeasure;
  /** The clause names a total ("tổng", "toàn vùng"). */
  totalWord: boolean;
  /** Where the figure's clause starts: the end of the figure or phrase before it, or the sentence start. */
  clauseStart: number;
  sentence: number;
  /** The base of a phrase, read with that phrase. */
  baseOf?: PercentPhrase;
}

/** The claims of one sentence, in text order. */
export interface SentenceReading {
  amounts: FigureReading[];
  counts: FigureReading[];
  fractions: FigureReading[];
  phrases: PercentPhrase[];
}

export interface Reading {
  text: string;
  folded: string;
  sentences: Sentence[];
  figures: Figure[];
  phrases: PercentPhrase[];
  amounts: FigureReading[];
  counts: FigureReading[];
  fractions: FigureReading[];
  bySentence: SentenceReading[];
  textScope: TextScope;
  /** The fund or entity a stretch of text names outside phrases and parentheses ("…, trong khi KCQG giảm 5%"). */
  subjectBetween(from: number, to: number): { fund?: Fund; entity?: Entity };
}

const CLAIM_KINDS = new Set(["amount", "percent", "count", "fraction"]);

/** Reads a text into figures, phrases and the scope of each amount and count, in one pass. */
export function readText(text: string): Reading {
  const folded = foldText(text);
  const sentences = splitSentences(text);
  const figures = tokenizeFigures(text);
  const inSentence = figuresBySentence(sentences, figures);
  const phrases = sentences.map((sentence, index) => readSentencePhrases(text, folded, sentence, index, inSentence[index]));
  const scopes = new ScopeReader(text, folded, sentences, figures, phrases.flat());
  const bySentence = sentences.map((sentence, index) => readSentenceFigures(folded, sentence, index, inSentence[index], phrases[index], scopes));
  const amounts = bySentence.flatMap((s) => s.amounts);
  const counts = bySentence.flatMap((s) => s.counts);
  const fractions = bySentence.flatMap((s) => s.fractions);
  return {
    text,
    folded,
    sentences,
    figures,
    phrases: phrases.flat(),
    amounts,
    counts,
    fractions,
    bySentence,
    textScope: scopes.textScope([...amounts, ...counts].map((r) => r.scope)),
    subjectBetween: (from, to) => scopes.subjectBetween(from, to),
  };
}

/** Figures and sentences both run in text order: walk them together. */
function figuresBySentence(sentences: readonly Sentence[], figures: readonly Figure[]): Figure[][] {
  let next = 0;
  return sentences.map((sentence) => {
    while (next < figures.length && figures[next].start < sentence.start) next++;
    const inside: Figure[] = [];
    for (; next < figures.length && figures[next].start < sentence.end; next++) if (figures[next].end <= sentence.end) inside.push(figures[next]);
    return inside;
  });
}

function isClaimFigure(f: Figure): boolean {
  return CLAIM_KINDS.has(f.kind) && !f.inRange;
}

function readSentencePhrases(text: string, folded: string, sentence: Sentence, index: number, inSentence: Figure[]): PercentPhrase[] {
  const claimFigures = inSentence.filter(isClaimFigure);
  const phrases: PercentPhrase[] = [];
  claimFigures.forEach((figure, i) => {
    if (figure.kind !== "percent") return;
    const previous = claimFigures[i - 1];
    let j = i + 1;
    while (j < claimFigures.length && claimFigures[j].kind === "amount" && claimFigures[j].inParens) j++;
    const next = claimFigures[j];
    const phrase = readPhrase(figure, {
      text,
      folded,
      sentence,
      index,
      from: Math.max(sentence.start, previous ? previous.end : sentence.start),
      labelLimit: next ? next.start : sentence.end,
      next,
      inSentence,
    });
    if (phrase) phrases.push(phrase);
  });
  return phrases;
}

/** The amounts, counts and done/total counts of a sentence with their scope; a clause starts after the figure or phrase before it. */
function readSentenceFigures(
  folded: string,
  sentence: Sentence,
  index: number,
  inSentence: Figure[],
  phrases: PercentPhrase[],
  scopes: ScopeReader,
): SentenceReading {
  const claimFigures = inSentence.filter(isClaimFigure);
  const boundaries = [...claimFigures.map((f) => f.end), ...phrases.map((p) => p.end)].sort((a, b) => a - b);
  const out: SentenceReading = { amounts: [], counts: [], fractions: [], phrases };
  let b = 0;
  let clauseStart = sentence.start;
  for (const figure of claimFigures) {
    for (; b < boundaries.length && boundaries[b] <= figure.start; b++) clauseStart = Math.max(clauseStart, boundaries[b]);
    if (figure.kind === "percent") continue;
    const local = folded.slice(clauseStart, figure.start);
    const { scope, clauseMeasure } = scopes.scopeOf(figure, clauseStart, sentence);
    const reading: FigureReading = {
      figure,
      scope,
      clauseMeasure,
      totalWord: containsWords(local, "tổng") || containsWords(local, "toàn vùng") || containsWords(local, "toàn tỉnh"),
      clauseStart: skipPunctuation(folded, clauseStart, figure.start),
      sentence: index,
      baseOf: phrases.find((p) => p.base === figure),
    };
    if (figure.kind === "amount") out.amounts.push(reading);
    else if (figure.kind === "count") out.counts.push(reading);
    else out.fractions.push(reading);
  }
  return out;
}

function skipPunctuation(text: string, from: number, limit: number): number {
  while (from < limit && /[\s,;:.)]/.test(text[from])) from++;
  return from;
}
