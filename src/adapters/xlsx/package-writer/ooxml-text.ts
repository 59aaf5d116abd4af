import { escapeText } from "./xml-spans";

/**
 * A text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): what XML 1.0 cannot hold
 * (most C0 controls, U+FFFE, U+FFFF, lone surrogates) is written `_xHHHH_`, a carriage return too (an XML
 * parser would turn it into a line feed), and an underscore that would start an escape where the text
 * is read (`_x0042_`, or `_xABCD` followed by an escaped control) is written `_x005F_`, so that a literal
 * `_x0042_` reads back as itself. Excel, LibreOffice and KC's reader (package/escapes.ts) decode it to the
 * same text.
 */
export function ooxmlEscape(text: string): string {
  if (!text.includes("_x") && !HAS_NOT_IN_XML.test(text)) return text;
  const escaped = text.replace(NOT_IN_XML_ALL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  // Which underscores of `escaped` are the text's own (an escape just made starts with one too).
  const own: boolean[] = [];
  for (let i = 0, j = 0; i < text.length; i++) {
    const made = NOT_IN_XML.test(text[i]) || (isSurrogate(text, i) && !pairedSurrogate(text, i));
    if (made) {
      for (let k = 0; k < 7; k++) own[j + k] = false;
      j += 7;
    } else own[j++] = text[i] === "_";
  }
  let out = "";
  for (let j = 0; j < escaped.length; j++) {
    out += escaped[j];
    if (own[j] && ESCAPE_AHEAD.test(escaped.slice(j + 1, j + 7))) out += "x005F_";
  }
  return out;
}

const CONTROL = "\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF";
/** Characters XML 1.0 cannot hold, and CR: C0 controls but tab and line feed, U+FFFE and U+FFFF, surrogates not in a pair. */
const NOT_IN_XML_ALL = new RegExp(`[${CONTROL}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`, "g");
const HAS_NOT_IN_XML = new RegExp(NOT_IN_XML_ALL.source);
const NOT_IN_XML = new RegExp(`[${CONTROL}]`);
const ESCAPE_AHEAD = /^x[0-9A-Fa-f]{4}_/;

const isSurrogate = (text: string, i: number) => text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdfff;

/** Is the surrogate at `i` half of a pair? */
function pairedSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 0xdbff) return i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

/** Element content for a cell text or a formula's text result. */
export function ooxmlTextContent(text: string): string {
  return escapeText(ooxmlEscape(text));
}

/**
 * Element content for a formula: as written, except what XML cannot hold (never met in the formulas KC
 * plans). Readers do not decode escapes in formulas (KC's does not), so `_x0041_` in a formula's text
 * stays as it is.
 */
export function formulaContent(formula: string): string {
  return escapeText(formula.replace(NOT_IN_XML_ALL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}

/** `<t>` with xml:space="preserve" when the text's spaces at either end, or its line breaks, must survive. */
export function textElement(text: string, prefix = ""): string {
  const preserve = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${ooxmlTextContent(text)}</${prefix}t>`;
}
