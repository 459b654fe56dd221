// The server collects garbage once typing in a big document stops (lsp/idle-collector.ts).
import * as assert from 'node:assert/strict';
import { IdleCollector, fullCollection, type Timers } from '../../server/src/lsp/idle-collector';

/** Timers run by hand: `fire()` runs the pending one, as if the wait had passed. */
class ManualTimers implements Timers {
  pending: (() => void) | undefined;
  /** The pending wait's length. */
  ms: number | undefined;
  cleared = 0;
  set(run: () => void, ms: number): unknown {
    assert.equal(this.pending, undefined, 'one wait at a time');
    this.pending = run;
    this.ms = ms;
    return run;
  }
  clear(timer: unknown): void {
    assert.equal(timer, this.pending);
    this.pending = undefined;
    this.cleared++;
  }
  fire(): void {
    const run = this.pending;
    this.pending = undefined;
    run?.();
  }
}

describe('idle collector', () => {
  it('collects once after enough dropped text, when no lint came during the wait', () => {
    const timers = new ManualTimers();
    let collected = 0;
    const collector = new IdleCollector(() => collected++, timers, 100, 2000);
    collector.linted(40);
    collector.linted(40);
    assert.equal(timers.pending, undefined, 'not enough dropped yet: no wait');
    collector.linted(40);
    assert.ok(timers.pending, 'enough dropped: the wait starts');
    collector.linted(40);
    assert.equal(timers.cleared, 1, 'a lint during the wait restarts it');
    assert.equal(collected, 0);
    timers.fire();
    assert.equal(collected, 1);
    assert.equal(collector.collections, 1);
    collector.linted(40);
    assert.equal(timers.pending, undefined, 'the count starts again after a collection');
  });

  it('collects as soon as the lint is answered once far more was dropped, typing or not', () => {
    const timers = new ManualTimers();
    let collected = 0;
    const collector = new IdleCollector(() => collected++, timers, 100, 2000, 250);
    collector.linted(120);
    assert.equal(timers.ms, 2000, 'enough for a collection: after a pause');
    collector.linted(120);
    assert.equal(timers.ms, 2000, 'still under the second threshold');
    collector.linted(120);
    assert.equal(timers.ms, 0, 'far more dropped: right away');
    assert.equal(timers.cleared, 2);
    assert.equal(collected, 0, 'not inside the lint itself');
    timers.fire();
    assert.equal(collected, 1);
    collector.linted(120);
    assert.equal(timers.ms, 2000, 'the count starts again after the collection');
    collector.linted(120);
    collector.linted(120);
    assert.equal(timers.ms, 0);
    timers.fire();
    assert.equal(collected, 2);
  });

  it('collects before the first lint of a big document, at once', () => {
    const timers = new ManualTimers();
    let collected = 0;
    const collector = new IdleCollector(() => collected++, timers, 100, 2000, 250, 1000);
    collector.opening(999);
    assert.equal(collected, 0, 'a small document: its message left little');
    assert.equal(timers.pending, undefined);
    collector.linted(150);
    assert.equal(timers.ms, 2000, 'a wait for dropped text');
    collector.opening(1000);
    assert.equal(collected, 1, 'a big one: right away, not on a timer');
    assert.equal(timers.pending, undefined, 'the wait is done by it');
    assert.equal(timers.cleared, 1);
    assert.equal(collector.collections, 1);
    collector.linted(60);
    assert.equal(timers.pending, undefined, 'the count of dropped text starts again');
    collector.linted(60);
    assert.equal(timers.ms, 2000);
  });

  it('disposes of its wait', () => {
    const timers = new ManualTimers();
    const collector = new IdleCollector(() => assert.fail('collected after dispose'), timers, 10, 2000);
    collector.linted(20);
    collector.dispose();
    assert.equal(timers.pending, undefined);
  });

  it('reaches V8 without a launch flag', () => {
    const gc = fullCollection();
    assert.equal(typeof gc, 'function');
    gc();
  });
});
