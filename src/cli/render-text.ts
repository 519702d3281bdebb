import { ANSWER_WORDS, citationSentence, passageLabel } from '../core/answer-words';
import { sectionTitle } from '../core/topics';
import { ABOUT_HEADING, aboutParagraphs } from '../core/about-words';
import { EXAMPLE_QUESTIONS, HELP_ENTRIES, HELP_WORDS } from '../core/help';
import { noticeSentence, type Notice } from '../core/notice-words';
import { quotedCommand } from '../core/typed-command';
import { drawnFromSentence, PRINCIPLE_WORDS, readOneSentence, thinkAgainAboutSentence, tipHeading, unknownPrincipleSentence } from '../core/principle-words';
import type { Citation, PassageView, PrincipleSummary, Reply } from '../core/replies';
import { subscriptionSentence } from '../core/subscription-text';

export interface TextStyle {
  width: number;
  bold: (s: string) => string;
  dim: (s: string) => string;
}

export const PLAIN: TextStyle = { width: 80, bold: (s) => s, dim: (s) => s };
/** In the terminal a command is typed bare, so sentences quote it without a prefix. */
const TYPED = quotedCommand('');

export const ANSI: TextStyle = { width: 80, bold: (s) => `\u001b[1m${s}\u001b[22m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/** Renders any reply as terminal text, wrapped to the style's width. Pure. */
export function renderText(reply: Reply, style: TextStyle = PLAIN): string {
  const wrap = (text: string, indent = '') => wrapText(text, style.width, indent);
  switch (reply.kind) {
    case 'answer':
      return [
        passageBlock(reply.answer, style, wrap),
        ...(reply.more.length ? ['', style.dim(ANSWER_WORDS.moreOnThis), ...reply.more.map((m) => style.dim(`  • ${m.title}  (${sectionName(m)})`))] : []),
      ].join('\n');
    case 'no-match':
      return [wrap(`${ANSWER_WORDS.decline} ${ANSWER_WORDS.declineScope}`), '', ANSWER_WORDS.declineNext, ...principleLines(reply.principles), '', style.dim(readOneSentence(TYPED))].join('\n');
    case 'clarify':
      return [
        wrap(ANSWER_WORDS.clarify),
        ...reply.choices.map((c, i) => wrap(`  ${i + 1}. ${c.title}  ${style.dim(`(${sectionName(c)})`)}`, '     ')),
        '',
        style.dim(`Type a number from 1 to ${reply.choices.length} to read one.`),
      ].join('\n');
    case 'passage-gone':
      return wrap(ANSWER_WORDS.passageGone);
    case 'help':
      return [
        style.bold(HELP_WORDS.title),
        wrap(HELP_WORDS.intro),
        ...HELP_ENTRIES.map((e) => `  ${style.bold(e.usage.padEnd(38))}${e.description}`),
        '',
        wrap(`${HELP_WORDS.tryPrefix} ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}`),
      ].join('\n');
    case 'principles':
      return [style.bold(PRINCIPLE_WORDS.listHeading), ...principleLines(reply.principles), '', style.dim(readOneSentence(TYPED))].join('\n');
    case 'principle': {
      const p = reply.principle;
      return [
        style.bold(`${p.number}. ${p.title}`),
        style.dim(thinkAgainAboutSentence(p.thinkAgainAbout)),
        '',
        wrap(p.summary),
        '',
        style.bold(PRINCIPLE_WORDS.doHeading),
        ...p.do.map((d) => wrap(`• ${d}`, '  ')),
        '',
        style.bold(PRINCIPLE_WORDS.dontHeading),
        ...p.dont.map((d) => wrap(`• ${d}`, '  ')),
        '',
        style.dim(wrap(drawnFromSentence(reply.sources.map((s) => s.short)))),
      ].join('\n');
    }
    case 'unknown-principle':
      return [`${unknownPrincipleSentence(reply.ref)} ${PRINCIPLE_WORDS.theTenAre}`, ...principleLines(reply.principles)].join('\n');
    case 'tip':
      return [style.bold(tipHeading(`${reply.principle.number}. ${reply.principle.title}`)), wrap(reply.tip.text), style.dim(`${PRINCIPLE_WORDS.readWhole}: principle ${reply.principle.slug}`)].join('\n');
    case 'about':
      return [style.bold(ABOUT_HEADING), ...aboutParagraphs(reply).flatMap((p, i) => (i === 0 ? [wrap(p)] : ['', wrap(p)]))].join('\n');
    case 'subscribed':
    case 'unsubscribed':
    case 'status':
    case 'invalid-schedule':
    case 'subscriptions-unavailable':
      return wrap(subscriptionSentence(reply, { platform: 'cli', commandPrefix: '' }));
  }
}

/** A notice (here, the apology when a question cannot be answered) as terminal text. */
export function renderNoticeText(notice: Notice, style: TextStyle = PLAIN): string {
  return wrapText(noticeSentence(notice, ''), style.width);
}

function passageBlock(p: PassageView, style: TextStyle, wrap: (t: string, indent?: string) => string): string {
  const heading = p.principle ? `${p.principle.number}. ${p.principle.title}` : sectionTitle(p.topic);
  const label = passageLabel(p);
  return [style.dim(heading), ...(label ? [style.bold(`⚖ ${label}`)] : []), style.bold(p.title), wrap(markdownToText(p.body, style)), style.dim(wrap(citationLine(p.citation)))].join('\n');
}

function sectionName(p: PassageView): string {
  if (p.principle) return `principle ${p.principle.number}`;
  return sectionTitle(p.topic).toLowerCase();
}

/** Content uses light Markdown; a terminal shows *emphasis* in bold and drops the asterisks. */
function markdownToText(text: string, style: TextStyle): string {
  return text.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_m, strong: string | undefined, em: string | undefined) => style.bold(strong ?? em ?? ''));
}

/** "Source: …" line, honest about whether the wording is ThinkAgain's synthesis or the source's own finding. */
export function citationLine(c: Citation): string {
  return citationSentence(c);
}

function principleLines(principles: PrincipleSummary[]): string[] {
  return principles.map((p) => `  ${String(p.number).padStart(2)}. ${p.title}`);
}

/** Word-wraps paragraphs to `width`, keeping blank lines and list items. */
export function wrapText(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const words = paragraph.split(/\s+/).filter(Boolean);
      const lines: string[] = [];
      let line = '';
      for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = indent + word;
        } else {
          line = line ? `${line} ${word}` : word;
        }
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}
