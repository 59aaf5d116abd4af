import { officeWorkbookSettings, saveOfficeWorkbookSettings } from "../../src/adapters/office/workbook-settings";
import { FakeExcel } from "./fake-excel";

describe("the workbook's settings in Excel", () => {
  it("are saved in the document and read back; a new report year recalculates the workbook (KC.SUPPORTMAX)", async () => {
    const fake = new FakeExcel();
    fake.install();
    expect(officeWorkbookSettings()).toEqual({});
    await saveOfficeWorkbookSettings({ region: "khu vực phía Nam", reportYear: 2023, reportYearSource: "sheets" });
    expect(officeWorkbookSettings()).toEqual({ region: "khu vực phía Nam", reportYear: 2023, reportYearSource: "sheets" });
    expect(fake.calculations).toEqual(["Full"]);
    await saveOfficeWorkbookSettings({ region: "khu vực phía Bắc", reportYear: 2023, reportYearSource: "sheets" });
    expect(fake.calculations).toEqual(["Full"]);
  });

  it("read as none when the document holds something else", () => {
    const fake = new FakeExcel();
    fake.install();
    fake.documentSettings.set("kc.workbook.v1", "garbage");
    expect(officeWorkbookSettings()).toEqual({});
  });
});
