import { Bilingual, bilingual } from "../message";
import { formatDayVi, IsoDay } from "../dates/iso-day";
import { MERGER_DAY } from "./data";
import { AmbiguousResolution, ProvinceResolution } from "./resolve";
import { officialName, predecessorsOf, ProvinceUnit } from "./units";

function names(units: readonly ProvinceUnit[], day?: IsoDay): string {
  return units.map((u) => officialName(u, day).fullName).join(", ");
}

/** Why a text names no single province: for #N/A messages and findings. */
export function unresolvedMessage(text: string, resolution: Exclude<ProvinceResolution, { kind: "unit" }>): Bilingual {
  if (resolution.kind === "unknown") {
    return bilingual(
      `Không nhận ra tỉnh, thành phố nào trong "${text}" (theo danh mục 63 đơn vị trước ${formatDayVi(MERGER_DAY)} và 34 đơn vị từ ngày đó).`,
      `"${text}" names no known province (of the 63 units before ${formatDayVi(MERGER_DAY)} or the 34 from that day).`,
    );
  }
  return ambiguousMessage(text, resolution);
}

export function ambiguousMessage(text: string, resolution: AmbiguousResolution): Bilingual {
  const list = names(resolution.candidates);
  if (resolution.reason === "initials") {
    return bilingual(
      `"${resolution.matched}" là chữ viết tắt có thể chỉ ${list}: KC không đoán, hãy ghi tên đầy đủ.`,
      `"${resolution.matched}" is a short form that may mean ${list}: KC does not guess; write the full name.`,
    );
  }
  return bilingual(`"${text}" nêu nhiều tỉnh, thành phố (${list}): cần một tỉnh.`, `"${text}" names several provinces (${list}): one is needed.`);
}

/** "Tỉnh Bến Tre đã hợp nhất vào Tỉnh Vĩnh Long từ 1/7/2025 (cùng Tỉnh Trà Vinh)." */
export function mergedMessage(old: ProvinceUnit, successor: ProvinceUnit, day?: IsoDay): Bilingual {
  const others = predecessorsOf(successor).filter((u) => u.id !== old.id);
  const oldName = officialName(old).fullName;
  const newName = officialName(successor, day).fullName;
  const merger = formatDayVi(MERGER_DAY);
  if (others.length === 0) {
    return bilingual(`${oldName} là ${newName} từ ${merger} (không sáp nhập).`, `${oldName} is ${newName} from ${merger} (not merged).`);
  }
  return bilingual(
    `${oldName} đã sáp nhập vào ${newName} từ ${merger} (cùng ${names(others)}).`,
    `${oldName} became part of ${newName} on ${merger} (with ${names(others)}).`,
  );
}
