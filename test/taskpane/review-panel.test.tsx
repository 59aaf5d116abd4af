import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { reviewOpenWorkbook, ReviewView } from "../../src/app/review";
import type { Lang } from "../../src/core/message";
import { RULE_CATALOG } from "../../src/core/validation/catalog";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import type { KcSession } from "../../src/taskpane/useKcSession";
import { sheet } from "../review/sheets";

const workbook: WorkbookSnapshot = {
  sheets: [
    sheet("Tổng hợp", [
      // Headers no report uses: the review works from the grid alone (test/review/app-review.test.ts has a report's).
      ["Mục", "Cột 1", "Cột 2", "Cột 3"],
      ["A", 100, 80, "=C2/B2"],
      ["B", 200, 150, "=C3/B3"],
      ["C", 300, 240, "=C4/B3"],
      ["D", 400, 300, "=C5/B5"],
      ["Cộng", "=SUM(B2:B5)", "=SUM(C2:C5)", "=C6/B6"],
    ]),
  ],
};

const review = (snapshot: WorkbookSnapshot) => reviewOpenWorkbook({ readSnapshot: async () => snapshot });

function render(review: ReviewView | undefined, options: { lang?: Lang; host?: "excel" | "web"; busy?: boolean } = {}): string {
  const session = {
    review,
    busy: options.busy ? "review" : undefined,
    reviewFormulas: async () => undefined,
    showSuspect: async () => undefined,
  } as unknown as KcSession;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={options.lang ?? "vi"}>
        <ReviewPanel session={session} hostKind={options.host ?? "excel"} />
      </I18nProvider>
    </FluentProvider>,
  );
}

/** The opening tag of the button with this test id, and its label. */
function button(html: string, testId: string): { tag: string; label: string } {
  const m = new RegExp(`(<button[^>]*data-testid="${testId}"[^>]*>)([^<]*)<`).exec(html);
  if (!m) throw new Error(`no button ${testId}`);
  return { tag: m[1], label: m[2] };
}

describe("the review view", () => {
  it("before a review: what it looks for and the button that runs it", () => {
    const html = render(undefined);
    expect(html).toContain("công thức khác các ô cùng vùng");
    expect(button(html, "review-run")).toEqual({ tag: expect.not.stringContaining("disabled"), label: "Rà soát công thức" });
    expect(html).not.toContain('data-testid="review-suspect"');
    expect(button(render(undefined, { busy: true }), "review-run")).toEqual({ tag: expect.stringContaining("disabled"), label: "Đang rà soát…" });
  });

  it("shows the first suspect: its rule by title, sheet and cell, the formula it holds and the one proposed, its region in words and in the grid", async () => {
    const html = render(await review(workbook));
    expect(html).toContain("1 ô đáng ngờ · 7 công thức · 1 sheet");
    expect(html).toContain(`>${RULE_CATALOG["formula/inconsistent"].title.vi}<`);
    expect(html).toContain("Sheet Tổng hợp, ô D4");
    expect(html).toMatch(/data-testid="review-found"[^>]*>=C4\/B3</);
    expect(html).toMatch(/data-testid="review-proposed"[^>]*>=C4\/B4</);
    expect(html).toMatch(/data-testid="review-region"[^>]*>D2:D3, D5:D6</);
    expect(html).toContain('aria-label="Các ô quanh D4, vùng so sánh được đánh dấu"');
    expect(html.match(/data-region="true"/g)).toHaveLength(4);
    expect(html).toMatch(/aria-current="location"[^>]*>1,2</);
    expect(html).toContain("1 / 1");
    // One suspect: nothing to step to.
    expect(button(html, "review-previous").tag).toContain("disabled");
    expect(button(html, "review-next").tag).toContain("disabled");
    expect(button(html, "review-run").label).toBe("Rà soát lại");
  });

  it("offers to select in Excel and to show the cell on the web page", async () => {
    const view = await review(workbook);
    expect(render(view)).toContain("Chọn D4 và vùng trong sheet");
    expect(render(view, { host: "web" })).toContain("Xem ô D4");
    expect(render(view, { host: "web", lang: "en" })).toContain("Show cell D4");
  });

  it("lists the notes apart from the walk, folded under their count: a total typed with its items' sum is no suspect", async () => {
    const typedTotal = sheet("Chi tiết", [
      ["Mục", "Cột 1", "Cột 2"],
      ["A", 100, 80],
      ["B", 200, 150],
      ["Cộng", "=SUM(B2:B3)", 230],
    ]);
    const withNote = await review({ sheets: [...workbook.sheets, typedTotal] });
    const html = render(withNote);
    expect(html).toContain("1 ô đáng ngờ · 8 công thức · 2 sheet");
    expect(html).toMatch(/data-testid="review-suspect"[^>]*data-cell="Tổng hợp!D4"/);
    expect(button(html, "review-notes-toggle").tag).toContain('aria-expanded="false"');
    expect(html).toMatch(/data-testid="review-notes-toggle"[^>]*data-count="1"[^>]*><span[^>]*>Ghi chú \(1\)</);
    // Folded: the notes themselves are not in the page until opened.
    expect(html).not.toContain('data-testid="review-note"');
    expect(render(withNote, { lang: "en" })).toContain("Notes (1)");

    // No suspect, a note: the review says so and still lists the note.
    const onlyNote = render(await review({ sheets: [typedTotal] }));
    expect(onlyNote).toContain("Không thấy công thức nào đáng ngờ trong 1 công thức của 1 sheet đã đọc.");
    expect(onlyNote).not.toContain('data-testid="review-suspect"');
    expect(onlyNote).toContain("Ghi chú (1)");
    expect(render(await review(workbook))).not.toContain("review-notes");
  });

  it("says how many formulas it read when none is suspect, and that there was none to read", async () => {
    const clean = sheet("Sạch", [
      [1, 2, "=A1+B1"],
      [3, 4, "=A2+B2"],
      [5, 6, "=A3+B3"],
    ]);
    expect(render(await review({ sheets: [clean] }))).toContain("Không thấy công thức nào đáng ngờ trong 3 công thức của 1 sheet đã đọc.");
    expect(render(await review({ sheets: [sheet("Số", [[1, 2]])] }))).toContain("Sổ không có công thức nào để rà soát (1 sheet đã đọc).");
  });
});
