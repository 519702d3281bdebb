import { citationSentence } from '../../core/answer-words';
import { sectionTitle } from '../../core/topics';
import type { Citation, PassageView } from '../../core/replies';
import { escapeMrkdwn, safeUrl } from './text';

/**
 * The "Source:" line in mrkdwn, honest about whether the wording is ThinkAgain's synthesis or what
 * the source itself reports; the source is a link when it has a URL.
 */
export function citationMrkdwn(c: Citation): string {
  const url = safeUrl(c.url);
  const name = url ? `<${url}|${escapeMrkdwn(c.short)}>` : escapeMrkdwn(c.short);
  return citationSentence(c, name);
}

export function citationPlain(c: Citation): string {
  return citationSentence(c);
}

/** "5. Choose the funding route on purpose", or the name of the non-principle topic. */
export function passageHeading(p: PassageView): string {
  if (p.principle) return `${p.principle.number}. ${p.principle.title}`;
  return sectionTitle(p.topic);
}
