import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { addCorrection, readingBook, ReadingBook } from "../../src/app/reading-view";
import type { Lang } from "../../src/core/message";
import { sheetFromValues } from "../../src/core/workbook/snapshot";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import { ReadingPanel } from "../../src/taskpane/components/ReadingPanel";
import type { KcSession } from "../../src/taskpane/useKcSession";
import { kienGiangRows } from "./kien-giang";

const kienGiang = (header?: string) => sheetFromValues("Kien Giang", kienGiangRows(header));

function render(readings: ReadingBook | undefined, options: { lang?: Lang; host?: "excel" | "web" } = {}): string {
  const session = {
    readings,
    readSheets: async () => undefined,
    showRange: async () => undefined,
    writeCorrections: async () => undefined,
  } as unknown as KcSession;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={options.lang ?? "vi"}>
        <ReadingPanel session={session} hostKind={options.host ?? "excel"} onCheck={() => undefined} />
      </I18nProvider>
    </FluentProvider>,
  );
}

/** The text a reader sees: no styles, no tags, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the reading view", () => {
  it("before reading: what it shows, and the button that reads", () => {
    const html = render(undefined);
    expect(html).toContain("Xem KC đọc một sheet thế nào");
    expect(html).toContain('data-testid="reading-run"');
  });

  it("shows the sheet read in part first: why, the title block's facts with evidence, the table with each column's role, the unknown column unfolded", () => {
    const html = render(readingBook({ sheets: [sheetFromValues("Ghi chu", [["Danh sách"]]), kienGiang()] }));
    const said = text(html);
    expect(html).toMatch(/<option value="Kien Giang" selected="">Kien Giang — đọc được một phần<\/option>/);
    expect(html).toContain('data-status="partial"');
    expect(said).toContain('không hiểu cột E "Phần doanh nghiệp góp"');
    expect(said).toContain('Tỉnh: Kiên Giang Sửa Lấy từ: tiêu đề A1 "UBND TỈNH KIÊN GIANG"');
    expect(said).toContain("Kỳ báo cáo: cả năm (có lẽ)");
    expect(said).toContain("Bảng 1: danh sách đề án");
    expect(said).toContain("Chọn bảng A4:F8 trong Excel");
    expect(html).toMatch(/<details[^>]*open=""[^>]*data-testid="reading-columns"/);
    expect(said).toContain("Các cột (6, 1 chưa hiểu)");
    expect(said).toContain("E «Phần doanh nghiệp góp» Sửa → chưa hiểu: không đọc (giả định)");
    expect(said).toContain("Dòng 8 dòng tổng «Tổng cộng» = cộng dòng 5–7");
    expect(said).toContain("Chưa có cách sửa nào cho sheet này.");
    expect(text(render(readingBook({ sheets: [kienGiang()] }), { host: "web" }))).toContain("Xem bảng A4:F8");
  });

  it("lists the corrections kept: one in use marked corrected, one that no longer fits with why, each removable", () => {
    const snapshot = { sheets: [kienGiang()] };
    const write = addCorrection(readingBook(snapshot), "Kien Giang", "column", "E4", "Vốn đối ứng", "vi");
    if (!write.ok) throw new Error(write.reason.vi);
    const used = text(render(readingBook({ sheets: [kienGiang(), sheetFromValues("KC_CachDoc", write.rows)] })));
    expect(used).toContain("E «Phần doanh nghiệp góp» Sửa → vốn đối ứng Lấy từ: cán bộ sửa cách đọc KC_CachDoc!A3");
    expect(used).toContain('đang dùng Vai trò cột E4 → Vốn đối ứng (ô đang ghi "Phần doanh nghiệp góp") Bỏ');
    const stale = render(readingBook({ sheets: [kienGiang("Vốn khác"), sheetFromValues("KC_CachDoc", write.rows)] }), { lang: "en" });
    expect(text(stale)).toContain('no longer fits Column role E4 → Vốn đối ứng (the cell reads "Phần doanh nghiệp góp") Remove');
    expect(text(stale)).toContain('column E4 now reads "Vốn khác"; it read "Phần doanh nghiệp góp" when corrected.');
    expect(stale).toContain('aria-label="Remove the correction at row 3 of KC_CachDoc"');
  });
});
