import type { InsightsReport } from '../core/insights/build-report';
import { answeredShareChart, escapeHtml, horizontalBarChart, OUTCOME_COLOURS, weeklyOutcomeChart } from './svg-charts';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:#1d1d1f;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.7rem;margin:0 0 4px}h2{font-size:1.15rem;margin:0 0 12px}
.period{color:#555;margin:0 0 20px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:20px}
.tile{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.tile .n{display:block;font-size:2rem;font-weight:700;line-height:1.1}
.tile .l{color:#555;font-size:.9rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:16px;align-items:start}
section.card{background:#fff;border-radius:10px;padding:16px 18px;box-shadow:0 1px 2px rgba(0,0,0,.08);margin-bottom:16px;min-width:0}
.legend{display:flex;gap:16px;font-size:.85rem;color:#444;margin-top:6px;flex-wrap:wrap}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
.groups{list-style:none;margin:0;padding:0}
.groups li{border-top:1px solid #eee;padding:10px 0}
.groups .count{font-weight:700;margin-right:8px}
.groups q{display:block;color:#333;margin-left:4px}
.muted{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #eee;vertical-align:top}
th{font-weight:600;color:#444}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{background:#f0f2f5;padding:2px 6px;border-radius:4px;font-size:.9rem;word-break:break-word}
svg.chart{display:block;max-width:100%;height:auto}
footer{color:#666;font-size:.85rem;margin-top:24px}
@media (max-width:560px){.grid{grid-template-columns:1fr}}
`;

const tile = (metric: string, value: string, label: string) => `<div class="tile"><span class="n" data-metric="${metric}">${escapeHtml(value)}</span><span class="l">${escapeHtml(label)}</span></div>`;

/**
 * The report as one self-contained HTML page: inline CSS and server-drawn SVG, no script, no fonts, no
 * requests (its Content-Security-Policy forbids them). Every piece of question text is escaped.
 */
export function renderInsightsHtml(r: InsightsReport, contentDir = 'content'): string {
  const q = r.questions;
  const share = q.total === 0 ? '–' : `${Math.round((q.answer / q.total) * 100)}%`;
  const period = `${r.since.slice(0, 10)} to ${r.until.slice(0, 10)}`;
  const legend = `<div class="legend"><span><i style="background:${OUTCOME_COLOURS.answer}"></i>Answered</span><span><i style="background:${OUTCOME_COLOURS.clarify}"></i>Asked which they meant</span><span><i style="background:${OUTCOME_COLOURS.decline}"></i>Could not answer</span></div>`;

  const groups = r.unanswered.length
    ? `<ul class="groups">${r.unanswered
        .slice(0, 30)
        .map((g) => `<li data-group-count="${g.count}"><span class="count">${g.count}×</span><span class="muted">${g.declined} not answered, ${g.clarified} needed a choice</span>${g.examples.map((e) => `<q>${escapeHtml(e)}</q>`).join('')}</li>`)
        .join('')}</ul>`
    : '<p class="muted">Nothing: every question was answered.</p>';

  const suggestions = r.suggestions.length
    ? `<p class="muted">Each line came from someone who picked this passage after the bot asked which they meant. Paste it under the passage's heading, next to its <code>Source:</code> line, then run <code>npm run thinkagain -- content check</code>.</p><table><thead><tr><th>File and passage</th><th>Line to paste</th><th class="num">Picked</th></tr></thead><tbody>${r.suggestions
        .map((s) => `<tr data-suggestion="${escapeHtml(s.passage)}"><td>${escapeHtml(s.file ? `${contentDir}/${s.file}` : '')}<br><span class="muted">${escapeHtml(s.title)} {#${escapeHtml(s.passage)}}</span></td><td><code>${escapeHtml(s.line)}</code></td><td class="num">${s.count}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">No suggestions yet: they appear when someone picks a passage after the bot asked which they meant.</p>';

  const notHelpful = r.mostNotHelpful.length
    ? horizontalBarChart('not-helpful', 'Passages marked not helpful', r.mostNotHelpful.map((p) => ({ label: p.title, value: p.notHelpful })), OUTCOME_COLOURS.decline)
    : '<p class="muted">No passage was marked not helpful in this period.</p>';
  const withQuestions = r.mostNotHelpful.filter((p) => p.questions.length);
  const notHelpfulQuestions = withQuestions.length
    ? `<section class="card"><h2>What people had asked when they marked a passage not helpful</h2><ul class="groups">${withQuestions
        .map((p) => `<li><span class="count">${escapeHtml(p.title)}</span>${p.questions.map((x) => `<q>${escapeHtml(x)}</q>`).join('')}</li>`)
        .join('')}</ul></section>`
    : '';

  const passages = r.passages.length
    ? `<table><thead><tr><th>Passage</th><th class="num">Shown</th><th class="num">Helpful</th><th class="num">Not helpful</th></tr></thead><tbody>${r.passages
        .map((p) => `<tr data-passage="${escapeHtml(p.id)}"><td>${escapeHtml(p.title)}<br><span class="muted">${escapeHtml(p.id)}</span></td><td class="num">${p.shown}</td><td class="num">${p.helpful}</td><td class="num">${p.notHelpful}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">No passages shown in this period.</p>';

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>ThinkAgain insights, ${escapeHtml(period)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>What staff asked ThinkAgain</h1>
<p class="period">${escapeHtml(period)} · Slack <span data-metric="slack">${r.byPlatform.slack}</span> · Teams <span data-metric="teams">${r.byPlatform.teams}</span></p>
<div class="tiles">
${tile('questions-total', String(q.total), 'questions')}
${tile('answered-share', share, 'answered at once')}
${tile('questions-clarify', String(q.clarify), 'asked which they meant')}
${tile('questions-decline', String(q.decline), 'could not answer')}
${tile('helpful', String(r.feedback.helpful), 'marked helpful')}
${tile('not-helpful', String(r.feedback.notHelpful), 'marked not helpful')}
</div>
<div class="grid">
<section class="card"><h2>Questions per week</h2>${weeklyOutcomeChart(r.weeks)}${legend}</section>
<section class="card"><h2>Share answered at once</h2>${answeredShareChart(r.weeks)}</section>
</div>
<div class="grid">
<section class="card"><h2>Principles asked about</h2>${horizontalBarChart('principles', 'Principles asked about', r.byPrinciple.map((p) => ({ label: p.title, value: p.count })), '#2f5fa7')}</section>
<section class="card"><h2>Passages marked not helpful</h2>${notHelpful}</section>
</div>
<section class="card"><h2>What to write next</h2><p class="muted">Questions the bot could not answer or had to ask about, grouped by meaning, biggest group first.</p>${groups}</section>
<section class="card"><h2>“Asked as” lines to paste</h2>${suggestions}</section>
${notHelpfulQuestions}
<section class="card"><h2>Passages shown</h2>${passages}</section>
<footer>Question text is kept only when the bot could not answer, had to ask which passage was meant, or was marked not helpful, and is scrubbed of email addresses, phone numbers, postcodes and long numbers first. No names or user, channel or team ids are stored.</footer>
</main>
</body>
</html>
`;
}
