import { Bilingual, bilingual } from "../message";
import { MAX_SHEET_NAME } from "./sheet-names";

/** Why Excel would not accept `name` as a sheet name, or undefined when it would. */
export function sheetNameProblem(name: string): Bilingual | undefined {
  if (name.length === 0) return bilingual("tên trống", "the name is empty");
  if (name.length > MAX_SHEET_NAME)
    return bilingual(
      `tên dài ${name.length} ký tự, Excel cho tối đa ${MAX_SHEET_NAME}`,
      `the name is ${name.length} characters long, Excel allows ${MAX_SHEET_NAME}`,
    );
  const forbidden = /[[\]:*?/\\]/.exec(name);
  if (forbidden) return bilingual(`tên có ký tự ${forbidden[0]} mà Excel không cho phép`, `the name holds ${forbidden[0]}, which Excel does not allow`);
  if (name.startsWith("'") || name.endsWith("'"))
    return bilingual("tên bắt đầu hoặc kết thúc bằng dấu ' mà Excel không cho phép", "the name starts or ends with ', which Excel does not allow");
  return undefined;
}
