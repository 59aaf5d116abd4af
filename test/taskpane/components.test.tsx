import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { groupBySheet } from "../../src/app/findings-view";
import type { WorkbookPort } from "../../src/app/port";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import type { Lang } from "../../src/core/message";
import type { Finding } from "../../src/core/validation/finding";
import { KcApp } from "../../src/taskpane/components/App";
import { CompletionChart } from "../../src/taskpane/components/CompletionChart";
import { FindingsList } from "../../src/taskpane/components/FindingsList";
import { memoryPort, memoryStore } from "./memory-port";
import { RULE_CATALOG } from "../../src/core/validation/catalog";

function render(node: ReactNode, lang: Lang = "vi"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>{node}</I18nProvider>
    </FluentProvider>,
  );
}

const hostile: Finding = {
  rule: "type/text-number",
  severity: "warning",
  sheet: "Cà Mau",
  cell: "H20",
  related: [],
  message: { vi: 'Ô chứa "<img src=x onerror=alert(1)>"', en: 'Cell holds "<img src=x onerror=alert(1)>"' },
  expected: [1655.5, 1656.5],
  found: "1.656",
  basis: "Thông tư 28/2018/TT-BTC, Điều 8",
};

describe("FindingsList", () => {
  it("shows cell text as text, never as markup", () => {
    const html = render(<FindingsList groups={groupBySheet([hostile])} onGoTo={() => undefined} />);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("names each finding's rule by its title in the user's language, the id beside it", () => {
    const vi = render(<FindingsList groups={groupBySheet([hostile])} onGoTo={() => undefined} />, "vi");
    expect(vi).toContain(RULE_CATALOG["type/text-number"].title.vi);
    expect(vi).toContain(">type/text-number<");
    expect(render(<FindingsList groups={groupBySheet([hostile])} onGoTo={() => undefined} />, "en")).toContain(RULE_CATALOG["type/text-number"].title.en);
  });

  it("folds a rule repeated in a sheet into one line that says how many cells, closed at first", () => {
    const cells = ["H20", "H21", "H22", "H23"].map((cell) => ({ ...hostile, cell }));
    const html = render(<FindingsList groups={groupBySheet(cells)} onGoTo={() => undefined} />);
    expect(html).toContain(`${RULE_CATALOG["type/text-number"].title.vi} · 4 ô`);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain("H20, H21, H22, H23");
    expect(html).not.toContain('data-testid="finding"');
  });

  it("shows each finding as a button with its severity, cell, expected vs found and legal basis", () => {
    const vi = render(<FindingsList groups={groupBySheet([hostile])} onGoTo={() => undefined} />, "vi");
    expect(vi).toMatch(/<button[^>]*type="button"[^>]*data-severity="warning"/);
    expect(vi).toContain("Cảnh báo");
    expect(vi).toContain("H20");
    expect(vi).toContain("1.655,5 – 1.656,5");
    expect(vi).toContain("Thông tư 28/2018/TT-BTC, Điều 8");
    expect(vi).toContain('title="Đến ô H20 của sheet Cà Mau"');
    const en = render(<FindingsList groups={groupBySheet([hostile])} onGoTo={() => undefined} />, "en");
    expect(en).toContain("Warning");
    expect(en).toContain("1,655.5 – 1,656.5");
    expect(en).toContain("Cell holds");
  });
});

describe("CompletionChart", () => {
  it("labels every bar with the province and its completion for screen readers", () => {
    const html = render(
      <CompletionChart
        rows={[
          { sheet: "Cần Thơ", province: "Cần Thơ", plan: 3.7, actual: 3.4, completion: 3.4 / 3.7 },
          { sheet: "X", province: "Bạc Liêu", plan: 0, actual: 0 },
        ]}
      />,
    );
    expect(html).toContain('aria-label="Cần Thơ: đạt 91,9% kế hoạch"');
    expect(html).toContain('aria-label="Bạc Liêu: chưa tính được tỷ lệ (kế hoạch bằng 0 hoặc thiếu)"');
    // 100% of plan sits at 80% of the track, so over-achievers stay visible.
    expect(html).toContain(`width:${((3.4 / 3.7 / 1.25) * 100).toFixed(1)}%`);
    expect(html).toContain("inset-inline-start:80.0%");
  });
});

describe("KcApp", () => {
  const port = (displayLanguage: string, web = false): WorkbookPort => memoryPort({ displayLanguage, web });

  it("follows Office's display language", () => {
    const vi = renderToStaticMarkup(<KcApp port={port("vi-VN")} checkText={() => []} />);
    expect(vi).toContain("Văn bản");
    expect(vi).toContain("Kiểm tra sổ làm việc");
    expect(vi).toContain('role="tablist"');
    const en = renderToStaticMarkup(<KcApp port={port("en-US")} checkText={() => []} />);
    expect(en).toContain(">Text<");
    expect(en).toContain("Check the workbook");
  });

  it("starts in the language the user chose last time, whatever Office's", () => {
    const store = memoryStore({ "kc.user.v1": JSON.stringify({ language: "en", rounding: "round", region: "" }) });
    const html = renderToStaticMarkup(<KcApp port={memoryPort({ displayLanguage: "vi-VN", store })} checkText={() => []} />);
    expect(html).toContain("Check the workbook");
    expect(html).not.toContain("Kiểm tra sổ làm việc");
  });

  it("meets a first-time user with what KC checks, the report's shape, where the data stays, the version and help", () => {
    const html = renderToStaticMarkup(<KcApp port={port("vi-VN")} checkText={() => []} />);
    expect(html).toContain("KC kiểm tra gì?");
    expect(html).toContain("Báo cáo tỉnh cần có dạng nào?");
    expect(html).toContain("Tạo sheet tỉnh theo biểu mẫu");
    expect(html).toContain('href="help.html#layouts"');
    expect(html).toContain("không gửi số liệu đi đâu");
    expect(html).toContain("KC phiên bản dev");
    expect(html).toMatch(/<h1[^>]*>KC – Khuyến công<\/h1>/);
    expect(html.match(/role="tab"/g)).toHaveLength(4);
    expect(html).toContain('aria-selected="true"');
  });

  it("offers a file picker only on the web page", () => {
    expect(renderToStaticMarkup(<KcApp port={port("vi-VN", true)} checkText={() => []} />)).toContain('type="file"');
    expect(renderToStaticMarkup(<KcApp port={port("vi-VN")} checkText={() => []} />)).not.toContain('type="file"');
  });
});
