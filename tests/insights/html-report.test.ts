import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { buildAssistant } from '../../src/app/build-assistant';
import { buildReport, type InsightsReport } from '../../src/core/insights/build-report';
import { renderInsightsHtml } from '../../src/insights/render-html';
import { findChromium, launchChromium } from '../../scripts/lib/chromium';
import { sampleInteractions } from '../../scripts/lib/sample-insights';

const CHROMIUM = findChromium();
const HOSTILE = `<script>window.__ran = true</script> what about **bold** and <img src=x onerror="window.__ran=true">`;

if (!CHROMIUM) console.log('Skipping the HTML report test in Chromium: no Chromium at /usr/bin/chromium (install it with: apt-get install -y chromium).');
(CHROMIUM ? describe : describe.skip)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let report: InsightsReport;
  const requests: string[] = [];

  beforeAll(async () => {
    const built = buildAssistant('content');
    const until = new Date('2026-03-30T00:00:00Z');
    const since = new Date(until.getTime() - 8 * 7 * 86_400_000);
    const rows = sampleInteractions(built, until);
    rows.push({ at: new Date('2026-03-20T10:00:00Z'), platform: 'slack', surface: 'slash-command', kind: 'question', outcome: 'decline', passageIds: [], question: HOSTILE });
    report = buildReport(rows, built.kb, { since, until, fileOf: () => 'principles/x.md' });
    dir = mkdtempSync(join(tmpdir(), 'thinkagain-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderInsightsHtml(report));
    browser = await launchChromium(CHROMIUM!);
    page = await browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = <T>(script: string): Promise<T> => page.evaluate(script) as Promise<T>;

  test('every chart drew, with visible shapes', async () => {
    const charts = await run<Array<{ name: string; width: number; height: number; shapes: number; sized: number }>>(`[...document.querySelectorAll('svg[data-chart]')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const shapes = [...svg.querySelectorAll('rect, circle, polyline')];
      return { name: svg.dataset.chart, width: box.width, height: box.height, shapes: shapes.length, sized: shapes.filter((s) => { const b = s.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length };
    })`);
    expect(charts.map((c) => c.name).sort()).toEqual(['answered-share', 'not-helpful', 'principles', 'weekly-outcomes']);
    for (const chart of charts) {
      expect({ name: chart.name, wide: chart.width > 300, tall: chart.height > 40, drawn: chart.sized > 0 && chart.sized === chart.shapes }).toEqual({ name: chart.name, wide: true, tall: true, drawn: true });
    }
  });

  test('the numbers on the page are the numbers in the JSON', async () => {
    const metrics = await run<Record<string, string>>(`Object.fromEntries([...document.querySelectorAll('[data-metric]')].map((e) => [e.dataset.metric, e.textContent]))`);
    expect(metrics).toEqual({
      slack: String(report.byPlatform.slack),
      teams: String(report.byPlatform.teams),
      'questions-total': String(report.questions.total),
      'answered-share': `${Math.round((report.questions.answer / report.questions.total) * 100)}%`,
      'questions-clarify': String(report.questions.clarify),
      'questions-decline': String(report.questions.decline),
      helpful: String(report.feedback.helpful),
      'not-helpful': String(report.feedback.notHelpful),
    });
    const bars = await run<Array<{ week: string; outcome: string; value: number }>>(`[...document.querySelectorAll('svg[data-chart="weekly-outcomes"] rect[data-week]')].map((r) => ({ week: r.dataset.week, outcome: r.dataset.outcome, value: Number(r.dataset.value) }))`);
    const fromJson = report.weeks.flatMap((w) => (['answer', 'clarify', 'decline'] as const).filter((o) => w[o] > 0).map((o) => ({ week: w.week, outcome: o, value: w[o] })));
    expect(bars).toEqual(fromJson);
    const principles = await run<number[]>(`[...document.querySelectorAll('svg[data-chart="principles"] rect')].map((r) => Number(r.dataset.value))`);
    expect(principles).toEqual(report.byPrinciple.map((p) => p.count));
    const groups = await run<number[]>(`[...document.querySelectorAll('[data-group-count]')].map((e) => Number(e.dataset.groupCount))`);
    expect(groups).toEqual(report.unanswered.slice(0, 30).map((g) => g.count));
    const lines = await run<string[]>(`[...document.querySelectorAll('[data-suggestion] code')].map((e) => e.textContent)`);
    expect(lines).toEqual(report.suggestions.map((s) => s.line));
    expect(lines.length).toBeGreaterThan(0);
  });

  test('question text with HTML in it is shown as text and never runs', async () => {
    expect(await run<unknown>('window.__ran')).toBeUndefined();
    expect(await run<number>(`document.querySelectorAll('main script, main img').length`)).toBe(0);
    const quoted = await run<string[]>(`[...document.querySelectorAll('.groups q')].map((q) => q.textContent)`);
    expect(quoted).toContain(HOSTILE);
  });

  test('fits a laptop screen without sideways scrolling, and asks for nothing from the network', async () => {
    for (const width of [1280, 1024]) {
      await page.setViewport({ width, height: 800 });
      expect(await run<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    }
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  });
});
