import * as KC from "../../src/functions/functions";
import { installCustomFunctionsFake, shown } from "./custom-functions-fake";
import { FakeExcel } from "../office/fake-excel";

beforeAll(installCustomFunctionsFake);

describe("KC.SUPPORTMAX's default year", () => {
  const fake = new FakeExcel();
  beforeEach(() => {
    fake.install();
    fake.documentSettings.clear();
  });

  it("is the workbook's report year when the pane saved one: a 2016 report gets TTLT 26/2014's ceiling", () => {
    fake.documentSettings.set("kc.workbook.v1", { reportYear: 2016, reportYearSource: "sheets" });
    expect(shown(KC.supportMax([["MMTB"]], [[700]])[0][0])).toBe(200);
    expect(shown(KC.supportMax([["MMTB"]], [[700]], null as never, null as never, null as never)[0][0])).toBe(200);
  });

  it("gives way to a year the formula states", () => {
    fake.documentSettings.set("kc.workbook.v1", { reportYear: 2016, reportYearSource: "sheets" });
    expect(shown(KC.supportMax([["MMTB"]], [[700]], undefined, undefined, 2024)[0][0])).toBe(300);
  });

  it("is the current year in a workbook without one (TT 28/2018 today)", () => {
    expect(shown(KC.supportMax([["MMTB"]], [[700]])[0][0])).toBe(300);
  });
});
