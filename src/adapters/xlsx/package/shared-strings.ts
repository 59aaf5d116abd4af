import { ReadBudget } from "./budget";
import { decodeEscapes } from "./escapes";
import { count, refuse } from "./refusal";
import { NS, readXmlPart } from "./xml";
import { ZipArchive, ZipEntry } from "./zip";

/**
 * Reads the shared strings table: each entry's text is its runs' texts together (rich text loses its
 * fonts, phonetic guides are not text), `_xHHHH_` escapes decoded.
 */
export function readSharedStrings(zip: ZipArchive, entry: ZipEntry, budget: ReadBudget): string[] {
  const strings: string[] = [];
  const { limits } = budget;
  let text: string | undefined;
  let capturing = false;
  let phonetic = 0;
  readXmlPart(
    zip,
    entry,
    { namespaces: NS.spreadsheet, root: "sst", what: { vi: "bảng chuỗi dùng chung", en: "a shared strings part" } },
    {
      open(name) {
        if (name === "si") text = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t" && text !== undefined && phonetic === 0) capturing = true;
      },
      text(t) {
        if (!capturing) return;
        budget.text(t.length);
        text += t;
      },
      close(name) {
        if (name === "t") capturing = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si" && text !== undefined) {
          if (strings.length >= limits.sharedStrings) {
            throw refuse(
              "too-large",
              zip.file,
              `bảng chuỗi dùng chung có hơn ${count(limits.sharedStrings, "vi")} chuỗi, quá giới hạn KC đọc.`,
              `the shared strings table has more than ${count(limits.sharedStrings, "en")} entries, over KC's limit.`,
            );
          }
          strings.push(decodeEscapes(text));
          text = undefined;
        }
      },
    },
    limits,
  );
  return strings;
}
