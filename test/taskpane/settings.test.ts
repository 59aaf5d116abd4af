import { browserStore, loadUserSettings, readWorkbookSettings, saveUserSettings, withYearFromSheets } from "../../src/app/settings";
import { memoryStore } from "./memory-port";

describe("user settings", () => {
  it("start from the defaults and come back as saved", () => {
    const store = memoryStore();
    expect(loadUserSettings(store)).toEqual({ language: "office", rounding: "round", region: "" });
    saveUserSettings(store, { language: "en", rounding: "truncate", region: "khu vực phía Nam" });
    expect(loadUserSettings(store)).toEqual({ language: "en", rounding: "truncate", region: "khu vực phía Nam" });
  });

  it("fall back field by field on what cannot be read", () => {
    expect(loadUserSettings(memoryStore({ "kc.user.v1": "{not json" }))).toEqual({ language: "office", rounding: "round", region: "" });
    expect(loadUserSettings(memoryStore({ "kc.user.v1": JSON.stringify({ language: "fr", rounding: "truncate", region: 5 }) }))).toEqual({
      language: "office",
      rounding: "truncate",
      region: "",
    });
  });
});

describe("workbook settings", () => {
  it("keep a region and a plausible report year, dropping the rest", () => {
    expect(readWorkbookSettings({ region: "khu vực phía Bắc", reportYear: 2023, reportYearSource: "user", other: 1 })).toEqual({
      region: "khu vực phía Bắc",
      reportYear: 2023,
      reportYearSource: "user",
    });
    expect(readWorkbookSettings({ region: " ", reportYear: 23 })).toEqual({});
    expect(readWorkbookSettings({ reportYear: 2016 })).toEqual({ reportYear: 2016, reportYearSource: "sheets" });
  });

  it("take the year a check read from the sheets, unless the user typed one", () => {
    expect(withYearFromSheets({}, 2023)).toEqual({ reportYear: 2023, reportYearSource: "sheets" });
    expect(withYearFromSheets({ region: "x", reportYear: 2022, reportYearSource: "sheets" }, 2023)).toEqual({
      region: "x",
      reportYear: 2023,
      reportYearSource: "sheets",
    });
    expect(withYearFromSheets({ reportYear: 2016, reportYearSource: "user" }, 2023)).toBeUndefined();
    expect(withYearFromSheets({ reportYear: 2023, reportYearSource: "sheets" }, 2023)).toBeUndefined();
    expect(withYearFromSheets({}, undefined)).toBeUndefined();
  });
});

describe("browserStore", () => {
  it("keeps keys under its prefix (Office's partition key in Excel)", () => {
    const backing = new Map<string, string>();
    const storage = { getItem: (k: string) => backing.get(k) ?? null, setItem: (k: string, v: string) => void backing.set(k, v) };
    browserStore("partition-1kc:", storage).set("kc.user.v1", "{}");
    expect([...backing.keys()]).toEqual(["partition-1kc:kc.user.v1"]);
    expect(browserStore("partition-2kc:", storage).get("kc.user.v1")).toBeUndefined();
  });

  it("keeps values for the session when the browser refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = browserStore("kc:", refusing);
    store.set("a", "1");
    expect(store.get("a")).toBe("1");
    expect(browserStore("kc:", undefined).get("a")).toBeUndefined();
  });
});
