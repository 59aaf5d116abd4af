import { useCallback, useState } from "react";
import type { WorkbookPort } from "../app/port";
import { loadUserSettings, saveUserSettings, UserSettings, WorkbookSettings } from "../app/settings";

export interface SettingsState {
  user: UserSettings;
  /** The open workbook's settings; undefined until read. */
  workbook?: WorkbookSettings;
  updateUser: (patch: Partial<UserSettings>) => void;
  /** Reads the workbook's settings again (a workbook was opened on the web page). */
  reloadWorkbook: () => Promise<void>;
  updateWorkbook: (next: WorkbookSettings) => Promise<void>;
}

/** The user's settings (read at once from the port's store) and the open workbook's (read when asked). */
export function useSettings(port: WorkbookPort): SettingsState {
  const [user, setUser] = useState(() => loadUserSettings(port.userStore));
  const [workbook, setWorkbook] = useState<WorkbookSettings>();
  const updateUser = useCallback(
    (patch: Partial<UserSettings>) =>
      setUser((current) => {
        const next = { ...current, ...patch };
        saveUserSettings(port.userStore, next);
        return next;
      }),
    [port],
  );
  const reloadWorkbook = useCallback(async () => setWorkbook(await port.readWorkbookSettings()), [port]);
  const updateWorkbook = useCallback(
    async (next: WorkbookSettings) => {
      await port.writeWorkbookSettings(next);
      setWorkbook(next);
    },
    [port],
  );
  return { user, workbook, updateUser, reloadWorkbook, updateWorkbook };
}
