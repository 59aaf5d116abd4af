/**
 * The activities of khuyến công reports at the grain real layouts use. Bến Tre's funding template (L7,
 * real-layouts.md §2.2) lists 24 activity rows; each maps onto one activity code of program-rules.md,
 * which is what caps and KC's summary count by. Projects of the corpus carry the row number, so every
 * layout can show them at its own grain (a row per activity, a Roman-numeral section per code, or only in
 * the project's name).
 */

export interface FineActivity {
  /** The row number of the activity in the L7 list (1–24). */
  no: number;
  /** The label as the L7 template writes it (its spelling kept: "qui hoạch"). */
  label: string;
  /** The activity code of program-rules.md. */
  code: string;
}

export const FINE_ACTIVITIES: readonly FineActivity[] = [
  { no: 1, label: "Hỗ trợ đào tạo nghề cho lao động mới", code: "DT" },
  { no: 2, label: "Hỗ trợ đào tạo nâng cao tay nghề", code: "DT" },
  { no: 3, label: "Hỗ trợ đào tạo khởi sự doanh nghiệp", code: "DT" },
  { no: 4, label: "Hỗ trợ đào tạo nâng cao năng lực quản lý", code: "DT" },
  { no: 5, label: "Hỗ trợ tổ chức hội thảo, tập huấn kỹ thuật chuyên đề", code: "HNHT" },
  { no: 6, label: "Hỗ trợ tham quan khảo sát trong nước", code: "HNHT" },
  { no: 7, label: "Hỗ trợ tham quan khảo sát ngoài nước", code: "HNHT" },
  { no: 8, label: "Hỗ trợ thành lập cơ sở công nghiệp nông thôn (CNNT)", code: "TLDN" },
  { no: 9, label: "Hỗ trợ xây dựng mô hình trình diễn kỹ thuật", code: "MH" },
  { no: 10, label: "Hỗ trợ chuyển giao công nghệ, ứng dụng máy móc, thiết bị tiên tiến và tiến bộ KHKT", code: "MMTB" },
  { no: 11, label: "Hỗ trợ xây dựng mô hình thí điểm về áp dụng sản xuất sạch hơn", code: "SXSH" },
  { no: 12, label: "Hỗ trợ tổ chức bình chọn sản phẩm CNNT tiêu biểu", code: "BCSP" },
  { no: 13, label: "Hỗ trợ tổ chức hội chợ, triển lãm hàng CNNT tiêu biểu", code: "HCTN" },
  { no: 14, label: "Hỗ trợ cơ sở CNNT tham gia hội chợ triển lãm", code: "HCTN" },
  { no: 15, label: "Hỗ trợ cơ sở CNNT xây dựng đăng ký thương hiệu", code: "TV" },
  { no: 16, label: "Hỗ trợ làng nghề xây dựng, đăng ký thương hiệu", code: "TV" },
  { no: 17, label: "Hỗ trợ thuê tư vấn lập dự án đầu tư, marketing…", code: "TV" },
  { no: 18, label: "Hỗ trợ xuất bản bản tin/ấn phẩm", code: "TTTT" },
  { no: 19, label: "Hỗ trợ xây dựng chương trình truyền hình, truyền thanh", code: "TTTT" },
  { no: 20, label: "Hỗ trợ thành lập hiệp hội ngành nghề", code: "KHAC" },
  { no: 21, label: "Hỗ trợ lập qui hoạch chi tiết cụm công nghiệp", code: "CCN" },
  { no: 22, label: "Hỗ trợ đầu tư xây dựng kết cấu hạ tầng cụm công nghiệp", code: "CCN" },
  { no: 23, label: "Chi nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công", code: "NLQL" },
  { no: 24, label: "Chi nội dung khác", code: "KHAC" },
];

export function fineActivity(no: number): FineActivity {
  const a = FINE_ACTIVITIES.find((x) => x.no === no);
  if (!a) throw new Error(`No activity row ${no}`);
  return a;
}

/**
 * How the corpus's projects of an activity are sized, in triệu đồng, and how much the programme pays.
 * Supports stay within the strictest ceilings known (national TT 28/2018 and the provincial resolutions of
 * program-rules.md: machinery 50% ≤ 250 per establishment, demonstration 30% ≤ 800, cleaner production 30%
 * ≤ 400, product voting ≤ 200 a round, new enterprises ≤ 10 each), so a clean workbook never exceeds one.
 */
export interface ActivityShape {
  cost: [number, number];
  share: [number, number];
  /** Cap on support per beneficiary (or per project when `perProject`), triệu đồng. */
  cap?: number;
  perProject?: boolean;
  /** Several beneficiaries may share one project. */
  several?: boolean;
  /** A group project (đề án nhóm) may name no beneficiary. */
  group?: boolean;
}

export const SHAPES: Record<string, ActivityShape> = {
  DT: { cost: [40, 220], share: [1, 1], group: true },
  HNHT: { cost: [30, 160], share: [0.8, 1], group: true },
  TLDN: { cost: [12, 40], share: [0.2, 0.4], cap: 10, several: true },
  MH: { cost: [900, 2600], share: [0.2, 0.3], cap: 800, perProject: true },
  MMTB: { cost: [250, 1100], share: [0.25, 0.5], cap: 250, several: true },
  SXSH: { cost: [600, 1300], share: [0.2, 0.3], cap: 400, perProject: true },
  BCSP: { cost: [120, 240], share: [0.6, 0.8], cap: 200, perProject: true },
  HCTN: { cost: [100, 600], share: [0.5, 0.8] },
  TV: { cost: [50, 220], share: [0.6, 0.8] },
  TTTT: { cost: [50, 300], share: [1, 1], group: true },
  KHAC: { cost: [20, 100], share: [1, 1] },
  CCN: { cost: [4000, 9000], share: [0.4, 0.6], cap: 6000, perProject: true },
  NLQL: { cost: [20, 100], share: [1, 1], group: true },
};

/** Words that name a project of each activity, so a reader can infer the activity from the name alone. */
export const PROJECT_NAMES: Record<string, readonly string[]> = {
  DT: ["Đào tạo nghề {product} cho lao động nông thôn", "Đào tạo nâng cao tay nghề {product}"],
  HNHT: ["Hội thảo chuyên đề phát triển sản phẩm {product}", "Tổ chức đoàn tham quan khảo sát mô hình {product}"],
  TLDN: ["Hỗ trợ thành lập cơ sở sản xuất {product}"],
  MH: ["Xây dựng mô hình trình diễn kỹ thuật sản xuất {product}"],
  MMTB: ["Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất {product}", "Hỗ trợ ứng dụng máy móc thiết bị trong chế biến {product}"],
  SXSH: ["Xây dựng mô hình thí điểm sản xuất sạch hơn trong chế biến {product}"],
  BCSP: ["Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"],
  HCTN: ["Hỗ trợ cơ sở tham gia hội chợ triển lãm hàng CNNT tiêu biểu", "Tổ chức hội chợ triển lãm hàng {product}"],
  TV: ["Hỗ trợ xây dựng, đăng ký thương hiệu sản phẩm {product}", "Tư vấn lập dự án đầu tư sản xuất {product}"],
  TTTT: ["Thông tin tuyên truyền hoạt động khuyến công", "Xây dựng chương trình truyền hình về khuyến công"],
  KHAC: ["Hỗ trợ thành lập hiệp hội ngành nghề {product}"],
  CCN: ["Hỗ trợ đầu tư xây dựng kết cấu hạ tầng cụm công nghiệp {place}"],
  NLQL: ["Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công"],
};

export const PRODUCTS = [
  "bánh tráng",
  "kẹo dừa",
  "chỉ xơ dừa",
  "cà phê bột",
  "hạt điều",
  "nước mắm",
  "gạch nung",
  "đồ gỗ mỹ nghệ",
  "mây tre đan",
  "chiếu cói",
  "bún khô",
  "nem chua",
  "mắc ca",
  "trà túi lọc",
  "gốm đất nung",
  "thức ăn chăn nuôi",
] as const;

/** The indicators of Bến Tre's results template (L6, real-layouts.md §2.1), with their "of which" children. */
export interface Indicator {
  /** The number in the TT column (1–23). */
  no: number;
  label: string;
  unit: string;
  /** The activity row (L7) whose projects the indicator counts, when there is one. */
  activity?: number;
  children: readonly { label: string; unit: string }[];
}

export const INDICATORS: readonly Indicator[] = [
  {
    no: 1,
    label: "Số lao động mới được đào tạo",
    unit: "Lao động",
    activity: 1,
    children: [{ label: "- Trong đó số lao động có việc làm sau đào tạo", unit: "Lao động" }],
  },
  { no: 2, label: "Số lao động được đào tạo nâng cao tay nghề", unit: "Lao động", activity: 2, children: [] },
  { no: 3, label: "Số học viên được đào tạo khởi sự doanh nghiệp", unit: "Học viên", activity: 3, children: [] },
  { no: 4, label: "Số học viên được đào tạo nâng cao năng lực quản lý", unit: "Học viên", activity: 4, children: [] },
  { no: 5, label: "Số hội thảo, tập huấn kỹ thuật chuyên đề được tổ chức", unit: "Hội nghị", activity: 5, children: [] },
  {
    no: 6,
    label: "Số đoàn tham quan khảo sát trong nước được tổ chức",
    unit: "Đoàn",
    activity: 6,
    children: [{ label: "- Số lượt người được hỗ trợ tham quan khảo sát trong nước", unit: "Lượt người" }],
  },
  {
    no: 7,
    label: "Số đoàn tham quan khảo sát ngoài nước được tổ chức",
    unit: "Đoàn",
    activity: 7,
    children: [{ label: "- Số lượt người được hỗ trợ tham quan khảo sát ngoài nước", unit: "Lượt người" }],
  },
  { no: 8, label: "Số cơ sở công nghiệp nông thôn (CNNT) được hỗ trợ thành lập", unit: "Cơ sở", activity: 8, children: [] },
  {
    no: 9,
    label: "Số mô hình trình diễn kỹ thuật được xây dựng",
    unit: "Mô hình",
    activity: 9,
    children: [{ label: "- Tổng số vốn đầu tư thu hút được", unit: "Tr. Đồng" }],
  },
  {
    no: 10,
    label: "Số cơ sở CNNT được tiếp nhận chuyển giao công nghệ, ứng dụng máy móc, thiết bị tiên tiến và tiến bộ KHKT",
    unit: "Cơ sở",
    activity: 10,
    children: [{ label: "- Tổng vốn đầu tư thu hút được", unit: "Tr. Đồng" }],
  },
  { no: 11, label: "Số mô hình thí điểm về sản xuất sạch hơn được xây dựng", unit: "Mô hình", activity: 11, children: [] },
  // The double space is in the real template.
  { no: 12, label: "Số sản phẩm CNNT tiêu biểu được bình chọn có hỗ trợ từ  nguồn kinh phí khuyến công", unit: "Sản phẩm", activity: 12, children: [] },
  {
    no: 13,
    label: "Số hội chợ, triển lãm hàng CNNT tiêu biểu được tổ chức",
    unit: "Hội chợ",
    activity: 13,
    children: [{ label: "- Tổng số gian hàng", unit: "Gian hàng" }],
  },
  { no: 14, label: "Số cơ sở CNNT được hỗ trợ tham gia hội chợ triển lãm", unit: "Cơ sở", activity: 14, children: [] },
  { no: 15, label: "Số cơ sở CNNT được hỗ trợ xây dựng, đăng ký thương hiệu", unit: "Cơ sở", activity: 15, children: [] },
  { no: 16, label: "Số cơ sở CNNT được hỗ trợ thuê tư vấn (đầu tư, marketing…)", unit: "Cơ sở", activity: 17, children: [] },
  { no: 17, label: "Số bản in/ấn phẩm được xuất bản", unit: "Bản tin/ấn phẩm", activity: 18, children: [] },
  { no: 18, label: "Số chương trình truyền hình, truyền thanh được xây dựng", unit: "Chương trình", activity: 19, children: [] },
  { no: 19, label: "Số hiệp hội ngành nghề được thành lập", unit: "Hiệp hội", activity: 20, children: [] },
  { no: 20, label: "Số cụm công nghiệp được hỗ trợ lập quy hoạch chi tiết", unit: "Cụm", activity: 21, children: [] },
  { no: 21, label: "Số cụm công nghiệp được hỗ trợ đầu tư xây dựng kết cấu hạ tầng", unit: "Cụm", activity: 22, children: [] },
  {
    no: 22,
    label: "Số lớp đào tạo về khuyến công được tổ chức",
    unit: "Lớp",
    activity: 23,
    children: [{ label: "- Số lượt người làm công tác khuyến công được đào tạo", unit: "Lượt người" }],
  },
  { no: 23, label: "Số cán bộ làm việc tại các trung tâm khuyến công và TVPTCN của tỉnh", unit: "Cán bộ", children: [] },
];
