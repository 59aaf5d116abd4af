import Decimal from "decimal.js";

// 40 significant digits keep every bound exact for figures of reports (up to 10^15 with 20 decimals).
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };
