// `--format html` in a real browser: Debian's Chromium driven by playwright-core
// opens the report from disk, with no network. It must render without console
// errors, show the heat map, both charts and every reply (worst first, findings
// highlighted), and leave a screenshot in test-results/.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../support/build';
import { runCli, tempDir } from '../support/cli';

const CHROMIUM = process.env.REPLYLINT_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = path.join(REPO_ROOT, 'test-results', 'html-report.png');

const LIBRARY = `## Refund delay <script>alert(1)</script>

Hi {{first_name,

Your refund will arrive soon. Obviously, just click the link.

## Shipping update

Hello Zoë 👋,

Thanks for your patience. I have shipped your order today; it arrives on Friday.

Best,
Ana
`;

describe('cli: --format html QA report (in Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let html: string;
  let file: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.REPLYLINT_CI) throw new Error(`Chromium not found at ${CHROMIUM}`);
      console.warn(`\n  SKIPPED: the HTML report browser test needs Chromium at ${CHROMIUM} (apt-get install chromium).\n`);
      this.skip();
    }
    const dir = tempDir({ 'macros/library.md': LIBRARY, 'macros/pl/zwrot.md': '<!-- replylint language=pl -->\nWitam,\n\nZwrot dotrze wkrótce.\n' });
    const run = await runCli(['--format', 'html', 'macros'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    html = run.stdout;
    file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('is one self-contained page: no scripts, no external resources, titles escaped', () => {
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link |src="http|url\(http/i);
    assert.ok(html.includes('Refund delay &lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('renders in Chromium with no console errors: heat map, charts, worst reply first with findings marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.title(), 'Replylint QA report');

    // Heat map: one row per reply, one column per rubric item, coloured cells.
    const rows = await page.locator('table.heat tbody tr').count();
    assert.equal(rows, 3);
    assert.deepEqual(await page.locator('table.heat thead th').allTextContents(), [
      'Reply',
      'Greeting',
      'Empathy',
      'Next step',
      'Ownership',
      'Closing',
      'Findings',
    ]);
    const failColour = await page
      .locator('table.heat td.score.fail')
      .first()
      .evaluate(
        (cell) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(cell).backgroundColor,
      );
    assert.equal(failColour, 'rgb(198, 40, 40)');

    // Two bar charts with a bar per category and per rule, drawn with a size.
    const charts = page.locator('figure svg');
    assert.equal(await charts.count(), 2);
    for (let index = 0; index < 2; index++) {
      const box = await charts.nth(index).boundingBox();
      assert.ok(box && box.width > 300 && box.height > 20);
      assert.ok((await charts.nth(index).locator('rect').count()) >= 2);
    }
    assert.ok((await page.locator('figure').nth(1).locator('a text', { hasText: 'placeholder/malformed' }).count()) === 1, 'rule bars link to the rule docs');

    // Replies worst first: the broken one before the clean shipping update.
    const titles = await page
      .locator('section.reply h3')
      .evaluateAll((headings: { firstChild: { textContent: string | null } | null }[]) => headings.map((heading) => heading.firstChild?.textContent?.trim()));
    assert.equal(titles[0], 'Refund delay <script>alert(1)</script>');
    assert.equal(titles[titles.length - 1], 'Shipping update');
    const marks = page.locator('section.reply').first().locator('mark');
    assert.ok((await marks.count()) >= 3);
    assert.ok((await marks.allTextContents()).includes('soon'));
    assert.match((await marks.filter({ hasText: 'soon' }).getAttribute('title')) ?? '', /deferral\/vague-timeframe/);
    assert.equal(await page.locator('section.reply').last().locator('mark').count(), 0);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(fs.statSync(SCREENSHOT).size > 10000);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
