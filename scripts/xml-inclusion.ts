import { SaxesParser, SaxesTagPlain } from "saxes";

/**
 * Every element of an XML part as one line — its path of names, its attributes (sorted) and its text —
 * so that "nothing of the original part was lost" reads as: each line of the original is still a line of
 * the edited part. `ignore` drops attributes whose value is expected to change (counts, sizes).
 */
export function elementLines(xml: string, ignore: (element: string, attribute: string) => boolean = () => false): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const lines: string[] = [];
  const stack: { path: string; attrs: string; text: string }[] = [];
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const path = `${stack.at(-1)?.path ?? ""}/${local(tag.name)}`;
    const attrs = Object.entries(tag.attributes as Record<string, string>)
      .filter(([k]) => !k.startsWith("xmlns") && !ignore(local(tag.name), k))
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(" ");
    stack.push({ path, attrs, text: "" });
  });
  parser.on("text", (t: string) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    const e = stack.pop()!;
    lines.push(`${e.path} [${e.attrs}] ${e.text.trim()}`);
  });
  parser.write(xml).close();
  return lines;
}

/** The lines of `original` that `edited` no longer has (a multiset difference). */
export function lostLines(original: string, edited: string, ignore?: (element: string, attribute: string) => boolean): string[] {
  const remaining = new Map<string, number>();
  for (const line of elementLines(edited, ignore)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const lost: string[] = [];
  for (const line of elementLines(original, ignore)) {
    const n = remaining.get(line) ?? 0;
    if (n > 0) remaining.set(line, n - 1);
    else lost.push(line);
  }
  return lost;
}
