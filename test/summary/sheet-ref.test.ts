import { quoteSheetName, sheetRef } from "../../src/core/summary/sheet-ref";

describe("quoteSheetName", () => {
  it.each([
    ["Sheet1", "Sheet1"],
    ["TH_KinhPhi", "TH_KinhPhi"],
    ["_data", "_data"],
    ["LongAn", "LongAn"],
  ])("leaves the plain identifier %s bare", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));

  it.each([
    ["Bà Rịa - Vũng Tàu", "'Bà Rịa - Vũng Tàu'"],
    ["Cà Mau", "'Cà Mau'"],
    ["Đồng_Tháp", "'Đồng_Tháp'"], // a Vietnamese letter alone is enough
    ["Hà Nội's", "'Hà Nội''s'"],
    ["O'Neil''s", "'O''Neil''''s'"],
    ["A1", "'A1'"],
    ["a1", "'a1'"],
    ["XFD1048576", "'XFD1048576'"],
    ["TAX2023", "'TAX2023'"],
    ["R1C1", "'R1C1'"],
    ["r1c1", "'r1c1'"],
    ["R", "'R'"],
    ["C", "'C'"],
    ["RC", "'RC'"],
    ["R12", "'R12'"],
    ["C3", "'C3'"],
    ["TRUE", "'TRUE'"],
    ["2023", "'2023'"],
    ["2023_TH", "'2023_TH'"],
    ["TP. HCM", "'TP. HCM'"],
    ["TH_KinhPhi (2)", "'TH_KinhPhi (2)'"],
    ["Sheet-1", "'Sheet-1'"],
    ["a+b", "'a+b'"],
    ["Tỉnh (cũ)", "'Tỉnh (cũ)'"],
    ["!", "'!'"],
    ["", "''"],
  ])("quotes %s", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));

  it("writes the name in NFC, so a decomposed name matches the sheet Excel shows", () => {
    const nfd = "Cà Mau".normalize("NFD");
    expect(quoteSheetName(nfd)).toBe("'Cà Mau'");
    expect(quoteSheetName(nfd).normalize("NFC")).toBe(quoteSheetName(nfd));
  });

  it("round-trips: unquoting the result gives the name back", () => {
    const names = ["Hà Nội's", "'x", "a''b", "R1C1", "Bà Rịa - Vũng Tàu", "TH_KinhPhi"];
    for (const name of names) {
      const q = quoteSheetName(name);
      const back = q.startsWith("'") ? q.slice(1, -1).replace(/''/g, "'") : q;
      expect(back).toBe(name);
    }
  });
});

describe("references and links", () => {
  it("puts the quoted name before the address", () => {
    expect(sheetRef("Cà Mau", "C7")).toBe("'Cà Mau'!C7");
    expect(sheetRef("TH_KinhPhi", "I11")).toBe("TH_KinhPhi!I11");
    expect(sheetRef("Hà Nội's", "A1:B2")).toBe("'Hà Nội''s'!A1:B2");
  });
});
