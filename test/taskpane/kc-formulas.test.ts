import { callsKcFunction } from "../../src/app/kc-formulas";

describe("callsKcFunction", () => {
  it("sees a call to a KC function, as Excel shows it and as a file stores it", () => {
    expect(callsKcFunction("=KC.COMPLETION(B5,C5)")).toBe(true);
    expect(callsKcFunction("ROUND(kc.share(A1, A2), 2)")).toBe(true);
    expect(callsKcFunction("_xldudf_KC_COMPLETION(B5,C5)")).toBe(true);
    expect(callsKcFunction('IF(A1>0,KC.TEXT(A1),"")')).toBe(true);
  });

  it("ignores sheet names, other add-ins and text that merely mentions KC", () => {
    expect(callsKcFunction("=KC_QuyDinh!B4*2")).toBe(false);
    expect(callsKcFunction("=XKC.SUM(A1)")).toBe(false);
    expect(callsKcFunction('="dùng =KC.COMPLETION(a;b)"')).toBe(false);
    expect(callsKcFunction("=SUM(A1:A9)")).toBe(false);
    expect(callsKcFunction(undefined)).toBe(false);
  });
});
