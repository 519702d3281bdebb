import { buildAssistant } from '../app/build-assistant';
import { readConfig, readContentDir } from '../config/config';
import { loadEnvironment } from '../config/load-env';
import { runAsk } from './ask';
import { runChat } from './chat';
import { runContentCheck } from './content-check';
import { ANSI, PLAIN } from './render-text';
import { reportFatal } from './report-fatal';

const USAGE = `Usage:
  thinkagain ask "<question>"          readable answer
  thinkagain ask --json "<question>"   one JSON object
  thinkagain ask --json < file         one JSON object per input line
  thinkagain ask --explain "<question>" how the answer was found and why
  thinkagain chat                      interactive terminal chat
  thinkagain tips run-due [--at <ISO>] send every weekly tip due at that instant
  thinkagain content check             validate the content folder
  thinkagain insights [--since <ISO>] [--json | --html <file>]   what staff asked, for content editors
  thinkagain insights --delete-all     delete every recorded interaction`;

async function main(argv: string[]): Promise<number> {
  const env = loadEnvironment();
  const contentDir = readContentDir(env);
  const [command, ...rest] = argv;
  const style = process.stdout.isTTY ? { ...ANSI, width: Math.min(process.stdout.columns || 80, 100) } : PLAIN;

  if (command === 'content' && rest[0] === 'check') return runContentCheck(contentDir, process.stdout);
  if (command === 'ask') {
    const json = rest.includes('--json');
    const explain = rest.includes('--explain');
    const words = rest.filter((a) => a !== '--json' && a !== '--explain');
    const { engine, assistant } = buildAssistant(contentDir);
    await runAsk({ json, explain, question: words.length ? words.join(' ') : undefined, engine, assistant, input: process.stdin, output: process.stdout, style });
    return 0;
  }
  if (command === 'chat' || command === undefined) {
    const { assistant } = buildAssistant(contentDir);
    await runChat(assistant, process.stdin, process.stdout, style, Boolean(process.stdin.isTTY));
    return 0;
  }
  if (command === 'tips' && rest[0] === 'run-due') {
    const { runTipsDue } = await import('./tips-run-due');
    // A signal stops the run claiming more; what it already holds is settled before it exits.
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    try {
      return await runTipsDue(readConfig(env), rest.slice(1), process.stdout, process.stderr, stop.signal);
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
  }
  if (command === 'insights') {
    const { runInsights } = await import('./insights');
    return runInsights(readConfig(env), rest);
  }
  process.stderr.write(`Unknown command "${[command, ...rest].join(' ').slice(0, 60)}".\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportFatal(error);
  },
);
