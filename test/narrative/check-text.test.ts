import { checkText } from "../../src/core/narrative/check-text";
import { Claim } from "../../src/core/narrative/claim";

const only = (text: string, options?: Parameters<typeof checkText>[1]): Claim => {
  const claims = checkText(text, options);
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe("checkText: totals and parts", () => {
  it("judges Đắk Nông 2019 (7.231 = 3.407 + 3.824) consistent and quotes the clause it stands on", () => {
    const text =
      "Năm 2019, Trung tâm đã hoàn thành 13/13 đề án với tổng kinh phí 7.231 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng.";
    const [fraction, sum] = checkText(text);
    expect(fraction).toMatchObject({ kind: "done-of-total", verdict: "consistent", stated: 13, computed: [0, 13] });
    expect(sum).toMatchObject({ kind: "amount-sum", verdict: "consistent", stated: 7231, computed: [7230, 7232] });
    expect(sum.quote).toBe("với tổng kinh phí 7.231 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng");
    expect(text.slice(sum.start, sum.end)).toBe(sum.quote);
  });

  it("gives the interval the parts allow when the total is wrong", () => {
    const claim = only("Tổng kinh phí 7.321 triệu đồng, trong đó khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng.");
    expect(claim).toMatchObject({ kind: "amount-sum", verdict: "inconsistent", stated: 7321, computed: [7230, 7232] });
    expect(claim.message.vi).toContain("không phải 7.321 triệu đồng");
    expect(claim.message.en).toContain("not 7.321 triệu đồng");
  });

  it("converts parts in triệu to a total in tỷ (Bình Định 2017: 2,035 + 0,2625 + 0,06 + 0,1625 = 2,52)", () => {
    const claims = checkText("Tổng kinh phí 2,52 tỷ đồng, gồm 2,035 tỷ đồng; 262,5 triệu đồng; 60 triệu đồng và 162,5 triệu đồng.");
    expect(claims[0]).toMatchObject({ kind: "amount-sum", verdict: "consistent", stated: 2.52 });
    expect(claims[0].computed![0]).toBeCloseTo(2.5189, 6);
    expect(claims[0].computed![1]).toBeCloseTo(2.5211, 6);
  });

  it("counts the rounding of every figure (Đông Nam Bộ 2013: 36,77 vs 5,32 + 31,44 = 36,76)", () => {
    expect(only("Kế hoạch năm 2013 là 36,77 tỷ đồng, trong đó KCQG 5,32 tỷ đồng, KCĐP 31,44 tỷ đồng.").verdict).toBe("consistent");
    expect(only("Kế hoạch năm 2013 là 36,79 tỷ đồng, trong đó KCQG 5,32 tỷ đồng, KCĐP 31,44 tỷ đồng.").verdict).toBe("inconsistent");
  });

  it("calls a total that only a truncation explains truncated, and consistent in truncate mode", () => {
    const text = "Tổng kinh phí năm 2023 là 12,5 tỷ đồng, gồm KCQG 4,575 tỷ đồng và KCĐP 7,99 tỷ đồng.";
    expect(only(text).verdict).toBe("truncated");
    expect(only(text, { rounding: "truncate" }).verdict).toBe("consistent");
  });

  it("judges counts exactly, with parts of the same noun only", () => {
    expect(only("Thực hiện 85 đề án, gồm 5 đề án KCQG, 80 đề án KCĐP và 6 mô hình trình diễn.")).toMatchObject({ kind: "count-sum", verdict: "consistent" });
    expect(only("Thực hiện 85 đề án, gồm 5 đề án KCQG và 78 đề án KCĐP.")).toMatchObject({ kind: "count-sum", verdict: "inconsistent", computed: [83, 83] });
  });

  it("does not judge a single part as a sum (a subset)", () => {
    expect(checkText("Thực hiện 85 đề án với 64,18 tỷ đồng, trong đó 5 đề án KCQG điểm với 12 tỷ đồng.")).toEqual([]);
  });

  it("refuses a done count above its total", () => {
    expect(only("Đã hoàn thành 14/13 đề án.")).toMatchObject({ kind: "done-of-total", verdict: "inconsistent" });
  });
});

describe("checkText: percentages", () => {
  it("judges a completion against the plan the text states elsewhere", () => {
    const claim = only("Kế hoạch năm 2024 là 72,59 tỷ đồng. Năm 2024, tổng kinh phí thực hiện là 64,18 tỷ đồng, đạt 88,41% so với kế hoạch năm.");
    expect(claim).toMatchObject({ kind: "completion", verdict: "consistent", stated: 88.41 });
    expect(claim.quote).toBe("Năm 2024, tổng kinh phí thực hiện là 64,18 tỷ đồng, đạt 88,41% so với kế hoạch năm");
    expect(claim.computed![0]).toBeLessThanOrEqual(88.415);
    expect(claim.computed![1]).toBeGreaterThanOrEqual(88.405);
  });

  it("is unverifiable when the text gives no plan, and says what is missing", () => {
    const claim = only("Tổng kinh phí thực hiện là 64,18 tỷ đồng, đạt 88,41% so với kế hoạch năm.");
    expect(claim).toMatchObject({ verdict: "unverifiable", computed: null });
    expect(claim.message.vi).toContain("kế hoạch");
  });

  it("says a fund's completion is right against the total plan instead of calling it wrong", () => {
    const claim = only("Tổng kế hoạch năm 2024 là 72,59 tỷ đồng. KCQG thực hiện là 21,05 tỷ đồng, đạt 29% kế hoạch.");
    expect(claim.verdict).toBe("consistent");
    expect(claim.message.vi).toContain("Đúng nếu tính trên tổng kế hoạch");
    expect(claim.message.en).toContain("total plan");
  });

  it("derives a plan the text gives only as actual ÷ completion", () => {
    const claims = checkText(
      "Năm 2024, KCQG thực hiện 21,05 tỷ đồng, đạt 93,6% kế hoạch. Tổng kế hoạch năm 2024 là 72,59 tỷ đồng; KCĐP thực hiện 43,13 tỷ đồng, đạt 86,1% kế hoạch.",
    );
    expect(claims.map((c) => c.verdict)).toEqual(["consistent", "consistent"]);
    expect(claims[1].message.vi).toContain("21,05 tỷ đồng ÷ 93,6%");
    const wrong = checkText(
      "Năm 2024, KCQG thực hiện 21,05 tỷ đồng, đạt 93,6% kế hoạch. Tổng kế hoạch năm 2024 là 72,59 tỷ đồng; KCĐP thực hiện 43,13 tỷ đồng, đạt 96,1% kế hoạch.",
    );
    expect(wrong.map((c) => c.verdict)).toEqual(["inconsistent", "inconsistent"]);
  });

  it("judges growth with the precision of both years (12,4 vs 10,73 stated 15,6%)", () => {
    expect(only("Kế hoạch năm 2024 là 12,4 tỷ đồng, tăng 15,6% so với năm 2023 (10,73 tỷ đồng).")).toMatchObject({ kind: "growth", verdict: "consistent" });
    expect(only("Kế hoạch năm 2024 là 12,4 tỷ đồng, tăng 17,6% so với năm 2023 (10,73 tỷ đồng).").verdict).toBe("inconsistent");
  });

  it("calls 35% for 35,98% truncated and 'tăng hơn 35%' consistent (Đông Nam Bộ 2013)", () => {
    const before = "Năm 2012, kinh phí thực hiện toàn vùng đạt 27,04 tỷ đồng. Năm 2013, tổng kế hoạch là 36,77 tỷ đồng, ";
    const truncated = only(`${before}tăng 35% so với năm 2012.`);
    expect(truncated).toMatchObject({ kind: "growth", verdict: "truncated", stated: 35 });
    expect(truncated.message.vi).toContain("cắt bớt");
    expect(only(`${before}tăng hơn 35% so với năm 2012.`).verdict).toBe("consistent");
    expect(only("Kế hoạch năm 2013 là 36,77 tỷ đồng, tăng 35% so với năm 2012.").verdict).toBe("unverifiable");
  });

  it("reads 'giảm' as a negative growth", () => {
    const claim = only("Kinh phí năm 2024 là 43,13 tỷ đồng, giảm 4,8% so với năm 2023 (45,3 tỷ đồng).");
    expect(claim).toMatchObject({ verdict: "consistent", stated: -4.8 });
    expect(only("Kinh phí năm 2024 là 43,13 tỷ đồng, tăng 4,8% so với năm 2023 (45,3 tỷ đồng).").verdict).toBe("inconsistent");
  });

  it("judges a same-period ratio against the figure of the year before", () => {
    const claims = checkText("9 tháng năm 2023 thực hiện 32,01 tỷ đồng. 9 tháng năm 2024 đã thực hiện 37,9 tỷ đồng, bằng 118,4% so với cùng kỳ.");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: "ratio", verdict: "consistent" });
  });

  it("measures a share in a list on the list's total, and on a stated total otherwise", () => {
    const claims = checkText("Tổng kinh phí là 64,18 tỷ đồng, trong đó KCQG 21,05 tỷ đồng (chiếm 32,8%), KCĐP 43,13 tỷ đồng (chiếm 76,2%).");
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ["amount-sum", "consistent"],
      ["share", "consistent"],
      ["share", "inconsistent"],
    ]);
    expect(claims[1].quote).toBe("trong đó KCQG 21,05 tỷ đồng (chiếm 32,8%)");
    expect(only("Tổng kinh phí thực hiện năm 2024 là 64,18 tỷ đồng. KCĐP thực hiện 43,13 tỷ đồng, chiếm tỷ trọng 67,2%.").verdict).toBe("consistent");
  });

  it("judges nothing in text without claims", () => {
    expect(checkText("Căn cứ Nghị định 45/2012/NĐ-CP, ngày 20/10/2023 có 150 đại biểu và 1.200 lượt khách tham dự. Trang 3")).toEqual([]);
    expect(checkText("")).toEqual([]);
  });

  it("reads text in decomposed Unicode (NFD) as in composed form", () => {
    const text = "Tổng kinh phí 7.231 triệu đồng, trong đó hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng.";
    expect(checkText(text.normalize("NFD")).map((c) => c.verdict)).toEqual(checkText(text).map((c) => c.verdict));
    expect(checkText(text.normalize("NFD"))).toHaveLength(1);
  });
});
