import { argument, readFund, readInteger, readMode, readNumber, readUnit } from "./arguments";

const X = argument("x", "x");

describe("readNumber", () => {
  it("reads numbers with the digits they show", () => {
    const r = readNumber(12.57, X);
    expect(r.ok && [r.value.value.toString(), r.value.decimals]).toEqual(["12.57", 2]);
  });

  it("reads Vietnamese number text, thousands dots included", () => {
    const a = readNumber("4.792,98", X);
    expect(a.ok && a.value.value.toString()).toBe("4792.98");
    const b = readNumber("1.656", X);
    expect(b.ok && [b.value.value.toString(), b.value.decimals]).toEqual(["1656", 0]);
  });

  it("reads unambiguous English text", () => {
    const r = readNumber("1,656.5", X);
    expect(r.ok && r.value.value.toString()).toBe("1656.5");
  });

  it("reads a percentage text as its fraction, with two more digits", () => {
    const r = readNumber("88,41%", X);
    expect(r.ok && [r.value.value.toString(), r.value.decimals]).toEqual(["0.8841", 4]);
  });

  it("refuses ambiguous text and says why, naming the argument", () => {
    const r = readNumber("1,656", argument("kế hoạch", "plan"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe("value");
      expect(r.message.vi).toContain('Tham số "kế hoạch"');
      expect(r.message.vi).toContain("không rõ");
      expect(r.message.en).toContain("ambiguous");
    }
  });

  it("refuses logicals and words; counts an empty cell as 0", () => {
    expect(readNumber(true, X).ok).toBe(false);
    expect(readNumber("mười", X).ok).toBe(false);
    const empty = readNumber(null, X);
    expect(empty.ok && empty.value.value.toNumber()).toBe(0);
  });
});

describe("other arguments", () => {
  it("reads whole numbers within bounds, with a fallback when absent", () => {
    expect(readInteger(undefined, X, 0, 5, 2)).toEqual({ ok: true, value: 2 });
    expect(readInteger("3", X, 0, 5, 2)).toEqual({ ok: true, value: 3 });
    expect(readInteger(2.5, X, 0, 5, 2).ok).toBe(false);
    expect(readInteger(9, X, 0, 5, 2).ok).toBe(false);
  });

  it("reads units, modes and funds in Vietnamese and English", () => {
    expect(readUnit("trđ", X)).toEqual({ ok: true, value: "trieu" });
    expect(readUnit("Tỷ đồng", X)).toEqual({ ok: true, value: "ty" });
    expect(readUnit("đô la", X).ok).toBe(false);
    expect(readMode("cắt bỏ", X)).toEqual({ ok: true, value: "truncate" });
    expect(readMode(null, X)).toEqual({ ok: true, value: "round" });
    expect(readMode("ceil", X).ok).toBe(false);
    expect(readFund("KCĐP", X)).toEqual({ ok: true, value: "KCDP" });
    expect(readFund("KCQG điểm", X)).toEqual({ ok: true, value: "KCQG_DIEM" });
    expect(readFund(undefined, X)).toEqual({ ok: true, value: "KCQG" });
    expect(readFund("Tổng cộng", X).ok).toBe(false);
  });
});
