import * as KC from "../../src/functions/functions";
import { FakeCustomFunctionError, installCustomFunctionsFake, shown, shownGrid } from "./custom-functions-fake";

beforeAll(installCustomFunctionsFake);

/** The single value of a 1×1 answer, errors shown as their code. */
const one = (grid: unknown[][]) => {
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return shown(grid[0][0]);
};

const errorOf = (grid: unknown[][]) => grid[0][0] as FakeCustomFunctionError;

describe("examples that must hold", () => {
  it("KC.SUMCHECK(12.57, {4.31; 8.25}) is 0", () => {
    expect(KC.sumCheck(12.57, [[4.31], [8.25]])).toBe(0);
  });

  it("KC.CONSISTENT(0.8523, 3512.4/4120.75) is FALSE and KC.CONSISTENT(0.8524, …) is TRUE", () => {
    expect(one(KC.consistent([[0.8523]], [[3512.4 / 4120.75]]))).toBe(false);
    expect(one(KC.consistent([[0.8524]], [[3512.4 / 4120.75]]))).toBe(true);
    expect(one(KC.consistent([[0.8523]], [[3512.4 / 4120.75]], undefined, "truncate"))).toBe(true);
  });
});

describe("measures", () => {
  it("answer single values", () => {
    expect(one(KC.completion([[64.18]], [[72.59]]))).toBeCloseTo(0.88414, 5);
    expect(one(KC.growth([[80.3]], [["72,59"]]))).toBeCloseTo(0.10621, 5);
    expect(one(KC.ratio([["37,9"]], [[32.01]]))).toBeCloseTo(1.184005, 6);
    expect(one(KC.share([[3407]], [["7.231"]]))).toBeCloseTo(0.47117, 5);
    expect(one(KC.counterpart([["7.231"]], [["3.407"]]))).toBe(3824);
  });

  it("answer a range of the same shape, a single value repeated against it", () => {
    const plan = [[100], [0], ["abc"], [200]];
    const result = KC.completion([[50]], plan);
    expect(shownGrid(result)).toEqual([[0.5], ["#DIV/0!"], ["#VALUE!"], [0.25]]);
  });

  it("refuse ranges of different shapes with one #VALUE! saying why", () => {
    const result = KC.growth([[1], [2], [3]], [[1], [2]]);
    expect(shownGrid(result)).toEqual([["#VALUE!"]]);
    expect(errorOf(result).message).toContain("kích thước");
  });

  it("explain ambiguous text in the #VALUE! message and give #DIV/0! without a message", () => {
    const ambiguous = KC.ratio([["1,656"]], [[1]]);
    expect(errorOf(ambiguous).code).toBe("#VALUE!");
    expect(errorOf(ambiguous).message).toContain("không rõ");
    const zero = KC.share([[1]], [[0]]);
    expect(errorOf(zero).code).toBe("#DIV/0!");
    expect(errorOf(zero).message).toBeUndefined();
  });
});

describe("KC.SUPPORTMAX", () => {
  it("computes min(percentage × cost, cap × units) in triệu đồng", () => {
    expect(one(KC.supportMax([["MMTB"]], [[700]], null as never, null as never, 2024))).toBe(300);
    expect(one(KC.supportMax([["MMTB"]], [["500"]], [["KCQG"]], [[1]], "2024"))).toBe(250);
    expect(one(KC.supportMax([["DCCN"]], [[2000]], [["KCĐP"]], [[2]], 2024))).toBe(900);
  });

  it("works down a table of projects", () => {
    const result = KC.supportMax([["MMTB"], ["MH"], ["DT"]], [[700], [5000], [100]], undefined, undefined, 2024);
    expect(shownGrid(result)).toEqual([[300], [1000], ["#N/A"]]);
    expect((result[2][0] as FakeCustomFunctionError).message).toContain("Chưa có mức hỗ trợ tối đa");
  });

  it("answers #VALUE! for an unknown activity, source or unit", () => {
    expect(one(KC.supportMax([["XYZ"]], [[1]]))).toBe("#VALUE!");
    expect(one(KC.supportMax([["MMTB"]], [[1]], [["Tổng cộng"]]))).toBe("#VALUE!");
    expect(one(KC.supportMax([["MMTB"]], [[1]], undefined, undefined, 2024, "USD"))).toBe("#VALUE!");
  });
});

describe("KC.CONSISTENT and KC.SUMCHECK", () => {
  it("judge a column of stated percentages against exact values", () => {
    const stated = [["88,41%"], [0.885], ["88,4%"]];
    const exact = [[64.18 / 72.59]];
    expect(shownGrid(KC.consistent(stated, exact))).toEqual([[true], [false], [true]]);
  });

  it("refuse an unknown mode or decimals that are not whole", () => {
    expect(one(KC.consistent([[1]], [[1]], undefined, "ceiling"))).toBe("#VALUE!");
    expect(one(KC.consistent([[1]], [[1]], 1.5))).toBe("#VALUE!");
  });

  it("gives the signed gap no rounding explains", () => {
    expect(KC.sumCheck("12,60", [[4.31], [8.25]])).toBeCloseTo(0.025, 12);
    expect(KC.sumCheck(12.5, [[4.31, 8.25]], 2)).toBeCloseTo(-0.045, 12);
    expect(KC.sumCheck(36.77, [["5,32"], ["31,44"], [""]])).toBe(0);
    expect(shown(KC.sumCheck("x", [[1]]))).toBe("#VALUE!");
    expect(shown(KC.sumCheck(1, [[null]]))).toBe("#N/A");
  });
});

describe("amount functions", () => {
  it("KC.PARSE reads amounts and converts them", () => {
    expect(one(KC.parse([["79,07 tỷ đồng"]]))).toBe(79.07);
    expect(one(KC.parse([["3.604,5 triệu đồng"]], "tỷ"))).toBe(3.6045);
    expect(shownGrid(KC.parse([["1.210 trđ"], ["64,18 tỷ"]], "triệu đồng"))).toEqual([[1210], [64180]]);
    const noUnit = KC.parse([["1.656"]], "tỷ");
    expect(errorOf(noUnit).code).toBe("#VALUE!");
    expect(errorOf(noUnit).message).toContain("không ghi đơn vị");
  });

  it("KC.CONVERT converts between the four units", () => {
    expect(one(KC.convert([[3604.5]], "triệu đồng", "tỷ đồng"))).toBe(3.6045);
    expect(shownGrid(KC.convert([["1,5"], [2]], "tỷ", "triệu"))).toEqual([[1500], [2000]]);
    expect(one(KC.convert([[1]], "yên", "tỷ"))).toBe("#VALUE!");
  });

  it("KC.TEXT writes the Vietnamese way", () => {
    expect(one(KC.text([[79.07]], undefined, "tỷ đồng"))).toBe("79,07 tỷ đồng");
    expect(one(KC.text([[4792.98]]))).toBe("4.792,98");
    expect(one(KC.text([["1.210"]], 0, "trđ"))).toBe("1.210 triệu đồng");
    expect(one(KC.text([[1]], -1))).toBe("#VALUE!");
  });

  it("KC.PHRASE writes the report phrases", () => {
    expect(one(KC.phrase("completion", [[64.18]], [[72.59]]))).toBe("đạt 88,41% so với kế hoạch");
    expect(one(KC.phrase("growth", [[80.3]], [[72.59]], "năm 2023"))).toBe("tăng 10,62% so với năm 2023");
    expect(one(KC.phrase("growth", [[9]], [[10]], "năm 2023", 1))).toBe("giảm 10,0% so với năm 2023");
    expect(one(KC.phrase("bằng", [[37.9]], [[32.01]]))).toBe("bằng 118,40% so với cùng kỳ");
    expect(one(KC.phrase("mean", [[1]], [[2]]))).toBe("#VALUE!");
    expect(one(KC.phrase("đạt", [[1]], [[0]]))).toBe("#DIV/0!");
  });
});

describe("province functions", () => {
  /** Excel's serial of a day (1900 date system). */
  const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

  it("KC.PROVINCE gives the official name of the unit in force at the date", () => {
    expect(one(KC.province([["Bến Tre"]], [[serial(2024, 12, 31)]]))).toBe("Tỉnh Bến Tre");
    expect(one(KC.province([["Bến Tre"]], [[serial(2025, 7, 1)]]))).toBe("Tỉnh Vĩnh Long");
    expect(one(KC.province([["TP.HCM"]], [["30/06/2025"]]))).toBe("Thành phố Hồ Chí Minh");
    expect(one(KC.province([["BRVT"]], [[2025]]))).toBe("Thành phố Hồ Chí Minh");
    expect(one(KC.province([["Thừa Thiên Huế"]], [["2024-12-31"]]))).toBe("Tỉnh Thừa Thiên Huế");
    expect(one(KC.province([["TTH"]], [["2025"]]))).toBe("Thành phố Huế");
    expect(one(KC.province([["Đồng Nai"]], [["29/4/2026"]]))).toBe("Tỉnh Đồng Nai");
    expect(one(KC.province([["Dong Nai"]], [["30/4/2026"]]))).toBe("Thành phố Đồng Nai");
    expect(one(KC.province([["Quãng Ngãi"]], [[2024]]))).toBe("Tỉnh Quảng Ngãi");
  });

  it("KC.PROVINCE works down a column of names, with one date or a date per row", () => {
    const names = [["Bến Tre"], ["Kontum"], ["Daklak"], ["BD"], [""]];
    expect(shownGrid(KC.province(names, [[2024]]))).toEqual([["Tỉnh Bến Tre"], ["Tỉnh Kon Tum"], ["Tỉnh Đắk Lắk"], ["#N/A"], ["#VALUE!"]]);
    expect(shownGrid(KC.province([["Yên Bái"], ["Yên Bái"]], [[2024], [2026]]))).toEqual([["Tỉnh Yên Bái"], ["Tỉnh Lào Cai"]]);
  });

  it("KC.PROVINCE answers #N/A with the reason for an ambiguous or unknown name, #VALUE! for a bad date", () => {
    const ambiguous = errorOf(KC.province([["QN"]], [[2024]]));
    expect(ambiguous.code).toBe("#N/A");
    expect(ambiguous.message).toContain("Tỉnh Quảng Nam, Tỉnh Quảng Ngãi, Tỉnh Quảng Ninh");
    const unknown = errorOf(KC.province([["Hà Tây"]], [[2024]]));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain("Không nhận ra");
    const badDate = errorOf(KC.province([["Bến Tre"]], [["31/02/2025"]]));
    expect(badDate.code).toBe("#VALUE!");
    expect(badDate.message).toContain("ngày");
    expect(one(KC.province([["Bến Tre"]], [[true]]))).toBe("#VALUE!");
  });

  it("KC.PROVINCE without a date reads today's list", () => {
    expect(one(KC.province([["Bến Tre"]]))).toBe(new Date() >= new Date(2025, 6, 1) ? "Tỉnh Vĩnh Long" : "Tỉnh Bến Tre");
  });

  it("KC.SUCCESSOR gives the 2025 unit an old province became part of", () => {
    expect(shownGrid(KC.successor([["Bến Tre"], ["Trà Vinh"], ["Vĩnh Long"], ["Yên Bái"], ["Lào Cai"], ["Bình Thuận"], ["Hà Nội"], ["BT"]]))).toEqual([
      ["Tỉnh Vĩnh Long"],
      ["Tỉnh Vĩnh Long"],
      ["Tỉnh Vĩnh Long"],
      ["Tỉnh Lào Cai"],
      ["Tỉnh Lào Cai"],
      ["Tỉnh Lâm Đồng"],
      ["Thành phố Hà Nội"],
      ["#N/A"],
    ]);
  });

  it("KC.PROVINCECODE keeps the codes that changed holder apart by date", () => {
    expect(one(KC.provinceCode([["Bến Tre"]], [[2024]]))).toBe("83");
    expect(one(KC.provinceCode([["Bến Tre"]], [[2025]]))).toBe("86");
    expect(one(KC.provinceCode([["Yên Bái"]], [["30/6/2025"]]))).toBe("15");
    expect(one(KC.provinceCode([["Lào Cai"]], [["30/6/2025"]]))).toBe("10");
    expect(one(KC.provinceCode([["Lào Cai"]], [["1/7/2025"]]))).toBe("15");
    expect(one(KC.provinceCode([["Hà Nội"]], [[2024]]))).toBe("01");
  });
});

describe("robustness", () => {
  it("never throws on anything a user can type", () => {
    const inputs: unknown[] = [null, undefined, "", " ", "abc", "1,2,3", "--1", true, false, NaN, Infinity, -0, 1e308, "1e5", "%", "(1.000)", "١٢"];
    for (const a of inputs) {
      for (const b of inputs) {
        const args = [[[a]], [[b]]] as [unknown[][], unknown[][]];
        expect(() => KC.completion(...args)).not.toThrow();
        expect(() => KC.consistent(...args, a as never, b as never)).not.toThrow();
        expect(() => KC.supportMax(...args, [[a]], [[b]], a as never, b as never)).not.toThrow();
        expect(() => KC.parse(args[0], b as never)).not.toThrow();
        expect(() => KC.text(args[0], b as never, a as never)).not.toThrow();
        expect(() => KC.phrase(a as never, ...args, b as never, a as never)).not.toThrow();
        expect(() => KC.sumCheck(a as never, args[1], b as never)).not.toThrow();
        expect(() => KC.convert(args[0], a as never, b as never)).not.toThrow();
        expect(() => KC.province(...args)).not.toThrow();
        expect(() => KC.provinceCode(...args)).not.toThrow();
        expect(() => KC.successor(args[0])).not.toThrow();
      }
    }
  });
});

describe("error messages", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("follow Office's display language: Vietnamese by default, English for other languages", () => {
    expect(errorOf(KC.convert([[1]], "yên", "tỷ")).message).toContain("không phải đơn vị tiền");
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(errorOf(KC.convert([[1]], "yên", "tỷ")).message).toContain("is not a money unit");
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "vi-VN" } };
    expect(errorOf(KC.convert([[1]], "yên", "tỷ")).message).toContain("không phải đơn vị tiền");
  });
});
