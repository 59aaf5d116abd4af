import { escapeText } from "./xml-spans";

/**
 * A text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): what XML 1.0 cannot hold
 * (most C0 controls, U+FFFE, U+FFFF, lone surrogates) is written `_xHHHH_`, a carriage return too (an XML
 * parser would turn it into a line feed), and a literal `_xHHHH_` in the text is written `_x005F_xHHHH_`
 * so that it does not read back as an escape. Excel, LibreOffice and KC's reader decode it to the same text.
 */
export function ooxmlEscape(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(NOT_IN_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/**
 * Characters XML 1.0 cannot hold, and CR: C0 controls but tab and line feed, U+FFFE and U+FFFF, and
 * surrogates that are not part of a pair.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content for a cell text, a formula or a formula's text result. */
export function ooxmlTextContent(text: string): string {
  return escapeText(ooxmlEscape(text));
}

/** `<t>` with xml:space="preserve" when the text's spaces at either end, or its line breaks, must survive. */
export function textElement(text: string, prefix = ""): string {
  const preserve = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${ooxmlTextContent(text)}</${prefix}t>`;
}
