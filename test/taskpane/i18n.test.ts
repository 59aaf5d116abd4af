import en from "../../src/i18n/en.json";
import vi from "../../src/i18n/vi.json";
import { createI18n, languageFromDisplay } from "../../src/i18n/i18n";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  const viKeys = flatten(vi as Tree);
  const enKeys = flatten(en as Tree);

  it("have the same keys in Vietnamese and English", () => {
    expect([...viKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    expect(viKeys.size).toBeGreaterThan(50);
  });

  it("have no empty value and use the same placeholders in both languages", () => {
    for (const [key, text] of viKeys) {
      expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
      expect(`${key}: ${enKeys.get(key)!.trim()}`).not.toBe(`${key}: `);
      expect([key, placeholders(text)]).toEqual([key, placeholders(enKeys.get(key)!)]);
    }
  });

  it("are Vietnamese in NFC with diacritics", () => {
    for (const [key, text] of viKeys) expect([key, text]).toEqual([key, text.normalize("NFC")]);
    expect(vi.tabs.text).toBe("Kiểm tra văn bản");
  });
});

describe("languageFromDisplay", () => {
  it("follows Office: vi-* is Vietnamese, anything else English", () => {
    expect(languageFromDisplay("vi-VN")).toBe("vi");
    expect(languageFromDisplay("vi")).toBe("vi");
    expect(languageFromDisplay("en-US")).toBe("en");
    expect(languageFromDisplay("fr-FR")).toBe("en");
    expect(languageFromDisplay(undefined)).toBe("en");
  });
});

describe("createI18n", () => {
  it("interpolates without HTML-escaping (React escapes) and switches language", async () => {
    const i18n = createI18n("vi");
    expect(i18n.t("newSheet.created", { name: "A & B <x>" })).toBe('Đã tạo sheet "A & B <x>".');
    await i18n.changeLanguage("en");
    expect(i18n.t("tabs.text")).toBe("Check text");
  });
});
