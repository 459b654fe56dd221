// Pictures of the workbench (server route): the ones a test of
// test/editor/screenshots/ asks for by logging a line, and one just before exit
// (REPLYLINT_SCREENSHOT=file.png).
import fs from 'node:fs';
import path from 'node:path';
import { log } from './output.mjs';

// A test asks for a screenshot by logging this line (test/editor/screenshots/).
const SCREENSHOT_REQUEST = /^\[replylint-screenshot\] ([\w.-]+)\s*$/;

/** Saves the screenshot a workbench log line asks for, if it is such a request. */
export async function answerScreenshotRequest(page, logText, screenshotsDir) {
  const shot = SCREENSHOT_REQUEST.exec(logText);
  if (shot && screenshotsDir) await saveScreenshot(page, path.join(screenshotsDir, `${shot[1]}.png`));
}

async function saveScreenshot(page, file) {
  try {
    // Written under another name first: the test waits for the file to exist.
    const partial = `${file}.partial`;
    fs.writeFileSync(partial, await page.screenshot());
    fs.renameSync(partial, file);
    log(`screenshot: ${file}`);
  } catch (err) {
    log(`screenshot ${file} failed: ${err.message}`);
  }
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
