import type { Assistant } from '../core/assistant';
import type { Reply } from '../core/replies';

/**
 * A short, stable reference to a reply that a button can carry in its value (never the content):
 * `passage:<id>`, `principle:<slug>` or `tip:<id>`.
 */
export type ReplyRef = { kind: 'passage'; id: string } | { kind: 'principle'; slug: string } | { kind: 'tip'; id: string };

export function encodeReplyRef(ref: ReplyRef): string {
  return ref.kind === 'principle' ? `principle:${ref.slug}` : `${ref.kind}:${ref.id}`;
}

export function decodeReplyRef(value: string): ReplyRef | undefined {
  const match = /^(passage|principle|tip):([\w.-]{1,200})$/.exec(value);
  if (!match) return undefined;
  const [, kind, id] = match as unknown as [string, ReplyRef['kind'], string];
  return kind === 'principle' ? { kind, slug: id } : { kind, id };
}

/** The reply a reference points at, rebuilt from the knowledge base; undefined when it no longer exists. */
export function resolveReplyRef(ref: ReplyRef, assistant: Assistant): Reply | undefined {
  const views = assistant.views;
  if (ref.kind === 'passage') return assistant.passage(ref.id);
  if (ref.kind === 'principle') {
    const principle = views.findPrinciple(ref.slug);
    return principle ? { kind: 'principle', principle, sources: views.sourcesOf(principle) } : undefined;
  }
  for (const principle of views.kb.principles) {
    const tip = principle.tips.find((t) => t.id === ref.id);
    if (tip) return { kind: 'tip', tip, principle: views.principleSummary(principle.slug)! };
  }
  return undefined;
}
