import { formatDayVi, isoDay, isoDayOfDate, isoDayOfSerial, isoDayOfText } from "./iso-day";

describe("calendar days", () => {
  it("reads Excel serials, dropping the time of day", () => {
    expect(isoDayOfSerial(45839)).toBe("2025-07-01");
    expect(isoDayOfSerial(45839.99)).toBe("2025-07-01");
    expect(isoDayOfSerial(0)).toBeUndefined();
    expect(isoDayOfSerial(NaN)).toBeUndefined();
  });

  it("reads day-first and ISO text, refusing days that do not exist", () => {
    expect(isoDayOfText("1/7/2025")).toBe("2025-07-01");
    expect(isoDayOfText(" 01.07.2025 ")).toBe("2025-07-01");
    expect(isoDayOfText("2025-7-1")).toBe("2025-07-01");
    expect(isoDayOfText("2024-02-29")).toBe("2024-02-29");
    expect(isoDayOfText("29/02/2025")).toBeUndefined();
    expect(isoDayOfText("7/1/25")).toBeUndefined();
    expect(isoDay(2025, 13, 1)).toBeUndefined();
  });

  it("takes a Date's local day and writes days the Vietnamese way", () => {
    expect(isoDayOfDate(new Date(2025, 6, 1, 23, 59))).toBe("2025-07-01");
    expect(isoDayOfDate(new Date(NaN))).toBeUndefined();
    expect(formatDayVi("2025-07-01")).toBe("1/7/2025");
  });
});
