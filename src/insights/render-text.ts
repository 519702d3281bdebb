import type { InsightsReport } from '../core/insights/build-report';

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

/** The readable summary `thinkagain insights` prints without a flag. */
export function renderInsightsText(r: InsightsReport, contentDir = 'content'): string {
  const q = r.questions;
  const lines: string[] = [
    `ThinkAgain insights, ${r.since.slice(0, 10)} to ${r.until.slice(0, 10)}`,
    '',
    `Questions: ${q.total} (answered ${q.answer} = ${percent(q.answer, q.total)}, clarified ${q.clarify}, declined ${q.decline})`,
    `  Slack ${r.byPlatform.slack}, Teams ${r.byPlatform.teams}; picked after a clarify: ${r.clarifyChoices}; 👍 ${r.feedback.helpful}, 👎 ${r.feedback.notHelpful}`,
  ];
  const busyWeeks = r.weeks.filter((w) => w.total > 0);
  if (busyWeeks.length) {
    lines.push('', 'By week (answered / clarified / declined):');
    for (const w of busyWeeks) lines.push(`  ${w.week}  ${w.answer} / ${w.clarify} / ${w.decline}  (${percent(w.answer, w.total)} answered)`);
  }
  if (r.byPrinciple.length) {
    lines.push('', 'Principles asked about:');
    for (const p of r.byPrinciple) lines.push(`  ${String(p.count).padStart(4)}  ${p.title}`);
  }
  if (r.unanswered.length) {
    lines.push('', 'What the bot could not answer (declined or clarified), grouped by meaning:');
    for (const g of r.unanswered.slice(0, 20)) {
      lines.push(`  ${g.count} × (${g.declined} declined, ${g.clarified} clarified)`);
      for (const e of g.examples) lines.push(`      "${e}"`);
    }
  }
  if (r.suggestions.length) {
    lines.push('', `"Asked as" suggestions: paste each line under the passage's heading, beside its Source: line, then run content check:`);
    for (const s of r.suggestions) {
      lines.push(`  ${s.file ? `${contentDir}/${s.file}` : 'the file'}, under "## ${s.title} {#${s.passage}}" (picked ${s.count}×):`);
      lines.push(`    ${s.line}`);
    }
  }
  if (r.mostNotHelpful.length) {
    lines.push('', 'Passages with the most 👎:');
    for (const p of r.mostNotHelpful) {
      lines.push(`  👎 ${p.notHelpful}  👍 ${p.helpful}  ${p.title} {#${p.id}}`);
      for (const question of p.questions) lines.push(`      asked: "${question}"`);
    }
  }
  if (r.passages.length) {
    lines.push('', 'Passages shown (answer or picked), with feedback:');
    for (const p of r.passages.slice(0, 25)) lines.push(`  ${String(p.shown).padStart(4)}  👍 ${p.helpful}  👎 ${p.notHelpful}  ${p.id}`);
  }
  if (q.total === 0) lines.push('', 'Nothing was recorded in this period. (Recording is off when INSIGHTS=off, and the terminal never records.)');
  return `${lines.join('\n')}\n`;
}
