/**
 * Ribbon commands (shared runtime): "Kiểm tra" (kcValidate) and "Tổng hợp" (kcSummarize) open the task
 * pane and run the same action as its buttons, so progress and findings show where the user expects.
 */
import { CommandRequest, requestCommand } from "../app/command-bus";

function command(request: CommandRequest) {
  return async (event: Office.AddinCommands.Event) => {
    try {
      // SharedRuntime 1.1 is required by the manifest: every host that loads KC can show the pane.
      await Office.addin.showAsTaskpane();
      await requestCommand(request);
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("kcValidate", command("validate"));
  Office.actions.associate("kcSummarize", command("summarize"));
});
