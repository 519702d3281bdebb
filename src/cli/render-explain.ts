import type { Explanation } from '../core/search/search-engine';
import { TUNING } from '../core/search/tuning';
import type { TextStyle } from './render-text';

// eslint-disable-next-line no-control-regex -- making control characters visible is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text shown as it was typed, with control and direction characters made visible rather than obeyed. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const n = (x: number) => x.toFixed(2);

/** `ask --explain`: which words matched which field, what each stage added, and why the outcome was chosen. */
export function renderExplanation(x: Explanation, style: TextStyle): string {
  const lines: string[] = [];
  lines.push(style.bold(`Question: ${visible(x.query)}`));
  const words = x.terms.map((t) => (t.word === undefined ? `${visible(t.term)} (unknown)` : t.word === t.term ? t.word : `${visible(t.term)}→${t.word} (${n(t.similarity)})`));
  lines.push(`Words searched: ${words.join(', ') || 'none'}`);
  lines.push(`Sector words: ${x.sectorWords.join(', ') || 'none'}`);
  if (x.elsewhereWords.length > 0) lines.push(`About the organisation's own running: ${x.elsewhereWords.join(', ')}`);
  lines.push('');
  lines.push(style.bold(`Outcome: ${x.decision.outcome}`));
  lines.push(`  because ${x.decision.reason}`);
  const o = x.onTopic;
  lines.push(`  on topic ${n(x.decision.onTopic)} from match ${n(o.match)}, sector ${o.sector}, subject share ${n(o.subjectShare)}, unknown share ${n(o.unknownShare)}, coverage ${n(o.coverage)}, word pair ${o.phrase}, elsewhere ${o.elsewhere}, learned odds ${n(o.learned)}`);
  const c = x.correct;
  lines.push(`  confidence ${n(x.decision.confidence)} from match ${n(c.match)}, margin over the next principle ${n(c.margin)}, principle support ${n(c.support)}, principle model ${n(c.principle)}, classifier ${n(c.classifier)}, sector ${c.sector}`);
  if (x.decision.outcome === 'clarify') lines.push(`  choices offered: ${x.choices.map((ch) => `${ch.topic} (${ch.id})`).join(', ')}: the best passage of each principle ranking at least ${Math.round(TUNING.clarifyShare * 100)}% of the first`);
  x.top.forEach((t, i) => {
    const s = t.scores;
    lines.push('');
    lines.push(style.bold(`${i + 1}. ${t.title} [${t.id}, ${t.topic}]`));
    const matched = t.words.filter((w) => w.field).map((w) => `${w.word} in ${w.field} (+${n(w.weight)})`);
    lines.push(`   matched: ${matched.join(', ') || 'nothing directly'}${t.phrases.length ? `; word pairs: ${t.phrases.join(', ')}` : ''}`);
    lines.push(`   coverage ${n(s.coverage)} · subject ${n(s.subject)} · bm25 ${n(s.bm25)} · cue ×${n(s.cue)} · pairs +${n(s.phrase)} → match ${n(s.match)}`);
    lines.push(`   principle support ${n(s.support)} · principle model ${n(s.principle)} · meaning ${n(s.meaning)} · classifier ${n(s.classifier)} → ranking ${n(s.order)}`);
  });
  return lines.join('\n');
}
