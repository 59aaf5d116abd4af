import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { FilePort } from "../../src/web/file-port";
import { inThreadPackageWork } from "../../src/web/package-work";
import { regionFiles } from "../../scripts/region-files";
import { memoryStore } from "./memory-port";

jest.setTimeout(60_000);

describe("the web page given several province files", () => {
  it("summarises them into one workbook in the package writer (kc summarize's engine), which the download saves", async () => {
    const files = (await regionFiles({ comparison: false })).slice(0, 3);
    const saved: { bytes: ArrayBuffer; name: string }[] = [];
    const port = new FilePort("vi-VN", (bytes, name) => saved.push({ bytes, name }), false, inThreadPackageWork, memoryStore());
    const garbage = { name: "ghi-chu.xlsx", bytes: new TextEncoder().encode("không phải sổ tính") };
    const opened = await port.openReportFiles([...files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), garbage], {
      lang: "vi",
      rounding: "round",
    });
    expect(opened.files.map((f) => [f.file, f.status])).toEqual([...files.map((f) => [f.name, "copied"]), ["ghi-chu.xlsx", "unusable"]]);
    expect(opened.files[3].reason?.en).toBe("ghi-chu.xlsx: not an .xlsx file.");
    expect(port.host.fileName).toBe(opened.fileName);
    const { sheets } = await port.readSnapshot();
    expect(sheets.map((s) => s.name)).toEqual([...files.map((f) => f.province), "TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);
    await port.downloadWorkbook();
    expect(saved[0].name).toBe("Tong hop khu vuc - KC.xlsx");
    expect((await readWorkbookSnapshot(new Uint8Array(saved[0].bytes))).sheets).toHaveLength(7);
  });
});
