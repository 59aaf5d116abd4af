import { PackageLimits } from "./limits";
import { count, refuse } from "./refusal";

/**
 * What one reading of a workbook has used of the limits on cells, texts and merges, across all its
 * sheets: every command and host counts the same way, so a file is refused by all or by none.
 */
export class ReadBudget {
  private cells = 0;
  private characters = 0;
  private merges = 0;

  constructor(
    readonly file: string,
    readonly limits: PackageLimits,
  ) {}

  /** Counts one more cell of `sheet`. */
  cell(sheet: string): void {
    if (++this.cells > this.limits.cells) {
      throw refuse(
        "too-large",
        this.file,
        `bảng tính có hơn ${count(this.limits.cells, "vi")} ô (đã vượt ở sheet '${sheet}'), quá giới hạn KC đọc.`,
        `the workbook has more than ${count(this.limits.cells, "en")} cells (passed in sheet '${sheet}'), over KC's limit.`,
      );
    }
  }

  /** Counts the characters of a text KC keeps (a shared string, an inline string, a formula). */
  text(length: number): void {
    this.characters += length;
    if (this.characters > this.limits.textCharacters) {
      throw refuse(
        "too-large",
        this.file,
        `bảng tính có hơn ${count(this.limits.textCharacters, "vi")} ký tự văn bản và công thức, quá giới hạn KC đọc.`,
        `the workbook holds more than ${count(this.limits.textCharacters, "en")} characters of text and formulas, over KC's limit.`,
      );
    }
  }

  /** Counts one more merged range of `sheet`. */
  merge(sheet: string): void {
    if (++this.merges > this.limits.merges) {
      throw refuse(
        "too-large",
        this.file,
        `bảng tính có hơn ${count(this.limits.merges, "vi")} vùng gộp ô (đã vượt ở sheet '${sheet}'), quá giới hạn KC đọc.`,
        `the workbook has more than ${count(this.limits.merges, "en")} merged ranges (passed in sheet '${sheet}'), over KC's limit.`,
      );
    }
  }
}
