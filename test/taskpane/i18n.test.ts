import en from "../../src/i18n/en.json";
import vi from "../../src/i18n/vi.json";
import { languageFromDisplay, translator } from "../../src/i18n/i18n";

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

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
/** English plural forms ("errors_one", "errors_other") answer the one Vietnamese key ("errors"). */
const singular = (key: string) => key.replace(/_(one|other)$/, "");

describe("UI strings", () => {
  const viKeys = flatten(vi as Tree);
  const enKeys = flatten(en as Tree);

  it("have the same keys in Vietnamese and English (English plural forms counted once)", () => {
    expect([...viKeys.keys()].sort()).toEqual([...new Set([...enKeys.keys()].map(singular))].sort());
    expect(viKeys.size).toBeGreaterThan(50);
  });

  it("give English both plural forms or none", () => {
    for (const key of enKeys.keys()) {
      if (key.endsWith("_one")) expect(enKeys.has(key.replace(/_one$/, "_other"))).toBe(true);
      if (key.endsWith("_other")) expect(enKeys.has(key.replace(/_other$/, "_one"))).toBe(true);
    }
  });

  it("have no empty value and use the same placeholders in both languages", () => {
    for (const [key, text] of enKeys) {
      expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
      expect([key, placeholders(text)]).toEqual([key, placeholders(viKeys.get(singular(key))!)]);
    }
    for (const [key, text] of viKeys) expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
  });

  it("are Vietnamese in NFC with diacritics", () => {
    for (const [key, text] of viKeys) expect([key, text]).toEqual([key, text.normalize("NFC")]);
    expect(vi.tabs.text).toBe("Văn bản");
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

describe("translator", () => {
  it("fills placeholders without HTML-escaping (React escapes what it renders)", () => {
    expect(translator("vi")("newSheet.created", { name: "A & B <x>" })).toBe('Đã tạo sheet "A & B <x>".');
    expect(translator("en")("tabs.text")).toBe("Text");
  });

  it("picks the English plural form by count; Vietnamese has one form", () => {
    expect(translator("en")("validate.errors", { count: 1 })).toBe("1 error");
    expect(translator("en")("validate.errors", { count: 0 })).toBe("0 errors");
    expect(translator("en")("validate.errors", { count: 3 })).toBe("3 errors");
    expect(translator("vi")("validate.errors", { count: 3 })).toBe("3 lỗi");
  });

  it("falls back to the key when no language has it, and leaves a placeholder it was not given", () => {
    expect(translator("en")("no.such.key")).toBe("no.such.key");
    expect(translator("vi")("newSheet.created")).toBe('Đã tạo sheet "{{name}}".');
  });
});
