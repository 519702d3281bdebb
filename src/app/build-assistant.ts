import { Assistant } from '../core/assistant';
import type { KnowledgeBase } from '../core/knowledge';
import { SearchEngine } from '../core/search/search-engine';
import type { InsightsRecorder } from '../core/insights/recorder';
import type { SubscriptionPort } from '../core/ports';
import { loadContent } from '../content/load-content';

export interface BuiltAssistant {
  kb: KnowledgeBase;
  engine: SearchEngine;
  assistant: Assistant;
}

/** Loads and validates content once, and builds the search index once, for the life of the process. */
export function buildAssistant(contentDir: string, options: { clock?: () => Date; subscriptions?: SubscriptionPort; insights?: InsightsRecorder } = {}): BuiltAssistant {
  const kb = loadContent(contentDir);
  const engine = new SearchEngine(kb);
  const deps = { kb, engine, clock: options.clock ?? (() => new Date()), ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}), ...(options.insights ? { insights: options.insights } : {}) };
  return { kb, engine, assistant: new Assistant(deps) };
}
