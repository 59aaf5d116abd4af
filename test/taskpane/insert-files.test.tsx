import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { bilingual, Lang } from "../../src/core/message";
import type { FileInsertion } from "../../src/app/report-files";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import { InsertFilesSection } from "../../src/taskpane/components/InsertFilesSection";
import type { KcSession } from "../../src/taskpane/useKcSession";

function render(options: { insertsSheets?: boolean; done?: FileInsertion[]; busy?: boolean; lang?: Lang } = {}): string {
  const session = {
    busy: options.busy ? "insert" : undefined,
    insertedFiles: options.done,
    insertReportFiles: async () => undefined,
  } as unknown as KcSession;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={options.lang ?? "vi"}>
        <InsertFilesSection session={session} insertsSheets={options.insertsSheets ?? true} />
      </I18nProvider>
    </FluentProvider>,
  );
}

const DONE: FileInsertion[] = [
  {
    file: "ba-ria.xlsx",
    inserted: [{ source: "Bà Rịa - Vũng Tàu", name: "Bà Rịa - Vũng Tàu (2)" }],
    left: [{ sheet: "Ghi chú", reason: bilingual("không phải báo cáo tỉnh.", "not a province report.") }],
    notices: [bilingual("ba-ria.xlsx: 2 công thức tham chiếu sheet khác.", "ba-ria.xlsx: 2 formulas refer to other sheets.")],
  },
  { file: "ca-mau.xlsx", inserted: [{ source: "Cà Mau", name: "Cà Mau" }], left: [], notices: [] },
  { file: "hong.xlsx", inserted: [], left: [], notices: [], unusable: bilingual("hong.xlsx: tệp hỏng.", "hong.xlsx: the file is damaged.") },
];

describe("Thêm báo cáo tỉnh từ tệp… in the pane", () => {
  it("offers the button and a file input taking several workbooks, out of the tab order but named", () => {
    const html = render();
    expect(html).toMatch(/<button[^>]*data-testid="insert-files"[^>]*>Thêm báo cáo tỉnh từ tệp…</);
    const input = /<input[^>]*data-testid="insert-input"[^>]*>/.exec(html)![0];
    expect(input).toContain("multiple");
    expect(input).toContain('tabindex="-1"');
    expect(input).toContain('aria-label="Chọn tệp báo cáo tỉnh"');
    expect(input).toContain('accept=".xlsx,.xlsm');
    const busy = /<button[^>]*data-testid="insert-files"[^>]*>([^<]*)</.exec(render({ busy: true }))!;
    expect([busy[0].includes('disabled=""'), busy[1]]).toEqual([true, "Đang chèn…"]);
  });

  it("says what to do by hand where Excel cannot insert sheets from a file, with no button", () => {
    const html = render({ insertsSheets: false });
    expect(html).toContain("Di chuyển hoặc Sao chép… (Move or Copy…)");
    expect(html).not.toContain('data-testid="insert-files"');
    expect(render({ insertsSheets: false, lang: "en" })).toContain("right-click the sheet tab › Move or Copy…");
  });

  it("says file by file what went in under which name, what did not and why, and what to do next", () => {
    const html = render({ done: DONE });
    expect(html).toContain("2 sheet đã chèn từ 3 tệp; 1 tệp không dùng được. Bấm Kiểm tra để kiểm tra các sheet mới");
    expect(html).toContain("Đã chèn sheet «Bà Rịa - Vũng Tàu» với tên «Bà Rịa - Vũng Tàu (2)» (tên cũ đã có trong sổ).");
    expect(html).toContain("Không chèn «Ghi chú»: không phải báo cáo tỉnh.");
    expect(html).toContain("ba-ria.xlsx: 2 công thức tham chiếu sheet khác.");
    expect(html).toContain("Đã chèn sheet «Cà Mau».");
    expect(html).toContain("hong.xlsx: tệp hỏng.");
    expect(html.match(/data-testid="inserted-file"/g)).toHaveLength(3);
    expect(render({ done: DONE, lang: "en" })).toContain("Inserted sheet “Bà Rịa - Vũng Tàu” as “Bà Rịa - Vũng Tàu (2)”");
  });
});
