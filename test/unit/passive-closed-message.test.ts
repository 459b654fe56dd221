// clarity/passive-closed flags more than a closed request: "Your ticket has been escalated", "Your feedback has been
// noted". Its message shows the first person for both kinds, so a passed-on request gets an example that fits it.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

describe('clarity/passive-closed message', function () {
  this.timeout(60_000);

  it('shows a handed-on request in the first person, not only a closed one', () => {
    const text = 'Hi Noor,\n\nYour ticket has been escalated to our warehouse. They check the stock on Tuesdays.\n\nBest,\nIlse';
    const [finding, ...more] = findingsOf('clarity/passive-closed', text, 'reply.txt', { language: 'en', kind: 'reply', placeholders: 'none' });
    assert.deepEqual(more, []);
    assert.match(finding!.message, /^"Your ticket has been escalated" hides who did it\./);
    assert.match(finding!.message, /"I've passed your feedback to [^"]+"/);
  });
});
