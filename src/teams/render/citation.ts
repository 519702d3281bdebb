import { citationSentence } from '../../core/answer-words';
import { sectionTitle } from '../../core/topics';
import type { Citation, PassageView, PrincipleSummary } from '../../core/replies';

/** "Source: …", honest about whether the wording is ThinkAgain's synthesis or the source's own finding. */
export function citationLine(c: Citation): string {
  return citationSentence(c);
}

/** The section a passage sits under: its principle, or the paper's background sections. */
export function passageHeading(p: PassageView): string {
  if (p.principle) return principleHeading(p.principle);
  return sectionTitle(p.topic);
}

/** "Principle 5 · Title": avoids a leading "5." that Markdown would turn into a numbered list. */
export function principleHeading(p: Pick<PrincipleSummary, 'number' | 'title'>): string {
  return `Principle ${p.number} · ${p.title}`;
}
