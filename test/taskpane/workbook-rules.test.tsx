import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { workbookRulePacks } from "../../src/app/workbook-rules";
import { sheetFromValues } from "../../src/core/workbook/snapshot";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";

const rulesSheet = sheetFromValues("KC_QuyDinh", [
  ["Nội dung", "Nguồn kinh phí", "Tỷ lệ tối đa (%)", "Mức tối đa", "Đơn vị", "Theo", "Căn cứ", "Hiệu lực từ"],
  ["MMTB", "KCĐP", 50, 250, "triệu đồng", "cơ sở", "Nghị quyết HĐND tỉnh Hải Dương", "01/01/2024"],
  ["Không có", "KCĐP", 30, 100, "triệu đồng", "đề án", "x", "01/01/2024"],
]);

describe("workbookRulePacks", () => {
  it("reads the KC_QuyDinh rows the validator can use", () => {
    const packs = workbookRulePacks({ sheets: [sheetFromValues("Cần Thơ", [["x"]]), rulesSheet] })!;
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ fund: "KCDP", basis: "Nghị quyết HĐND tỉnh Hải Dương", effectiveFrom: "2024-01-01" });
    expect(packs[0].ceilings[0]).toMatchObject({ activity: "MMTB", maxPercent: 50, maxAmount: 250, per: "establishment" });
  });

  it("is undefined without a KC_QuyDinh sheet", () => {
    expect(workbookRulePacks({ sheets: [sheetFromValues("Cần Thơ", [["x"]])] })).toBeUndefined();
  });

  it("shows the override's ceilings and dates in the settings, the Vietnamese way", () => {
    const packs = workbookRulePacks({ sheets: [rulesSheet] })!;
    const settings = (hostKind: "excel" | "web") =>
      renderToStaticMarkup(
        <FluentProvider theme={webLightTheme}>
          <I18nProvider lang="vi">
            <SettingsPanel
              language="office"
              hostLanguage="vi-VN"
              hostKind={hostKind}
              onLanguage={() => undefined}
              rounding="round"
              onRounding={() => undefined}
              region=""
              onRegion={() => undefined}
              onWorkbook={async () => undefined}
              hasRulesSheet
              workbookPacks={packs}
            />
          </I18nProvider>
        </FluentProvider>,
      );
    const html = settings("excel");
    expect(html).toContain("Theo Office (vi-VN)");
    expect(settings("web")).toContain("Theo trình duyệt (vi-VN)");
    expect(html).toContain("MMTB: tối đa 50% tổng kinh phí, tối đa 250 triệu đồng mỗi cơ sở");
    expect(html).toContain("hiệu lực từ 01/01/2024");
    expect(html).toContain("Thông tư 28/2018/TT-BTC");
  });
});
