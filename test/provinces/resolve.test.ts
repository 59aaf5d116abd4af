import fc from "fast-check";
import {
  findProvince,
  findProvinces,
  officialName,
  ProvinceResolution,
  provinceUnits,
  resolveProvince,
  ResolveOptions,
  unresolvedMessage,
  VERSIONS,
} from "../../src/core/provinces";

const BEFORE: ResolveOptions = { date: "2024-12-31" };
const AFTER: ResolveOptions = { date: "2025-10-01" };

/** "63:83" for a unit, "?BD: 63:52 63:74" for an ambiguous answer, "unknown". */
function outcome(r: ProvinceResolution): string {
  if (r.kind === "unit") return r.unit.id;
  if (r.kind === "ambiguous")
    return `?${r.reason}: ${r.candidates
      .map((u) => u.id)
      .sort()
      .join(" ")}`;
  return "unknown";
}

const stripMarks = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

describe("resolveProvince: every official name, however it is written", () => {
  for (const version of VERSIONS) {
    const options: ResolveOptions = { version };
    it(`reads each of the ${version} units' names with prefixes, in capitals, decomposed, without diacritics, without spaces`, () => {
      for (const unit of provinceUnits(version)) {
        for (const { name } of unit.names) {
          const { fullName } = officialName(unit);
          const forms = [
            name,
            fullName,
            `TP. ${name}`,
            `Thành phố ${name}`,
            `tỉnh ${name}`,
            name.toUpperCase(),
            name.normalize("NFD"),
            stripMarks(name),
            stripMarks(name).replace(/[ -]/g, ""),
            `  ${name.replace(/ /g, "   ")} `,
          ];
          for (const form of forms) {
            const r = resolveProvince(form, options);
            expect([form, outcome(r)]).toEqual([form, unit.id]);
          }
          expect(resolveProvince(name, options)).toMatchObject({ spelling: "official", inForce: true });
          if (stripMarks(name) !== name) expect(resolveProvince(stripMarks(name), options)).toMatchObject({ spelling: "unmarked" });
        }
      }
    });
  }
});

describe("resolveProvince: the spellings of provinces-2025.md", () => {
  const cases: [string, string][] = [
    ["Hoà Bình", "63:17"],
    ["Hòa Bình", "63:17"],
    ["Thanh Hoá", "63:38"],
    ["Thanh Hóa", "63:38"],
    ["Khánh Hoà", "63:56"],
    ["Tỉnh Bến Tre", "63:83"],
    ["TP. Cần Thơ", "63:92"],
    ["TP.Cần Thơ", "63:92"],
    ["Tp Cần Thơ", "63:92"],
    ["Thành phố Hồ Chí Minh", "63:79"],
    ["T. Bến Tre", "63:83"],
    ["TP.HCM", "63:79"],
    ["TP HCM", "63:79"],
    ["TPHCM", "63:79"],
    ["tp.hcm", "63:79"],
    ["HCMC", "63:79"],
    ["HCM", "63:79"],
    ["BR-VT", "63:77"],
    ["BR - VT", "63:77"],
    ["BRVT", "63:77"],
    ["Bà Rịa–Vũng Tàu", "63:77"],
    ["Bà Rịa Vũng Tàu", "63:77"],
    ["TTH", "63:46"],
    ["Thừa Thiên Huế", "63:46"],
    ["Thừa Thiên - Huế", "63:46"],
    ["TT-Huế", "63:46"],
    ["Bắc Cạn", "63:06"],
    ["Kontum", "63:62"],
    ["KonTum", "63:62"],
    ["Daklak", "63:66"],
    ["Đăk Lăk", "63:66"],
    ["Đắc Lắc", "63:66"],
    ["Dak Lak", "63:66"],
    ["Đắk Nông", "63:67"],
    ["Đăk Nông", "63:67"],
    ["Bến Tre (cũ)", "63:83"],
    ["TP.HN", "63:01"],
  ];
  it.each(cases)("%s → %s", (text, id) => {
    expect(outcome(resolveProvince(text, BEFORE))).toBe(id);
  });

  it("says which spellings are variants", () => {
    expect(resolveProvince("Bắc Cạn", BEFORE)).toMatchObject({ spelling: "variant", matched: "Bắc Cạn" });
    expect(resolveProvince("TP.HCM", BEFORE)).toMatchObject({ spelling: "variant" });
    expect(resolveProvince("Hoà Bình", BEFORE)).toMatchObject({ spelling: "official" });
  });
});

describe("resolveProvince: short forms are never guessed", () => {
  const cases: [string, string[]][] = [
    ["BD", ["Bình Dương", "Bình Định"]],
    ["BĐ", ["Bình Dương", "Bình Định"]],
    ["B.D", ["Bình Dương", "Bình Định"]],
    ["QN", ["Quảng Nam", "Quảng Ngãi", "Quảng Ninh"]],
    ["ĐN", ["Đà Nẵng", "Đắk Nông", "Đồng Nai"]],
    ["DN", ["Đà Nẵng", "Đắk Nông", "Đồng Nai"]],
    ["HN", ["Hà Nam", "Hà Nội"]],
    ["BT", ["Bến Tre", "Bình Thuận"]],
    ["TN", ["Tây Ninh", "Thái Nguyên"]],
    ["tỉnh QN", ["Quảng Nam", "Quảng Ngãi", "Quảng Ninh"]],
  ];
  it.each(cases)("%s is ambiguous", (text, names) => {
    for (const options of [BEFORE, AFTER]) {
      const r = resolveProvince(text, options);
      expect(r.kind).toBe("ambiguous");
      if (r.kind !== "ambiguous") continue;
      expect(r.reason).toBe("initials");
      expect(r.candidates.map((u) => u.name).sort((a, b) => a.localeCompare(b, "vi"))).toEqual(names);
    }
  });

  it("offers the unit in force at the date where it exists, else the old province", () => {
    const r = resolveProvince("QN", AFTER);
    expect(r.kind === "ambiguous" && r.candidates.map((u) => u.id).sort()).toEqual(["34:22", "34:51", "63:49"]);
  });

  it("does not resolve a short form that fits one unit either", () => {
    const r = resolveProvince("KH", BEFORE);
    expect(r.kind === "ambiguous" && r.candidates.map((u) => u.name)).toEqual(["Khánh Hòa"]);
  });

  it("explains an ambiguous or unknown name", () => {
    const r = resolveProvince("BD", BEFORE);
    if (r.kind === "unit") throw new Error("BD must not resolve");
    expect(unresolvedMessage("BD", r).vi).toContain("Tỉnh Bình Dương, Tỉnh Bình Định");
    expect(unresolvedMessage("BD", r).vi).toContain("không đoán");
    const u = resolveProvince("Hà Tây", BEFORE);
    if (u.kind === "unit") throw new Error("Hà Tây is no unit");
    expect(unresolvedMessage("Hà Tây", u).en).toContain("names no known province");
  });
});

describe("resolveProvince: the date chooses the list", () => {
  it("reads an old name after the merger as the old province, not in force, with its successor", () => {
    const r = resolveProvince("Bến Tre", AFTER);
    expect(r).toMatchObject({ kind: "unit", version: "63", inForce: false });
    expect(r.kind === "unit" && [r.successor?.id, r.current?.id]).toEqual(["34:86", "34:86"]);
    expect(resolveProvince("Bến Tre", BEFORE)).toMatchObject({ inForce: true, version: "63" });
  });

  it("reads a name both lists have as the unit of the date's list: codes that changed holder stay apart", () => {
    expect(outcome(resolveProvince("Lào Cai", { date: "2025-06-30" }))).toBe("63:10");
    expect(outcome(resolveProvince("Lào Cai", { date: "2025-07-01" }))).toBe("34:15");
    expect(outcome(resolveProvince("Yên Bái", { date: "2025-07-01" }))).toBe("63:15");
    expect(outcome(resolveProvince("Vĩnh Long", { date: new Date(2026, 0, 15) }))).toBe("34:86");
    expect(outcome(resolveProvince("Vĩnh Long", { date: "15/01/2024" }))).toBe("63:86");
  });

  it("reads the latest list when given no date or version", () => {
    expect(outcome(resolveProvince("Lào Cai"))).toBe("34:15");
    expect(outcome(resolveProvince("Lào Cai", { version: "63" }))).toBe("63:10");
  });
});

describe("resolveProvince: what is not a province name", () => {
  it.each(["", "  ", "Tỉnh", "TP.", "Hà Tây", "Tổng cộng", "Sheet1", "TH_KinhPhi", "KC_QuyDinh", "Nam", "Bình", "2024", "Diễn biến"])(
    "%p is unknown",
    (text) => {
      expect(resolveProvince(text, BEFORE).kind).toBe("unknown");
    },
  );

  it("accepts diacritics that differ from every spelling only when asked, and says so", () => {
    expect(resolveProvince("Quãng Ngãi", BEFORE).kind).toBe("unknown");
    expect(resolveProvince("Quãng Ngãi", { ...BEFORE, approximate: true })).toMatchObject({ kind: "unit", spelling: "marks-differ", matched: "Quãng Ngãi" });
  });
});

describe("findProvince: a province inside a longer text", () => {
  const cases: [string, string][] = [
    ["UBND TỈNH BẾN TRE", "63:83"],
    ["ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE", "63:83"],
    ["SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH", "63:79"],
    ["SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "63:68"],
    ["bao-cao-ben-tre-2024.xlsx", "63:83"],
    ["BaoCao_BenTre_2024.xlsx", "63:83"],
    ["KC-BRVT-2024.xlsx", "63:77"],
    ["TpHCM_9thang.xlsx", "63:79"],
    ["DakLak2024.xlsx", "63:66"],
    ["bao cao khuyen cong tinh dak nong 2019.xlsx", "63:67"],
    ["Trung tâm Khuyến công Đồng Tháp (thuộc Sở Công Thương)", "63:87"],
    ["(Kèm theo Quyết định số 1515/QĐ-UBND.HC ngày 06/10/2021 của UBND tỉnh Đồng Tháp)", "63:87"],
    ["Bến Tre 2024", "63:83"],
    ["Báo cáo của Sở Công Thương tỉnh Vĩnh Long về số liệu của Bến Tre, Trà Vinh", "63:86"],
  ];
  it.each(cases)("%p → %s", (text, id) => {
    expect(outcome(findProvince(text, BEFORE))).toBe(id);
  });

  it("gives the offsets of each name found, left to right", () => {
    const text = "Vĩnh Long, An Giang và Long An";
    const found = findProvinces(text, BEFORE);
    expect(found.map((m) => [m.text, m.start, m.end, m.resolution.unit.id])).toEqual([
      ["Vĩnh Long", 0, 9, "63:86"],
      ["An Giang", 11, 19, "63:89"],
      ["Long An", 23, 30, "63:80"],
    ]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(["Vĩnh Long", "An Giang", "Long An"]);
  });

  it("does not take ordinary words for provinces in a sentence", () => {
    const sentence = "Năm 2024, diễn biến hoà bình, tỷ lệ cao bằng năm trước; long an toàn, gia lai nhiều.";
    expect(findProvinces(sentence, BEFORE)).toEqual([]);
    expect(findProvince(sentence, BEFORE).kind).toBe("unknown");
  });

  it("says ambiguous when several provinces are named and none is introduced as the province", () => {
    expect(outcome(findProvince("so-sanh-ben-tre-tra-vinh.xlsx", BEFORE))).toBe("?several: 63:83 63:84");
  });

  it("flags a short form in capitals when no name is found, and ignores one in small letters in a mixed text", () => {
    expect(outcome(findProvince("KC_BD_2024.xlsx", BEFORE))).toBe("?initials: 63:52 63:74");
    expect(outcome(findProvince("kc-dn-2024.xlsx", BEFORE))).toBe("?initials: 63:48 63:67 63:75");
    expect(findProvince("Báo cáo bd 2024", BEFORE).kind).toBe("unknown");
    expect(findProvince("BÁO CÁO KHUYẾN CÔNG", BEFORE).kind).toBe("unknown");
  });

  it("reads names after the merger with the successor", () => {
    const r = findProvince("UBND TỈNH BẾN TRE", AFTER);
    expect(r.kind === "unit" && [r.unit.id, r.inForce, r.successor?.name]).toEqual(["63:83", false, "Vĩnh Long"]);
  });
});

describe("robustness", () => {
  it("never throws on any text, and a found mention's offsets give back its text", () => {
    const vietnamese = fc.constantFrom(..."aàảãáạăằẳẵắặâầẩẫấậđeèéêềếoòóôồốơờớuùúưừứyỳýAĐ-_. ,()/Tỉnh TP.HCM Bến Tre BD".split(""));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(vietnamese).map((a) => a.join("")),
        ),
        (text) => {
          for (const options of [BEFORE, AFTER, { approximate: true }]) {
            resolveProvince(text, options);
            findProvince(text, options);
            const nfc = text.normalize("NFC");
            for (const m of findProvinces(text, options)) expect(nfc.slice(m.start, m.end)).toBe(m.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
