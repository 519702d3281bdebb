/** Server-side SVG charts for the insights report: plain shapes, no script, sized by their viewBox. */

export const OUTCOME_COLOURS = { answer: '#1b7f4b', clarify: '#b86e00', decline: '#b3261e' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"';

function svg(name: string, title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" data-chart="${name}" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg" ${FONT}><title>${escapeHtml(title)}</title>${body}</svg>`;
}

/** A top for the axis that splits into four whole, round steps (4, 8, 20, 40, 100…). */
function niceMax(value: number): number {
  const rough = Math.max(1, value / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ?? 10 * power;
  return step * 4;
}

function shortDate(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export interface WeekBar {
  week: string;
  answer: number;
  clarify: number;
  decline: number;
}

/** Questions per week, stacked by outcome. */
export function weeklyOutcomeChart(weeks: readonly WeekBar[]): string {
  const width = 640;
  const height = 260;
  const left = 36;
  const bottom = 36;
  const top = 12;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...weeks.map((w) => w.answer + w.clarify + w.decline)));
  const slot = weeks.length ? plotW / weeks.length : plotW;
  const barW = Math.max(4, Math.min(40, slot * 0.7));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [gridLines(left, width - 8, top, plotH, max)];
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((w, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    let base = 0;
    for (const outcome of ['answer', 'clarify', 'decline'] as const) {
      const value = w[outcome];
      if (value > 0) {
        const y0 = y(base + value);
        parts.push(`<rect data-outcome="${outcome}" data-week="${w.week}" data-value="${value}" x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y0).toFixed(1)}" fill="${OUTCOME_COLOURS[outcome]}"><title>${shortDate(w.week)}: ${value} ${outcome === 'answer' ? 'answered' : outcome === 'clarify' ? 'clarified' : 'declined'}</title></rect>`);
      }
      base += value;
    }
    if (i % labelEvery === 0) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle" fill="#444">${shortDate(w.week)}</text>`);
  });
  return svg('weekly-outcomes', 'Questions per week by outcome', width, height, parts.join(''));
}

/** Share of each week's questions answered at once, as a line; weeks without questions leave a gap. */
export function answeredShareChart(weeks: ReadonlyArray<{ week: string; answeredShare: number | null }>): string {
  const width = 640;
  const height = 220;
  const left = 44;
  const top = 12;
  const bottom = 36;
  const plotW = width - left - 32;
  const plotH = height - top - bottom;
  const slot = weeks.length > 1 ? plotW / (weeks.length - 1) : 0;
  const x = (i: number) => left + (weeks.length > 1 ? i * slot : plotW / 2);
  const y = (share: number) => top + plotH - share * plotH;
  const parts: string[] = [];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(share).toFixed(1)}" y2="${y(share).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(share) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#444">${share * 100}%</text>`);
  }
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${OUTCOME_COLOURS.answer}" stroke-width="2.5"/>`);
    run = [];
  };
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((w, i) => {
    if (w.answeredShare === null) flush();
    else {
      run.push(`${x(i).toFixed(1)},${y(w.answeredShare).toFixed(1)}`);
      parts.push(`<circle data-week="${w.week}" data-value="${w.answeredShare}" cx="${x(i).toFixed(1)}" cy="${y(w.answeredShare).toFixed(1)}" r="4" fill="${OUTCOME_COLOURS.answer}"><title>${shortDate(w.week)}: ${Math.round(w.answeredShare * 100)}% answered</title></circle>`);
    }
    if (i % labelEvery === 0) parts.push(`<text x="${x(i).toFixed(1)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle" fill="#444">${shortDate(w.week)}</text>`);
  });
  flush();
  return svg('answered-share', 'Share of questions answered at once, by week', width, height, parts.join(''));
}

/** Labelled horizontal bars, biggest first (as given). */
export function horizontalBarChart(name: string, title: string, items: ReadonlyArray<{ label: string; value: number }>, colour: string): string {
  const width = 640;
  const row = 28;
  const labelW = 300;
  const height = Math.max(1, items.length) * row + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const barMax = width - labelW - 48;
  const parts = items.map((item, i) => {
    const y = 4 + i * row;
    const w = Math.max(2, (item.value / max) * barMax);
    const label = item.label.length > 42 ? `${item.label.slice(0, 41)}…` : item.label;
    return (
      `<text x="${labelW - 8}" y="${y + 17}" font-size="12" text-anchor="end" fill="#222">${escapeHtml(label)}<title>${escapeHtml(item.label)}</title></text>` +
      `<rect data-label="${escapeHtml(item.label)}" data-value="${item.value}" x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 10}" rx="3" fill="${colour}"/>` +
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}" font-size="12" fill="#222">${item.value}</text>`
    );
  });
  if (items.length === 0) parts.push(`<text x="${width / 2}" y="20" font-size="12" text-anchor="middle" fill="#666">Nothing yet</text>`);
  return svg(name, title, width, height, parts.join(''));
}

function gridLines(left: number, right: number, top: number, plotH: number, max: number): string {
  const out: string[] = [];
  for (let k = 0; k <= 4; k += 1) {
    const value = (max / 4) * k;
    const y = top + plotH - (value / max) * plotH;
    out.push(`<line x1="${left}" x2="${right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${(y + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#444">${Number.isInteger(value) ? value : value.toFixed(1)}</text>`);
  }
  return out.join('');
}
