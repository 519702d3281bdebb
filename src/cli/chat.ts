import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../core/assistant';
import { renderNoticeText, renderText, type TextStyle } from './render-text';

const TERMINAL = { platform: 'cli', conversationId: 'terminal' } as const;

/** The terminal conversation: the full command grammar, readable wrapping, help first. */
export async function runChat(assistant: Assistant, input: Readable, output: Writable, style: TextStyle, interactive: boolean): Promise<void> {
  const say = (text: string) => output.write(`${text}\n\n`);
  say(renderText({ kind: 'help' }, style));
  say(style.dim('Type a question and press Enter. "quit" or Ctrl+D leaves.'));
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: 'you › ' });
  if (interactive) rl.prompt();
  /** The choices of the last clarify: a bare number picks one of them. */
  let choices: string[] = [];
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|bye)$/i.test(text)) break;
    const picked = /^\d{1,2}$/.test(text) ? choices[Number(text) - 1] : undefined;
    try {
      if (picked) {
        say(renderText(assistant.choose(picked), style));
        choices = [];
      } else if (text) {
        const { reply } = await assistant.handle(text, TERMINAL);
        choices = reply.kind === 'clarify' ? reply.choices.map((c) => c.id) : [];
        say(renderText(reply, style));
      }
    } catch (error) {
      // One failed question does not end the conversation: say sorry, show why, and keep listening.
      say(`${renderNoticeText({ kind: 'apology' }, style)}\n${style.dim(error instanceof Error ? error.message : String(error))}`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  output.write('Goodbye.\n');
}
