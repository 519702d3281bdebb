import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../core/assistant';
import type { SearchEngine } from '../core/search/search-engine';
import type { SearchOutcome } from '../core/search/search-types';
import { renderExplanation } from './render-explain';
import { renderText, type TextStyle } from './render-text';

export interface AskJson {
  query: string;
  outcome: SearchOutcome;
  answered: boolean;
  results: Array<{ id: string; principle: string; title: string; score: number }>;
}

/** The `ask --json` contract: one object per question, best result first. */
export function askJson(engine: SearchEngine, query: string): AskJson {
  const result = engine.search(query);
  return {
    query,
    outcome: result.outcome,
    answered: result.answered,
    results: result.hits.map((hit) => ({ id: hit.passage.id, principle: hit.passage.topic, title: hit.passage.title, score: hit.score })),
  };
}

export interface AskOptions {
  json: boolean;
  /** Show the engine's working instead of the answer. */
  explain?: boolean;
  question: string | undefined;
  engine: SearchEngine;
  assistant: Assistant;
  input: Readable;
  output: Writable;
  style: TextStyle;
}

/** Answers one question, or every line of standard input in order when no question is given. */
export async function runAsk(options: AskOptions): Promise<void> {
  const answer = (question: string) => {
    if (options.explain) return `${renderExplanation(options.engine.explain(question), options.style)}\n`;
    return options.json ? JSON.stringify(askJson(options.engine, question)) : `${renderText(options.assistant.ask(question), options.style)}\n`;
  };
  if (options.question !== undefined) {
    options.output.write(`${answer(options.question)}\n`);
    return;
  }
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  for await (const line of lines) options.output.write(`${answer(line)}\n`);
}
