/** Whether the host supports a requirement set ("ExcelApi", "1.9"): guards calls newer hosts alone have. */
export type Requirements = (set: string, version: string) => boolean;

export function officeRequirements(): Requirements {
  return (set, version) => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
}
