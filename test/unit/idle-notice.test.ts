// The idle notice (client/src/idle-notice.ts): shown for the first idle file of a workspace, never again there, also
// after a reload, while another workspace gets its own.
import * as assert from 'node:assert/strict';
import { IDLE_NOTICE_SHOWN, idleNoticeOnce } from '../../client/src/idle-notice';

/** A workspace's state as VS Code keeps it across reloads. */
function workspaceState() {
  const values = new Map<string, unknown>();
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    update: (key: string, value: unknown) => Promise.resolve(void values.set(key, value)),
  };
}

describe('idle notice', () => {
  it('is shown once per workspace, for the first idle file, and not after a reload', () => {
    const state = workspaceState();
    const shown: string[] = [];
    const notice = idleNoticeOnce(state, (fileName) => shown.push(fileName));
    notice('plan.md');
    notice('plan.md');
    notice('notes.md');
    assert.deepEqual(shown, ['plan.md']);
    assert.equal(state.get(IDLE_NOTICE_SHOWN), true);
    idleNoticeOnce(state, (fileName) => shown.push(fileName))('later.md');
    assert.deepEqual(shown, ['plan.md']);
    idleNoticeOnce(workspaceState(), (fileName) => shown.push(fileName))('other.md');
    assert.deepEqual(shown, ['plan.md', 'other.md']);
  });
});
