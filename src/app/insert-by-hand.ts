import { Bilingual, bilingual } from "../core/message";

/** What to do where Excel cannot insert sheets from a file (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13). */
export const CANNOT_INSERT_SHEETS: Bilingual = bilingual(
  "Excel này chưa chèn được sheet từ tệp khác (cần Microsoft 365, Excel 2021 trở lên hoặc Excel trên web; Excel trên iPad chưa có). " +
    "Cách làm tay: mở tệp của tỉnh, nhấp chuột phải vào tên sheet › Di chuyển hoặc Sao chép… (Move or Copy…), chọn sổ làm việc này, " +
    "đánh dấu «Tạo bản sao» (Create a copy) rồi bấm OK; sau đó bấm Kiểm tra.",
  "This Excel cannot insert sheets from another file (it needs Microsoft 365, Excel 2021 or later, or Excel on the web; not Excel on iPad). " +
    "By hand: open the province's file, right-click the sheet tab › Move or Copy…, choose this workbook under To book, tick Create a copy, " +
    "then OK; then run Check.",
);
