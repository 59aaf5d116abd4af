import { columnLetter } from "../../src/core/workbook/snapshot";
import { FakeExcel, FakeSheet } from "./fake-excel";

const PROVINCES = [
  "Cần Thơ",
  "An Giang",
  "Bà Rịa - Vũng Tàu",
  "Bạc Liêu",
  "Bến Tre",
  "Bình Dương",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Đồng Nai",
  "Đồng Tháp",
  "Hậu Giang",
  "Kiên Giang",
  "Long An",
  "Ninh Thuận",
  "Sóc Trăng",
  "Tây Ninh",
  "Tiền Giang",
  "TP. Hồ Chí Minh",
  "Trà Vinh",
  "Vĩnh Long",
  "Lâm Đồng",
  "Đắk Lắk",
  "Đắk Nông",
];

const PROJECT_HEADER = [
  "STT",
  "Mã đề án",
  "Tên đề án",
  "Nguồn kinh phí",
  "Nội dung",
  "Số cơ sở thụ hưởng",
  "Tổng kinh phí",
  "Kinh phí khuyến công",
  "Vốn đối ứng",
  "Tình trạng",
  "Ghi chú",
];

/**
 * A province sheet of the standard's shape and of realistic size: header block, funding table
 * and `projects` project rows over 11 columns, with formulas where provinces put them.
 */
export function fillProvinceSheet(sheet: FakeSheet, province: string, projects = 40): FakeSheet {
  sheet.set("A1", "BÁO CÁO KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG");
  sheet.set("A3", "Tỉnh/Thành phố").set("B3", province);
  sheet.set("A4", "Năm báo cáo").set("B4", 2023);
  sheet.set("A5", "Kỳ báo cáo").set("B5", "Cả năm");
  sheet.set("A6", "Đơn vị tính").set("B6", "triệu đồng");
  ["Nguồn kinh phí", "Kế hoạch năm", "Thực hiện", "Tỷ lệ đạt (%)", "Thực hiện cùng kỳ năm trước", "Kế hoạch năm trước"].forEach((h, i) =>
    sheet.set(`${columnLetter(i)}8`, h),
  );
  const funding: [string, number, number][] = [
    ["KCQG", 1200, 1100],
    ["KCĐP", 2500, 2300],
  ];
  funding.forEach(([source, plan, actual], i) => {
    const r = 9 + i;
    sheet.set(`A${r}`, source).set(`B${r}`, { value: plan, format: "#,##0" }).set(`C${r}`, { value: actual, format: "#,##0" });
    sheet.set(`D${r}`, { value: actual / plan, formula: `=C${r}/B${r}`, format: "0.00%" });
    sheet.set(`E${r}`, { value: actual * 0.9, format: "#,##0" }).set(`F${r}`, { value: plan * 0.95, format: "#,##0" });
  });
  sheet
    .set("A11", "Tổng cộng")
    .set("B11", { value: 3700, formula: "=SUM(B9:B10)", format: "#,##0" })
    .set("C11", { value: 3400, formula: "=SUM(C9:C10)", format: "#,##0" });
  PROJECT_HEADER.forEach((h, i) => sheet.set(`${columnLetter(i)}13`, h));
  for (let p = 0; p < projects; p++) {
    const r = 14 + p;
    const support = 100 + ((p * 37) % 200);
    const counterpart = 150 + ((p * 53) % 300);
    sheet
      .set(`A${r}`, p + 1)
      .set(`B${r}`, `DA-${p + 1}`)
      .set(`C${r}`, `Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất ${p + 1}`)
      .set(`D${r}`, p % 3 === 0 ? "KCQG" : "KCĐP")
      .set(`E${r}`, "MMTB")
      .set(`F${r}`, 1)
      .set(`G${r}`, { value: support + counterpart, formula: `=H${r}+I${r}`, format: "#,##0.0" })
      .set(`H${r}`, { value: support, format: "#,##0.0" })
      .set(`I${r}`, { value: counterpart, format: "#,##0.0" })
      .set(`J${r}`, "Hoàn thành");
  }
  return sheet;
}

export function provinceWorkbook(count: number, projects = 40): FakeExcel {
  const fake = new FakeExcel();
  for (let i = 0; i < count; i++) {
    const base = PROVINCES[i % PROVINCES.length];
    const name = i < PROVINCES.length ? base : `${base} ${Math.floor(i / PROVINCES.length) + 1}`;
    fillProvinceSheet(fake.addSheet(name), name, projects);
  }
  return fake;
}
