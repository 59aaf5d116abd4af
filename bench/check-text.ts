import { checkText } from "../src/core/narrative/check-text";
import { regionalReportSegments } from "../src/core/narrative/regional-report";
import { renderSegmentsText } from "../src/core/narrative/segments";
import { machineLine, markdownTable, writeBenchSection } from "./report";

const vi = (n: number, decimals: number) => n.toFixed(decimals).replace(".", ",");

/** Regional figures in tỷ đồng for year index `i`: each total the sum of its funds. */
function regionalFigures(i: number) {
  const kcqgPlan = 20 + (i % 7) * 1.37;
  const kcdpPlan = 50 + (i % 11) * 2.11;
  const kcqgActual = kcqgPlan * 0.93;
  const kcdpActual = kcdpPlan * 0.86;
  return { provinces: 19, kcqgPlan, kcdpPlan, totalPlan: kcqgPlan + kcdpPlan, kcqgActual, kcdpActual, totalActual: kcqgActual + kcdpActual };
}

/** The two regional paragraphs of regional-report.ts for year index `i`, consistent with the year before. */
function regionalParagraphs(i: number): string[] {
  const previous = regionalFigures(i - 1);
  const figures = { ...regionalFigures(i), sameLastYear: previous.totalActual, previousPlan: previous.totalPlan };
  const segments = regionalReportSegments({ year: 2000 + (i % 30), period: { months: 12, text: "Cả năm" }, hasSameLastYear: true, hasPreviousPlan: true });
  return segments.map((s) => renderSegmentsText(s, figures));
}

/** A provincial paragraph in the other shapes reports use: colon forms, counts, shares, a province list, a range, two periods. */
function provincialParagraph(i: number): string {
  const year = 2000 + (i % 30);
  const support = 1000 + (i % 97) * 13;
  const counterpart = 1500 + (i % 89) * 17;
  const projects = 8 + (i % 9);
  const machinery = projects - 3;
  const plan = 3000 + (i % 53) * 21;
  const done = Math.round(plan * 0.87);
  return [
    `Năm ${year}, Trung tâm hoàn thành ${projects} đề án khuyến công địa phương với tổng kinh phí thực hiện là: ${support + counterpart} triệu đồng, trong đó, kinh phí khuyến công hỗ trợ là: ${support} triệu đồng, vốn đối ứng của các cơ sở là: ${counterpart} triệu đồng (chiếm ${vi((counterpart / (support + counterpart)) * 100, 1)}%).`,
    `Các đề án gồm ${machinery} đề án hỗ trợ máy móc thiết bị, 2 đề án đào tạo nghề và 1 đề án xây dựng mô hình trình diễn; mức hỗ trợ mỗi đề án từ 300 - 500 triệu đồng.`,
    `Kế hoạch kinh phí khuyến công địa phương năm ${year} là ${plan} triệu đồng; đến hết năm đã giải ngân ${done} triệu đồng, đạt ${vi((done / plan) * 100, 2)}% kế hoạch, dẫn đầu là Long An (${vi(done / 3000, 2)} tỷ đồng).`,
    `9 tháng năm ${year + 1}, kinh phí khuyến công địa phương đã giải ngân hơn ${vi(done / 2000, 1)} tỷ đồng, bằng ${vi(100 + (i % 20), 1)}% so với cùng kỳ.`,
  ].join(" ");
}

/** A report of at least `sentences` sentences, alternating regional and provincial paragraphs. */
export function reportOfSentences(sentences: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < sentences; i++) {
    const paragraphs = [...regionalParagraphs(i), provincialParagraph(i)];
    out.push(...paragraphs);
    count += 3 + 1 + 4;
  }
  return out.join("\n");
}

/** A report of at least `chars` characters. */
export function reportOfSize(chars: number): { text: string; sentences: number } {
  const out: string[] = [];
  let length = 0;
  let sentences = 0;
  for (let i = 0; length < chars; i++) {
    const paragraphs = [...regionalParagraphs(i), provincialParagraph(i)];
    out.push(...paragraphs);
    length += paragraphs.reduce((n, p) => n + p.length + 1, 0);
    sentences += 8;
  }
  return { text: out.join("\n"), sentences };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall and CPU time of checkText on one text, the median of `repeats` runs after one warm-up run on a small text. */
function time(text: string, repeats: number): { wall: number; cpu: number; claims: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let claims = 0;
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    claims = checkText(text).length;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), claims };
}

/**
 * checkText time by text size: a regional report is a few paragraphs; an annual report about 100; 8.000
 * and 16.000 sentences show whether time grows linearly; the 2 MB report is the speed target (≥ 200k
 * characters a second). CPU time is given beside wall time: the bench machine is shared.
 */
export async function run(): Promise<void> {
  checkText(reportOfSentences(400)); // warm-up: the first run compiles the code paths
  const texts: { name: string; text: string; sentences: number; repeats: number }[] = [
    ...[8, 80, 800, 8000, 16000].map((n) => ({
      name: `${n.toLocaleString("en")} sentences`,
      text: reportOfSentences(n),
      sentences: n,
      repeats: n >= 8000 ? 3 : 5,
    })),
  ];
  const big = reportOfSize(2 * 1024 * 1024);
  texts.push({ name: "2 MB report", text: big.text, sentences: big.sentences, repeats: 3 });
  const rows: (string | number)[][] = [];
  for (const { name, text, repeats } of texts) {
    const t = time(text, repeats);
    rows.push([
      name,
      text.length.toLocaleString("en"),
      t.claims.toLocaleString("en"),
      t.wall.toFixed(1),
      t.cpu.toFixed(1),
      Math.round((text.length / t.wall) * 1000).toLocaleString("en"),
      Math.round((text.length / t.cpu) * 1000).toLocaleString("en"),
    ]);
  }
  writeBenchSection(
    "check-text",
    `## checkText (narrative checker)\n\n${machineLine()}\n\nMedian time of \`checkText\` over reports built from the regional paragraphs of regional-report.ts and provincial paragraphs in the other shapes of report prose (colon forms, counts, shares, a province list, a range, a same-period ratio), 8 sentences a pair. Linear when characters per second stay level from 8,000 to 16,000 sentences and at 2 MB.\n\n` +
      markdownTable(["Text", "Characters", "Claims", "Median ms", "CPU ms", "Characters / s", "Characters / CPU s"], rows),
  );
}
