/**
 * Renders a sample insights report (eight made-up weeks, see lib/sample-insights.ts) in headless
 * Chromium and writes docs/insights-report.png for the README. Run: npm run screenshot:insights
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAssistant } from '../src/app/build-assistant';
import { buildReport } from '../src/core/insights/build-report';
import { passageFiles } from '../src/insights/passage-files';
import { renderInsightsHtml } from '../src/insights/render-html';
import { findChromium, launchChromium } from './lib/chromium';
import { sampleInteractions } from './lib/sample-insights';

const OUT = join('docs', 'insights-report.png');

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is not installed at /usr/bin/chromium; install it with: apt-get install -y chromium');
  const built = buildAssistant('content');
  const until = new Date('2026-03-30T00:00:00Z');
  const since = new Date(until.getTime() - 8 * 7 * 86_400_000);
  const files = passageFiles('content');
  const report = buildReport(sampleInteractions(built, until), built.kb, { since, until, fileOf: (id) => files.get(id) });
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-screenshot-'));
  const browser = await launchChromium(chromium);
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderInsightsHtml(report));
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1240, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: OUT, type: 'png', clip: { x: 0, y: 0, width: 1280, height: 1240 } });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`Wrote ${OUT} (${Math.round(statSync(OUT).size / 1024)} KB) from a sample of ${report.questions.total} questions.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
