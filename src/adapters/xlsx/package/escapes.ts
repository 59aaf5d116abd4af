const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decodes the `_xHHHH_` escapes of SpreadsheetML text (ECMA-376 §22.9.2.19 ST_Xstring) as Excel does:
 * each becomes the UTF-16 unit HHHH, read left to right, so `_x005F_x0042_` is the literal text
 * "_x0042_" (the first escape is "_", the rest is plain text). A string without "_x" is returned as is.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
