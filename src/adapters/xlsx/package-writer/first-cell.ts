import { SaxesParser, SaxesTagPlain } from "saxes";

const localOf = (name: string) => name.slice(name.indexOf(":") + 1);
const CHUNK = 65536;

/** The first cell of a worksheet part as stored: its type, value text and inline text, if A1 holds anything. */
interface StoredA1 {
  type?: string;
  v?: string;
  inline?: string;
}

/**
 * Reads cell A1 of a worksheet part, stopping as soon as it is read or passed: KC's marker lives there, and
 * deciding whether a sheet is KC's must not cost a read of a user's large sheet.
 */
export function storedA1(xml: string): StoredA1 | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let found: StoredA1 | undefined;
  let done = false;
  let inA1 = false;
  let capture: "v" | "t" | undefined;
  let inPhonetic = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const local = localOf(tag.name);
    if (local === "row" && Number(tag.attributes.r ?? 1) > 1) done = true;
    else if (local === "c" && !done) {
      const ref = (tag.attributes.r ?? "A1").toUpperCase();
      if (ref === "A1") {
        inA1 = true;
        found = { type: tag.attributes.t };
      } else done = true;
    } else if (inA1 && local === "v") {
      found!.v = "";
      capture = "v";
    } else if (inA1 && local === "t" && !inPhonetic) {
      found!.inline ??= "";
      capture = "t";
    } else if (local === "rPh") inPhonetic = true;
  });
  parser.on("text", (text: string) => {
    if (capture === "v") found!.v += text;
    else if (capture === "t") found!.inline += text;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const local = localOf(tag.name);
    if (local === "v" || local === "t") capture = undefined;
    else if (local === "rPh") inPhonetic = false;
    else if (local === "c" && inA1) {
      inA1 = false;
      done = true;
    } else if (local === "sheetData") done = true;
  });
  let failed = false;
  parser.on("error", () => void (failed = true));
  for (let at = 0; at < xml.length && !done && !failed; at += CHUNK) parser.write(xml.slice(at, at + CHUNK));
  return failed && !done ? undefined : found;
}

/** The text of shared string `index` of a shared strings part (its runs joined, phonetic runs left out). */
export function sharedStringAt(xml: string, index: number): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let current = -1;
  let text: string | undefined;
  let inPhonetic = false;
  let capture = false;
  let done = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const local = localOf(tag.name);
    if (local === "si") {
      current++;
      if (current === index) text = "";
      else if (current > index) done = true;
    } else if (local === "rPh") inPhonetic = true;
    else if (local === "t" && current === index && !inPhonetic) capture = true;
  });
  parser.on("text", (t: string) => {
    if (capture) text += t;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const local = localOf(tag.name);
    if (local === "t") capture = false;
    else if (local === "rPh") inPhonetic = false;
    else if (local === "si" && current === index) done = true;
  });
  let failed = false;
  parser.on("error", () => void (failed = true));
  for (let at = 0; at < xml.length && !done && !failed; at += CHUNK) parser.write(xml.slice(at, at + CHUNK));
  return text;
}
