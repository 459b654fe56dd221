// Idle (no .replylint.yaml in reach, and the file is not clearly a reply) shows only under the `{}` language status
// icon, which a new user does not open. So the first idle file of a workspace also gets one notice with the way out,
// "Create Configuration". Once per workspace, as vscode-eslint tells of a missing config: never again after that.
// No `vscode` import at run time: the rule is tested outside the editor.
import type { Memento } from 'vscode';

/** The workspace-state key that says the notice was shown in this workspace. */
export const IDLE_NOTICE_SHOWN = 'replylint.idleNoticeShown';

/** Calls `show` with the idle file's name the first time in a workspace whose state is `state`, never after (reloads too). */
export function idleNoticeOnce(state: Pick<Memento, 'get' | 'update'>, show: (fileName: string) => void): (fileName: string) => void {
  return (fileName) => {
    if (state.get<boolean>(IDLE_NOTICE_SHOWN)) return;
    void state.update(IDLE_NOTICE_SHOWN, true);
    show(fileName);
  };
}
