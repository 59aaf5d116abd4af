import { header, text, title } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

const STAFF: readonly [string, number, string, string, string][] = [
  ["Nguyễn Văn An", 1975, "Giám đốc", "Ban Giám đốc", "0913 245 678"],
  ["Trần Thị Bình", 1982, "Phó Giám đốc", "Ban Giám đốc", "0918 112 334"],
  ["Lê Minh Cường", 1988, "Trưởng phòng", "Phòng Khuyến công", "0907 556 789"],
  ["Phạm Thị Hạnh", 1990, "Chuyên viên", "Phòng Khuyến công", "0935 778 990"],
  ["Huỳnh Văn Dũng", 1986, "Kế toán", "Phòng Hành chính - Tổng hợp", "0909 334 221"],
  ["Võ Thị Lan", 1993, "Chuyên viên", "Phòng Tư vấn phát triển công nghiệp", "0972 668 113"],
  ["Đặng Hữu Phúc", 1979, "Trưởng phòng", "Phòng Tư vấn phát triển công nghiệp", "0983 420 517"],
  ["Bùi Ngọc Mai", 1995, "Văn thư", "Phòng Hành chính - Tổng hợp", "0946 201 889"],
];

/**
 * A workbook an officer might send by mistake, with no report in it (issue #10, "not a report"): the
 * centre's staff list (numbers in it: years of birth, phone numbers) and a sheet of notes that names the
 * province and the year. Every sheet's status is "not-report".
 */
export function renderNotAReport(province: string, year: number): Rendered {
  const staff = new CorpusSheet("DS can bo");
  title(staff, "A1:F1", `DANH SÁCH CÁN BỘ TRUNG TÂM KHUYẾN CÔNG TỈNH ${province.toUpperCase()}`);
  text(staff, "A2:F2", `(Cập nhật đến ngày 31/12/${year})`, { italic: true, align: "center" });
  ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Phòng ban", "Số điện thoại"].forEach((h, i) => header(staff, `${"ABCDEF"[i]}4`, h));
  [6, 24, 10, 16, 34, 16].forEach((w, i) => staff.width("ABCDEF"[i], w));
  STAFF.forEach(([name, born, role, unit, phone], i) => {
    const r = 5 + i;
    staff.set(`A${r}`, i + 1);
    staff.set(`B${r}`, name);
    staff.set(`C${r}`, born);
    staff.set(`D${r}`, role);
    staff.set(`E${r}`, unit);
    staff.set(`F${r}`, phone);
  });
  staff.set(`B${6 + STAFF.length}`, "Tổng số", { style: { bold: true } });
  staff.set(`C${6 + STAFF.length}`, `${STAFF.length} người`);
  staff.boxes.push(`A4:F${4 + STAFF.length}`);

  const notes = new CorpusSheet("Ghi chu");
  const lines = [
    `Ghi chú khi lập báo cáo khuyến công năm ${year}`,
    "- Số liệu kinh phí lấy theo quyết định phê duyệt và báo cáo giải ngân của Kho bạc.",
    "- Đơn vị tính thống nhất: triệu đồng.",
    "- Báo cáo gửi về Sở Công Thương trước ngày 15 hằng tháng.",
    `- Liên hệ: Phòng Khuyến công, Trung tâm Khuyến công tỉnh ${province}.`,
  ];
  lines.forEach((line, i) => notes.set(`A${i + 1}`, line, { style: i === 0 ? { bold: true } : {} }));
  notes.width("A", 90);
  return finish("not-a-report", "Not a report (issue #10): a staff list and a notes sheet", `DS can bo va ghi chu ${year}.xlsx`, [
    { sheet: staff, key: { status: "not-report", tables: [] } },
    { sheet: notes, key: { status: "not-report", tables: [] } },
  ]);
}
