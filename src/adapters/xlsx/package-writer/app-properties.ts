import { childNamed, childrenNamed, scanXml, XmlEdits, XmlSpan } from "./xml-spans";
import { escapeText } from "./xml-spans";

/**
 * The application properties (docProps/app.xml) list the sheets' names in TitlesOfParts, counted by a
 * group of HeadingPairs whose label is localised ("Worksheets", "Trang tính"…). The group is found as the
 * one whose titles are exactly the workbook's sheets before the edit; its titles and count are replaced.
 * Returns undefined (leave the part as it is) when no group matches: the part is informative only.
 */
export function updateSheetTitles(xml: string, part: string, before: readonly string[], after: readonly string[]): string | undefined {
  let root: XmlSpan;
  try {
    root = scanXml(xml, part);
  } catch {
    return undefined;
  }
  const pairs = childNamed(childNamed(root, "HeadingPairs") ?? root, "vector");
  const titlesVector = childNamed(childNamed(root, "TitlesOfParts") ?? root, "vector");
  if (!pairs || !titlesVector || pairs === titlesVector) return undefined;
  const titles = titlesVector.children;
  const text = (span: XmlSpan) => unescape(xml.slice(span.openEnd, span.closeStart));
  const groups = childrenNamed(pairs, "variant");
  let offset = 0;
  for (let g = 0; g + 1 < groups.length; g += 2) {
    const countSpan = groups[g + 1].children[0];
    const count = countSpan ? Number(text(countSpan)) : NaN;
    if (!Number.isInteger(count) || count < 0) return undefined;
    const group = titles.slice(offset, offset + count);
    if (group.length === before.length && group.every((t, i) => text(t) === before[i])) {
      const edits = new XmlEdits(xml);
      const sample = group[0] ?? titles[0];
      const tag = sample?.name ?? `${titlesVector.prefix}lpstr`;
      const element = (name: string) => `<${tag}>${escapeText(name)}</${tag}>`;
      const at = group.length > 0 ? group[0].start : offset < titles.length ? titles[offset].start : titlesVector.closeStart;
      if (group.length > 0) edits.replace(group[0].start, group[group.length - 1].end, after.map(element).join(""));
      else edits.insert(at, after.map(element).join(""));
      if (countSpan) edits.replace(countSpan.openEnd, countSpan.closeStart, String(after.length));
      edits.setAttribute(titlesVector, "size", String(titles.length - before.length + after.length));
      return edits.apply();
    }
    offset += count;
  }
  return undefined;
}

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}
