import { checkText } from "../../src/core/narrative/check-text";
import { Claim } from "../../src/core/narrative/claim";

// The six failure classes of issue #17, each in sentences written for this test in the shapes of real reports.

const verdicts = (text: string) => checkText(text).map((c) => [c.kind, c.verdict]);
const only = (text: string): Claim => {
  const claims = checkText(text);
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe("1. period: a figure is measured only against a base of its own period", () => {
  it("does not divide one year's actual by the next year's plan", () => {
    const claim = only(
      "Năm 2022, kinh phí khuyến công địa phương thực hiện 5,6 tỷ đồng, đạt 93,3% kế hoạch. Kế hoạch kinh phí khuyến công địa phương năm 2023 là 6,2 tỷ đồng.",
    );
    expect(claim).toMatchObject({ kind: "completion", verdict: "unverifiable", missing: "period" });
    expect(claim.message.vi).toContain("năm 2022");
  });

  it("reads 'cùng kỳ' as the same months of the year before, not the whole year", () => {
    const wholeYear =
      "Cả năm 2023, kinh phí khuyến công giải ngân 12,4 tỷ đồng. 8 tháng năm 2024, kinh phí giải ngân đạt 7,9 tỷ đồng, bằng 109,7% so với cùng kỳ.";
    expect(only(wholeYear)).toMatchObject({ kind: "ratio", verdict: "unverifiable", missing: "period" });
    const samePeriod = "8 tháng năm 2023 giải ngân 7,2 tỷ đồng; 8 tháng năm 2024 giải ngân 7,9 tỷ đồng, bằng 109,7% so với cùng kỳ.";
    expect(only(samePeriod)).toMatchObject({ kind: "ratio", verdict: "consistent" });
    expect(only(samePeriod.replace("109,7%", "119,7%"))).toMatchObject({ kind: "ratio", verdict: "inconsistent" });
  });

  it("keeps two periods side by side apart", () => {
    const text =
      "Năm 2023, toàn vùng thực hiện 58,4 tỷ đồng, đạt 90,1% kế hoạch năm. 6 tháng năm 2024, toàn vùng thực hiện 21,7 tỷ đồng, đạt 33,5% kế hoạch năm.";
    expect(verdicts(text)).toEqual([
      ["completion", "unverifiable"],
      ["completion", "unverifiable"],
    ]);
    const withPlans = `Kế hoạch năm 2023 của toàn vùng là 64,8 tỷ đồng; kế hoạch năm 2024 là 64,8 tỷ đồng. ${text}`;
    expect(verdicts(withPlans)).toEqual([
      ["completion", "consistent"],
      ["completion", "consistent"],
    ]);
  });

  it("gives a figure the period of the words before it in its paragraph", () => {
    const [claim] = checkText("9 tháng năm 2024, kinh phí khuyến công địa phương toàn vùng thực hiện 37,9 tỷ đồng, đạt 47,2% kế hoạch năm.");
    expect(claim.scope).toMatchObject({ entity: { level: "region" }, fund: "kcdp", measure: "actual", period: { year: 2024, months: 9 }, qualifier: "exact" });
  });
});

describe("2. entity and fund: a province's figure is not the region's, a KCQG project is not the KCĐP plan", () => {
  it("does not take a province's figure in parentheses for the region's plan", () => {
    const text =
      "Kế hoạch kinh phí khuyến công quốc gia năm 2024 giao cho khu vực là 24,6 tỷ đồng, nhiều nhất là Sóc Trăng (3,1 tỷ đồng). Năm 2024, kinh phí khuyến công quốc gia của khu vực thực hiện 22,8 tỷ đồng, đạt 92,68% kế hoạch.";
    expect(only(text)).toMatchObject({ kind: "completion", verdict: "consistent" });
    expect(only(text.replace("92,68%", "82,68%"))).toMatchObject({ kind: "completion", verdict: "inconsistent" });
  });

  it("does not measure a province's completion on the region's plan", () => {
    const text = "Năm 2024, toàn vùng thực hiện 51,3 tỷ đồng, đạt 88,2% kế hoạch; riêng tỉnh Trà Vinh thực hiện 2,4 tỷ đồng, đạt 71,4% kế hoạch.";
    expect(verdicts(text)).toEqual([
      ["completion", "unverifiable"],
      ["completion", "unverifiable"],
    ]);
    expect(checkText(text)[1].scope.entity).toEqual({ level: "province", name: "Trà Vinh" });
  });

  it("does not lend a figure to a phrase whose subject is another fund or entity", () => {
    const text = "Năm 2023 kinh phí KCĐP là 3,2 tỷ đồng. Năm 2024 kinh phí KCĐP là 3,6 tỷ đồng, tăng 12,5%, trong khi KCQG giảm 5%.";
    expect(verdicts(text)).toEqual([
      ["growth", "consistent"],
      ["growth", "unverifiable"],
    ]);
    expect(checkText(text)[1].missing).toBe("figure");
    const province = "Năm 2024, toàn vùng thực hiện 42,7 tỷ đồng, đạt 86,3% kế hoạch năm 2024 (49,48 tỷ đồng); riêng tỉnh Sóc Trăng đạt 77,5% kế hoạch.";
    expect(verdicts(province)).toEqual([
      ["completion", "consistent"],
      ["completion", "unverifiable"],
    ]);
  });

  it("does not measure a KCĐP completion on a KCQG project's cost", () => {
    const claim = only(
      "Năm 2024, tỉnh được giao 01 đề án khuyến công quốc gia với kinh phí 1,5 tỷ đồng. Kinh phí khuyến công địa phương năm 2024 thực hiện 3,4 tỷ đồng, đạt 85% kế hoạch.",
    );
    expect(claim).toMatchObject({ kind: "completion", verdict: "unverifiable", scope: { fund: "kcdp" } });
    expect(claim.message.vi).toContain("KCĐP");
  });

  it("reads the fund of 'tổng kinh phí khuyến công địa phương' as KCĐP, and of a figure the ministry approves as KCQG", () => {
    const claims = checkText(
      "Năm 2024, tổng kinh phí khuyến công địa phương được phân bổ là 840 triệu đồng, Bộ Công Thương phê duyệt 01 đề án với tổng kinh phí là 1,3 tỷ đồng. Đến nay đã hoàn thành 5 đề án khuyến công địa phương với tổng kinh phí 621 triệu đồng, đạt 74 % kế hoạch năm 2024.",
    );
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([["completion", "consistent"]]);
    expect(claims[0].message.vi).toContain("840 triệu đồng");
  });
});

describe("3. whole: a share is measured only on the whole it names", () => {
  const regionTotal = "Tổng kinh phí khuyến công toàn vùng năm 2024 là 60 tỷ đồng. ";

  it("does not measure a share of the national KCQG budget on the region's total", () => {
    const claim = only(`${regionTotal}Kinh phí khuyến công quốc gia thực hiện của khu vực là 12,3 tỷ đồng, chiếm 15,2% tổng kinh phí khuyến công quốc gia.`);
    expect(claim).toMatchObject({ kind: "share", verdict: "unverifiable" });
  });

  it("does not measure a share of the national total on the region's", () => {
    const claim = only(
      "Năm 2024, tổng kinh phí khuyến công thực hiện của 13 tỉnh khu vực đồng bằng sông Cửu Long là 60 tỷ đồng, chiếm 36,4% so với tổng kinh phí thực hiện toàn quốc.",
    );
    expect(claim).toMatchObject({ kind: "share", verdict: "unverifiable", missing: "whole" });
  });

  it("measures a share of the region's funds on the region's total", () => {
    expect(only(`${regionTotal}Kinh phí khuyến công quốc gia thực hiện 12,3 tỷ đồng, chiếm 20,5% kinh phí khuyến công toàn vùng.`).verdict).toBe("consistent");
    expect(only(`${regionTotal}Kinh phí khuyến công quốc gia thực hiện 12,3 tỷ đồng, chiếm 25,5% kinh phí khuyến công toàn vùng.`).verdict).toBe(
      "inconsistent",
    );
  });

  it("does not take an activity's cost for a part of the region's total", () => {
    const claim = only(`${regionTotal}Năm 2024, công tác đào tạo nghề được duy trì với kinh phí thực hiện là 4,2 tỷ đồng, chiếm 3,5% tổng kinh phí thực hiện.`);
    expect(claim.verdict).toBe("unverifiable");
  });
});

describe("4. punctuation: colons, glued figures, '63 %', 'tỉ', 'trong đó,'", () => {
  it("reads 'là: 3.420 triệu đồng, trong đó, … là: …'", () => {
    const text =
      "Năm 2024 hoàn thành 9 đề án với tổng kinh phí thực hiện là: 3.420 triệu đồng, trong đó, kinh phí khuyến công hỗ trợ là: 1.150 triệu đồng, vốn đối ứng của các cơ sở là: 2.270 triệu đồng.";
    expect(only(text)).toMatchObject({ kind: "amount-sum", verdict: "consistent", stated: 3420 });
    expect(only(text.replace("là: 3.420", "là: 3.520"))).toMatchObject({ kind: "amount-sum", verdict: "inconsistent" });
  });

  it("reads a figure glued to its word ('là1.150') and still refuses codes ('KC2024', 'QĐ123')", () => {
    const text = "Tổng kinh phí là: 3.520 triệu đồng, trong đó, kinh phí khuyến công hỗ trợ là1.150 triệu đồng, vốn đối ứng là: 2.270 triệu đồng.";
    expect(only(text)).toMatchObject({ kind: "amount-sum", verdict: "inconsistent", computed: [3419, 3421] });
    expect(checkText("Mã đề án KC2024 và QĐ123 tỷ đồng.")).toEqual([]);
  });

  it("reads '63 %' and 'tỉ'", () => {
    expect(only("Kế hoạch năm 2024 là 2.400 triệu đồng; đã thực hiện 1.512 triệu đồng, đạt 63 % kế hoạch.").verdict).toBe("consistent");
    expect(only("Tổng kinh phí 3,75 tỉ đồng, trong đó KCQG 1,2 tỉ đồng, KCĐP 2,55 tỉ đồng.").verdict).toBe("consistent");
    expect(only("Tổng kinh phí 3,95 tỉ đồng, trong đó KCQG 1,2 tỉ đồng, KCĐP 2,55 tỉ đồng.").verdict).toBe("inconsistent");
  });

  it("reads a total, its parts and their shares in one sentence whatever the order", () => {
    const consistent = (text: string, kinds: string[]) => {
      const claims = checkText(text);
      expect(claims.map((c) => c.kind).sort()).toEqual(kinds);
      expect(claims.every((c) => c.verdict === "consistent")).toBe(true);
    };
    consistent("Tổng kinh phí năm 2024 là 9,6 tỷ đồng (KCQG 3,1 tỷ đồng, chiếm 32,29%; KCĐP 6,5 tỷ đồng, chiếm 67,71%).", ["amount-sum", "share", "share"]);
    consistent("Năm 2024, KCQG 3,1 tỷ đồng và KCĐP 6,5 tỷ đồng, tổng cộng 9,6 tỷ đồng.", ["amount-sum"]);
    consistent("Năm 2024, KCQG 3,1 tỷ đồng (chiếm 32,29%), KCĐP 6,5 tỷ đồng (chiếm 67,71%), tổng cộng 9,6 tỷ đồng.", ["amount-sum", "share", "share"]);
    consistent("Trong tổng kinh phí 9,6 tỷ đồng năm 2024, KCĐP là 6,5 tỷ đồng, chiếm 67,71%.", ["share"]);
    consistent("Năm 2024, kinh phí khuyến công địa phương chiếm 67,7% với 6,5 tỷ đồng trong tổng số 9,6 tỷ đồng.", ["share"]);
    expect(only("Năm 2024, KCQG 3,1 tỷ đồng và KCĐP 6,5 tỷ đồng, tổng cộng 9,9 tỷ đồng.").verdict).toBe("inconsistent");
  });

  it("lists the parts of the previous sentence's total when the marker has no figure before it, of the same period only", () => {
    const text =
      "Giai đoạn 2021 - 2025, tỉnh dự kiến tổng kinh phí 40,5 tỷ đồng.\nNguồn kinh phí này được phân bổ cho từng năm, trong đó năm 2021 là 7,2 tỷ đồng; năm 2022 là 7,8 tỷ đồng; năm 2023 là 8,1 tỷ đồng; năm 2024 là 8,4 tỷ đồng và năm 2025 là 9 tỷ đồng.";
    expect(only(text)).toMatchObject({ kind: "amount-sum", verdict: "consistent", stated: 40.5 });
    expect(only(text.replace("40,5", "41,5")).verdict).toBe("inconsistent");
    expect(checkText("Năm 2023, tổng kinh phí là 10 tỷ đồng. Kế hoạch năm 2024 bao gồm: KCQG 3 tỷ đồng, KCĐP 8 tỷ đồng.")).toEqual([]);
  });

  it("sets aside a figure of another measure after the parts, and calls the total wrong only when no reading explains it", () => {
    expect(only("Tổng kế hoạch năm 2024 là 10,5 tỷ đồng, trong đó KCQG 3,2 tỷ đồng, KCĐP 7,3 tỷ đồng; đến nay đã thực hiện 8,1 tỷ đồng.").verdict).toBe(
      "consistent",
    );
    expect(only("Tổng kế hoạch năm 2024 là 11,5 tỷ đồng, trong đó KCQG 3,2 tỷ đồng, KCĐP 7,3 tỷ đồng; đến nay đã thực hiện 8,1 tỷ đồng.").verdict).toBe(
      "inconsistent",
    );
    // "chuyển giao công nghệ" is not a plan ("giao"): the part is not set aside.
    expect(
      only(
        "Tổng kinh phí thực hiện là 1.250 triệu đồng, bao gồm: 6 đề án chuyển giao công nghệ, kinh phí hỗ trợ 900 triệu đồng; 2 đề án đào tạo, kinh phí 350 triệu đồng.",
      ).verdict,
    ).toBe("consistent");
  });

  it("does not add up figures of different measures, ranges, or a few examples", () => {
    expect(checkText("Năm 2024, KCQG thực hiện 3,1 tỷ đồng, KCĐP thực hiện 6,5 tỷ đồng, tổng kế hoạch là 11 tỷ đồng.")).toEqual([]);
    expect(checkText("Mỗi năm tỉnh bố trí từ 3 - 5 tỷ đồng, trong đó 1 - 2 tỷ đồng cho đào tạo và từ 2 đến 3 tỷ đồng cho máy móc.")).toEqual([]);
    expect(checkText("Tổng kinh phí của 13 tỉnh là 52,4 tỷ đồng, trong đó một số tỉnh bố trí lớn như Cần Thơ 7,1 tỷ đồng, An Giang 6,3 tỷ đồng.")).toEqual([]);
    expect(only("Tổng kinh phí là 52,4 tỷ đồng, trong đó như sau: KCQG 17,1 tỷ đồng, KCĐP 35,3 tỷ đồng.").verdict).toBe("consistent");
  });
});

describe("5. approximate figures: a qualifier widens the figure in the direction it says", () => {
  const sum = (total: string, a: string, b: string) => only(`Năm 2024, tổng kinh phí ${total} tỷ đồng, trong đó KCQG ${a} tỷ đồng, KCĐP ${b} tỷ đồng.`);

  it("'hơn' and 'trên' are lower bounds", () => {
    expect(sum("hơn 8,2", "2,19", "6,08")).toMatchObject({ verdict: "consistent", scope: { qualifier: "atLeast" } });
    expect(sum("trên 5", "1,6", "2,5").verdict).toBe("inconsistent");
    expect(sum("8,2", "2,19", "6,08").verdict).toBe("truncated");
  });

  it("'gần' is an upper bound, 'khoảng' an approximation", () => {
    expect(sum("gần 7", "2,4", "4,53")).toMatchObject({ verdict: "consistent", scope: { qualifier: "atMost" } });
    expect(sum("gần 7", "2,4", "5,4").verdict).toBe("inconsistent");
    expect(sum("khoảng 4", "1,3", "2,5")).toMatchObject({ verdict: "consistent", scope: { qualifier: "about" } });
    expect(sum("khoảng 4", "1,3", "1,5").verdict).toBe("inconsistent");
  });

  it("widens a qualified part, and a qualified percentage", () => {
    expect(sum("4,7", "gần 2,5", "trên 2,2").verdict).toBe("consistent");
    const plan = "Kế hoạch năm 2024 là 4,8 tỷ đồng; năm 2024 đã thực hiện 4,2 tỷ đồng, ";
    expect(only(`${plan}đạt gần 88% kế hoạch.`).verdict).toBe("consistent");
    expect(only(`${plan}đạt trên 90% kế hoạch.`).verdict).toBe("inconsistent");
    expect(only(`${plan}đạt khoảng 85% kế hoạch.`).verdict).toBe("consistent");
  });
});

describe("6. a truncated percentage of another base is named", () => {
  it("recognises a fund's completion truncated against the total plan", () => {
    const claim = only(
      "Tổng kế hoạch kinh phí khuyến công năm 2024 của vùng là 61,84 tỷ đồng; kinh phí khuyến công quốc gia thực hiện 7,407 tỷ đồng (đạt 11,97%).",
    );
    expect(claim).toMatchObject({ kind: "completion", verdict: "truncated" });
    expect(claim.message.vi).toContain("tổng kế hoạch");
    expect(claim.message.vi).toContain("cắt bớt");
  });
});
