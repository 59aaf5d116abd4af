import { OfficeMockObject } from "office-addin-mock";
import { goToCellIn } from "../../src/adapters/office/navigate";

/** A fixed tree is all navigation needs, so this test uses Microsoft's office-addin-mock. */
function mockWorkbook() {
  const calls: string[] = [];
  const data = {
    workbook: {
      worksheets: {
        getItem(name: string) {
          calls.push(`getItem:${name}`);
          return {
            activate: () => calls.push(`activate:${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select:${name}!${address}`) }),
          };
        },
      },
    },
    sync: async () => void calls.push("sync"),
  };
  return { context: new OfficeMockObject(data) as unknown as Excel.RequestContext, calls };
}

describe("goToCellIn", () => {
  it("activates the sheet, selects the cell, then syncs once", async () => {
    const { context, calls } = mockWorkbook();
    await goToCellIn(context, "Bà Rịa - Vũng Tàu", "G14");
    expect(calls).toEqual(["getItem:Bà Rịa - Vũng Tàu", "activate:Bà Rịa - Vũng Tàu", "select:Bà Rịa - Vũng Tàu!G14", "sync"]);
  });

  it("selects A1 for a finding about a whole sheet", async () => {
    const { context, calls } = mockWorkbook();
    await goToCellIn(context, "Cà Mau", "");
    expect(calls).toContain("select:Cà Mau!A1");
  });
});
