import { Bilingual, bilingual } from "../core/message";
import { PortError } from "./port";

/** Any failure as a sentence the task pane can show, in both languages. */
export function describeError(error: unknown): Bilingual {
  if (error instanceof PortError) return error.userMessage;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ItemNotFound":
      return bilingual(
        `Không tìm thấy sheet hoặc ô cần dùng (có thể đã bị đổi tên hoặc xoá): ${detail}`,
        `A sheet or cell was not found (renamed or deleted?): ${detail}`,
      );
    case "InvalidOperationInCellEditMode":
      return bilingual("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.", "Excel is editing a cell: press Enter or Esc, then try again.");
    case "AccessDenied":
      return bilingual("Sổ làm việc đang được bảo vệ hoặc chỉ đọc.", "The workbook is protected or read-only.");
    default:
      return bilingual(`Đã xảy ra lỗi: ${detail}`, `Something went wrong: ${detail}`);
  }
}
