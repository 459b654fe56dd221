// Pictures of the workbench (server route): the ones a test of
// test/editor/screenshots/ asks for by logging a line, and one just before exit
// (REPLYLINT_SCREENSHOT=file.png).
//
// A request names the picture and what it must show:
//   [replylint-screenshot] <name> {"expect":[{"what":…,"selector":…,"text":…,"atLeast":…}],"hover":…}
// With `hover` (a CSS selector), the mouse rests on that element first, for what only a hover shows (the language
// status item's detail), and leaves it after the picture.
// Each expectation is a CSS selector of the workbench's DOM that at least `atLeast`
// (default 1) visible elements match (with `wholeInWindow: true`, wholly inside the window), with `text` in their text when given, and with
// `whole: true` none of their text cut (no part of them that clips its text, as an
// ellipsis does, is narrower than its text). They are
// waited for (up to 10 s, or the request's `timeoutMs`), then the picture is saved as <dir>/<name>.png. When one is
// not met, or the picture cannot be taken, <dir>/<name>.failed says why instead, and
// the test fails with that.
import fs from 'node:fs';
import path from 'node:path';
import { log } from './output.mjs';

const SCREENSHOT_REQUEST = /^\[replylint-screenshot\] ([\w.-]+)(?: (\{.*\}))?\s*$/;
const EXPECT_TIMEOUT_MS = 10_000;

/** Answers a workbench log line if it is a screenshot request; other lines are left alone. */
export async function answerScreenshotRequest(page, logText, screenshotsDir) {
  const request = SCREENSHOT_REQUEST.exec(logText);
  if (!request || !screenshotsDir) return;
  const file = path.join(screenshotsDir, `${request[1]}.png`);
  // Written under another name first: the test waits for one of the two files to exist.
  const publish = (suffix, content) => {
    const target = file.replace(/\.png$/, suffix);
    fs.writeFileSync(`${target}.partial`, content);
    fs.renameSync(`${target}.partial`, target);
  };
  const { expect = [], hover, timeoutMs = EXPECT_TIMEOUT_MS } = request[2] ? JSON.parse(request[2]) : {};
  try {
    const rest = hover ? () => page.hover(hover, { timeout: EXPECT_TIMEOUT_MS }) : undefined;
    if (rest) await rest();
    // A hover can close while its element stays in the page (another hover, the editor's inline-suggestion one, took
    // its place): while an expectation is unmet the mouse leaves and rests on the element again.
    const restAgain = rest && (() => page.mouse.move(0, 0).then(rest));
    const unmet = await unmetExpectations(page, expect, timeoutMs, restAgain);
    if (unmet.length > 0) {
      log(`screenshot ${file} not taken: ${unmet.join('; ')}`);
      return publish('.failed', unmet.join('\n'));
    }
    publish('.png', await page.screenshot());
    log(`screenshot: ${file}`);
  } catch (err) {
    log(`screenshot ${file} failed: ${err.message}`);
    publish('.failed', `the screenshot failed: ${err.message}`);
  } finally {
    if (hover) await page.mouse.move(0, 0).catch(() => undefined);
  }
}

/**
 * Runs in the page: how many visible elements match the selector (with the text,
 * when given), and the text of the first few elements the selector matches at all.
 */
/* global document, getComputedStyle, window */
function matchesInPage({ selector, text, whole, wholeInWindow }) {
  const squeeze = (value) => value.replace(/\s+/g, ' ').trim();
  const clips = (element) => getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
  const cut = (element) => [element, ...element.querySelectorAll('*')].some(clips);
  const all = [...document.querySelectorAll(selector)];
  // A toast still sliding in from below has its button under the window's edge.
  const inWindow = (rect) => rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
  const visible = all.filter((element) => element.getClientRects().length > 0 && (!wholeInWindow || inWindow(element.getBoundingClientRect())));
  const count = visible.filter((element) => (!text || squeeze(element.textContent).includes(squeeze(text))) && (!whole || !cut(element))).length;
  return { count, samples: all.slice(0, 3).map((element) => squeeze(element.textContent).slice(0, 120)) };
}

/** How long an unmet expectation waits on a hover before the mouse rests on its element again. */
const REST_AGAIN_MS = 5_000;

/** Waits for every expectation; returns a sentence for each one still unmet at the timeout. */
async function unmetExpectations(page, expectations, timeoutMs, restAgain) {
  const deadline = Date.now() + timeoutMs;
  let rested = Date.now();
  const unmet = [];
  for (const expectation of expectations) {
    const atLeast = expectation.atLeast ?? 1;
    let found = await page.evaluate(matchesInPage, expectation);
    while (found.count < atLeast && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (restAgain && Date.now() - rested > REST_AGAIN_MS) {
        await restAgain().catch(() => undefined);
        rested = Date.now();
      }
      found = await page.evaluate(matchesInPage, expectation);
    }
    if (found.count >= atLeast) continue;
    const withText = (expectation.text ? ` with "${expectation.text}"` : '') + (expectation.whole ? ' not cut' : '');
    const samples = found.samples.length ? ` (the selector matches: ${found.samples.map((t) => JSON.stringify(t)).join(', ')})` : '';
    unmet.push(`${expectation.what}: expected ${atLeast} or more visible ${expectation.selector}${withText}, found ${found.count}${samples}`);
  }
  return unmet;
}

/** REPLYLINT_SCREENSHOT=file.png: the workbench as it is when the tests end. */
export async function finalScreenshot(page) {
  if (!process.env.REPLYLINT_SCREENSHOT) return;
  const file = path.resolve(process.env.REPLYLINT_SCREENSHOT);
  await page.screenshot({ path: file }).then(
    () => log(`screenshot: ${file}`),
    (err) => log(`screenshot failed: ${err.message}`),
  );
}
