import { PHRASES } from "../narrative/phrases";
import { Segment, UNDETERMINED_PHRASE } from "../narrative/segments";
import { unitName } from "../numbers/units";

/**
 * Writes a paragraph's segments as ONE Excel formula, so TH_BaoCao's text follows the figures.
 * `figures` maps each figure name to a formula expression giving its number (a cell reference).
 *
 * Numbers are written the Vietnamese way whatever Excel's locale. TEXT and FIXED follow the locale,
 * so the digits are built arithmetically: the value is rounded, scaled to an integer, and only
 * integers are turned into text with "&" (locale-independent for integers); thousands dots and the
 * decimal comma are literal strings. No LET, for older Excel and LibreOffice.
 */
export function segmentsFormula(segments: readonly Segment[], figures: Readonly<Record<string, string>>): string {
  const figure = (key: string) => {
    const f = figures[key];
    if (f === undefined) throw new RangeError(`No formula for figure ${key}`);
    return f;
  };
  const parts = segments.map((s): string => {
    switch (s.kind) {
      case "text":
        return stringLiteral(s.text.normalize("NFC"));
      case "amount":
        return `${viNumberFormula(figure(s.figure), s.decimals)}&${stringLiteral(" " + unitName(s.unit).vi)}`;
      case "count":
        return `ROUND(${figure(s.figure)},0)&""`;
      case "phrase":
        return phraseFormula(s, figure(s.numerator), figure(s.denominator));
    }
  });
  return parts.filter((p) => p !== '""').join("&") || '""';
}

function phraseFormula(s: Extract<Segment, { kind: "phrase" }>, numerator: string, denominator: string): string {
  const def = PHRASES[s.measure];
  const ratio = `(${numerator})/(${denominator})`;
  const points = s.measure === "growth" ? `(${ratio}-1)*100` : `${ratio}*100`;
  const verb =
    def.verbUp === def.verbDown
      ? stringLiteral(def.verbUp + " ")
      : `IF(ROUND(${points},${s.decimals})<0,${stringLiteral(def.verbDown + " ")},${stringLiteral(def.verbUp + " ")})`;
  const label = (s.label ?? def.defaultLabel).trim();
  const tail = [def.connector, label].filter((w) => w !== "").join(" ");
  const body = `${verb}&${viNumberFormula(points, s.decimals, def.absolute)}&${stringLiteral("%" + (tail ? " " + tail : ""))}`;
  return `IF((${denominator})=0,${stringLiteral(UNDETERMINED_PHRASE)},${body})`;
}

/**
 * The Vietnamese text of a number, as a formula: 4792.98 → "4.792,98". Rounds half away from zero
 * (Excel's ROUND, as formatNumber does). The integer part is written into 1ddd.ddd.ddd.ddd by
 * inserting dots into the digits of 10^12 + n, then cut to its own length: valid below 10^12.
 */
export function viNumberFormula(expression: string, decimals: number, absolute = false): string {
  const rounded = `ROUND(${expression},${decimals})`;
  const scale = 10 ** decimals;
  const scaled = decimals > 0 ? `ROUND(ABS(${rounded})*${scale},0)` : `ABS(${rounded})`;
  const integer = decimals > 0 ? `INT(${scaled}/${scale})` : scaled;
  const digits = `LEN(${integer}&"")`;
  const grouped = `RIGHT(REPLACE(REPLACE(REPLACE((${integer}+1000000000000)&"",11,0,"."),8,0,"."),5,0,"."),${digits}+INT((${digits}-1)/3))`;
  const fraction = decimals > 0 ? `&","&RIGHT(MOD(${scaled},${scale})+${scale},${decimals})` : "";
  const sign = absolute ? "" : `IF(${rounded}<0,"-","")&`;
  return `${sign}${grouped}${fraction}`;
}

/** A string constant; Excel caps one at 255 characters, so longer text is cut into joined pieces. */
export function stringLiteral(text: string): string {
  if (text === "") return '""';
  const pieces: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 200)
    pieces.push(
      `"${chars
        .slice(i, i + 200)
        .join("")
        .replace(/"/g, '""')}"`,
    );
  return pieces.join("&");
}
