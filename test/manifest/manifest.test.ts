import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata, VietnameseTable } from "../../src/functions/localize-metadata";
import * as functionsModule from "../../src/functions/functions";
import { child, descendants, named, only, parseXml, XmlElement } from "./xml-tree";
import { pngSize } from "./png-size";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper, tested as webpack runs it
const { productionManifest } = require("../../scripts/production-manifest") as { productionManifest: (xml: string, url: string) => string };

const ROOT = join(__dirname, "..", "..");
const FUNCTIONS_FILE = join(ROOT, "src", "functions", "functions.ts");
const RESOURCE_KINDS = ["bt:Image", "bt:Url", "bt:String"];

let manifest: XmlElement;
let resources: Map<string, XmlElement>;

beforeAll(async () => {
  manifest = await parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
  resources = new Map();
  for (const e of descendants(only(manifest, "Resources"))) {
    if (RESOURCE_KINDS.includes(e.name) && e.attrs.id) resources.set(e.attrs.id, e);
  }
});

const urlsOf = (root: XmlElement) =>
  descendants(root).flatMap((e) => {
    const values: string[] = [];
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(e.name) && e.attrs.DefaultValue) {
      values.push(e.attrs.DefaultValue);
    }
    if (e.name === "bt:Override" && /^https?:|^\w+:\/\//.test(e.attrs.Value ?? "")) values.push(e.attrs.Value);
    if (e.name === "AppDomain") values.push(e.text);
    return values;
  });

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with a version, an id and the permissions it needs", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(only(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(only(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(named(manifest, "Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime and the custom functions runtime that CustomFunctions.Error needs", () => {
    const sets = Object.fromEntries(named(only(manifest, "Requirements"), "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.SharedRuntime).toBe("1.1");
    expect(Number(sets.CustomFunctionsRuntime)).toBeGreaterThanOrEqual(1.2);
    expect(sets.ExcelApi).toBeDefined();
  });

  it("resolves every resid to a resource, with ids and resids of at most 32 characters", () => {
    const refs = descendants(manifest).filter((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) {
      expect({ resid: r.attrs.resid, found: resources.has(r.attrs.resid) }).toEqual({ resid: r.attrs.resid, found: true });
      expect(r.attrs.resid.length).toBeLessThanOrEqual(32);
    }
    for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("keeps short strings within 125 and long strings within 250 characters, overrides included", () => {
    const check = (kind: string, max: number) => {
      const strings = named(only(manifest, kind), "bt:String");
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        for (const text of [s.attrs.DefaultValue, ...named(s, "bt:Override").map((o) => o.attrs.Value)]) {
          expect(text.length).toBeLessThanOrEqual(max);
        }
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
    expect(child(manifest, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(manifest, "Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("uses only https URLs", () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("hosts functions, commands and pane in one shared runtime", () => {
    const runtime = only(manifest, "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const page = only(
      descendants(manifest).find((e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions")!,
      "Page",
    );
    const pageResid = only(page, "SourceLocation").attrs.resid;
    expect(only(manifest, "FunctionFile").attrs.resid).toBe(runtime.attrs.resid);
    expect(pageResid).toBe(runtime.attrs.resid);
    expect(resources.get(runtime.attrs.resid)!.attrs.DefaultValue).toMatch(/\/taskpane\.html$/);
  });

  it("declares the KC namespace", () => {
    const ns = resources.get(only(manifest, "Namespace").attrs.resid)!;
    expect(ns.attrs.DefaultValue).toBe("KC");
    for (const o of named(ns, "bt:Override")) expect(o.attrs.Value).toBe("KC");
  });

  it("has ribbon buttons for the pane and for the validate and summarize commands", () => {
    const actions = named(manifest, "Action").map(
      (a) => a.attrs["xsi:type"] + ":" + (a.children.find((c) => c.name === "FunctionName" || c.name === "TaskpaneId")?.text ?? ""),
    );
    expect(actions).toEqual(["ShowTaskpane:KC.ShowTaskpane", "ExecuteFunction:kcValidate", "ExecuteFunction:kcSummarize"]);
  });

  it("is Vietnamese by default (vi-VN) and overrides DisplayName, Description and every short and long string for en-US, in NFC", () => {
    expect(only(manifest, "DefaultLocale").text).toBe("vi-VN");
    const localized = [
      child(manifest, "DisplayName"),
      child(manifest, "Description"),
      ...named(only(manifest, "bt:ShortStrings"), "bt:String"),
      ...named(only(manifest, "bt:LongStrings"), "bt:String"),
    ];
    for (const e of localized) {
      const en = named(e, "Override")
        .concat(named(e, "bt:Override"))
        .find((o) => o.attrs.Locale === "en-US");
      expect({ id: e.attrs.id ?? e.name, en: en !== undefined }).toEqual({ id: e.attrs.id ?? e.name, en: true });
      expect(e.attrs.DefaultValue).toBe(e.attrs.DefaultValue.normalize("NFC"));
    }
  });

  it("serves Vietnamese function metadata by default and English to en-US", () => {
    const metadataUrl = resources.get("Functions.Metadata.Url")!;
    expect(metadataUrl.attrs.DefaultValue).toBe("https://localhost:3000/functions-vi.json");
    expect(named(metadataUrl, "bt:Override").map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([["en-US", "https://localhost:3000/functions.json"]]);
  });

  it("has ribbon tooltips that say what the buttons do", () => {
    const tip = (id: string) => resources.get(id)!;
    const overrideOf = (e: XmlElement) => named(e, "bt:Override")[0].attrs.Value;
    expect(tip("KC.Validate.Tooltip").attrs.DefaultValue).toMatch(/ngăn KC/);
    expect(overrideOf(tip("KC.Validate.Tooltip"))).toMatch(/findings in the KC pane/);
    for (const tab of ["TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]) {
      expect(tip("KC.Summarize.Tooltip").attrs.DefaultValue).toContain(tab);
      expect(overrideOf(tip("KC.Summarize.Tooltip"))).toContain(tab);
    }
  });

  it("uses one product name: the manifest, the ribbon group, the pane, the pages", () => {
    const name = child(manifest, "DisplayName").attrs.DefaultValue;
    expect(name).toBe("KC – Khuyến công");
    expect(named(child(manifest, "DisplayName"), "Override")[0].attrs.Value).toBe(name);
    expect(resources.get("KC.Group.Label")!.attrs.DefaultValue).toBe(name);
    expect(JSON.parse(readFileSync(join(ROOT, "src", "i18n", "vi.json"), "utf8")).app.title).toBe(name);
    expect(JSON.parse(readFileSync(join(ROOT, "src", "i18n", "en.json"), "utf8")).app.title).toBe(name);
    for (const page of ["src/taskpane/taskpane.html", "src/web/index.html", "src/help/help.html"]) {
      expect(readFileSync(join(ROOT, page), "utf8")).toMatch(new RegExp(`<title>${name}[:<]`));
    }
  });

  it("ships without localhost in production: URLs rewritten, the localhost AppDomain dropped", async () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toContain("<AppDomain>https://localhost:3000</AppDomain>");
    const production = productionManifest(xml, "https://kc.example.gov.vn/addin/");
    expect(production).not.toMatch(/localhost/);
    expect(production).not.toContain("<AppDomains>");
    const parsed = await parseXml(production);
    expect(resources.size).toBeGreaterThan(0);
    expect(urlsOf(parsed).every((u) => u.startsWith("https://kc.example.gov.vn/addin/"))).toBe(true);
  });

  it("references icons that exist in assets/ with the pixel size they claim", () => {
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      const file = join(ROOT, "assets", url.split("/assets/")[1] ?? "missing");
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(url);
    };
    for (const image of named(manifest, "bt:Image").filter((i) => i.attrs.size)) {
      check(resources.get(image.attrs.resid)!.attrs.DefaultValue, Number(image.attrs.size));
    }
    for (const r of [...resources.values()].filter((r) => r.name === "bt:Image")) {
      check(r.attrs.DefaultValue, Number(/-(\d+)\.png$/.exec(r.attrs.DefaultValue)![1]));
    }
    check(only(manifest, "IconUrl").attrs.DefaultValue, 32);
    check(only(manifest, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    expect(checked.length).toBeGreaterThan(9);
  });
});

describe("custom functions metadata", () => {
  let metadata: { functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[] };
  let associations: { functionName: string; id: string }[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson);
    associations = generated.associate;
  });

  it("lists exactly the functions src/functions/functions.ts exports, with uppercase ids", () => {
    const exported = Object.keys(functionsModule).filter((k) => typeof (functionsModule as Record<string, unknown>)[k] === "function");
    expect(associations.map((a) => a.functionName).sort()).toEqual(exported.sort());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([
      "COMPLETION",
      "CONSISTENT",
      "CONVERT",
      "COUNTERPART",
      "GROWTH",
      "PARSE",
      "PHRASE",
      "PROVINCE",
      "PROVINCECODE",
      "RATIO",
      "SHARE",
      "SUCCESSOR",
      "SUMCHECK",
      "SUPPORTMAX",
      "TEXT",
    ]);
    for (const f of metadata.functions) expect(f.id).toBe(f.id.toUpperCase());
  });

  it("describes every function and parameter in English", () => {
    for (const f of metadata.functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(10);
      for (const p of f.parameters)
        expect({ fn: f.id, p: p.name, described: (p.description?.length ?? 0) > 5 }).toEqual({ fn: f.id, p: p.name, described: true });
    }
  });

  it("has a Vietnamese description for every function and parameter, and nothing more", () => {
    const table = JSON.parse(readFileSync(join(ROOT, "src", "functions", "metadata.vi.json"), "utf8")) as VietnameseTable;
    const vi = localizeMetadata(metadata, table);
    expect(Object.keys(table).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of metadata.functions) expect(Object.keys(table[f.id].parameters).sort()).toEqual(f.parameters.map((p) => p.name).sort());
    for (const [i, f] of vi.functions.entries()) {
      expect(f.id).toBe(metadata.functions[i].id);
      expect(f.name).toBe(metadata.functions[i].name);
      expect(f.description).not.toBe(metadata.functions[i].description);
      for (const p of f.parameters) expect(p.name).toMatch(/^[\p{L}][\p{L}\d_]*$/u);
    }
  });
});
