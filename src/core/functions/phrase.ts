import { bilingual } from "../message";
import { phrase, phraseKind, PHRASE_KINDS } from "../narrative/phrases";
import { failure, Result } from "../result";
import { argument, CellInput, readInteger, readNumber, readRequiredText, readText } from "./arguments";
import { MEASURE_ARGUMENTS } from "./measures";

/** The report phrase for two figures: "đạt 88,41% so với kế hoạch", "tăng 10,62% so với năm 2023". */
export function phraseOfCells(kindText: CellInput, numerator: CellInput, denominator: CellInput, label: CellInput, decimals: CellInput): Result<string> {
  const written = readRequiredText(kindText, argument("loại", "kind"));
  if (!written.ok) return written;
  const kind = phraseKind(written.value);
  if (!kind) {
    return failure(
      "value",
      bilingual(
        `Tham số "loại": "${written.value}" không phải loại câu nào (đạt, tăng, bằng, chiếm hoặc ${PHRASE_KINDS.join(", ")}).`,
        `Argument "kind": "${written.value}" is no phrase kind (đạt, tăng, bằng, chiếm or ${PHRASE_KINDS.join(", ")}).`,
      ),
    );
  }
  const [numName, denName] = MEASURE_ARGUMENTS[kind];
  const num = readNumber(numerator, numName);
  if (!num.ok) return num;
  const den = readNumber(denominator, denName);
  if (!den.ok) return den;
  const d = readInteger(decimals, argument("số chữ số thập phân", "decimals"), 0, 10, 2);
  if (!d.ok) return d;
  const text = readText(label);
  return phrase(kind, num.value.value, den.value.value, text === "" ? undefined : text, d.value);
}
