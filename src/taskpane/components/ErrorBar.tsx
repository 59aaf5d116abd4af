import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Bilingual } from "../../core/message";
import { useI18n } from "../../i18n/I18nProvider";

/** A failure, in the user's language, with a button to dismiss it. Loaded on the first failure. */
export function ErrorBar({ error, onDismiss }: { error: Bilingual; onDismiss: () => void }) {
  const { t, lang } = useI18n();
  return (
    <MessageBar intent="error" data-testid="error">
      <MessageBarBody>{error[lang]}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>{t("app.dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
