import type { KnowledgeBase, Passage, Principle, Source } from './knowledge';
import type { Citation, PassageView, PrincipleSummary } from './replies';

/** Read-only look-ups over the knowledge base that turn stored records into reply views. */
export class KnowledgeViews {
  private readonly sources: ReadonlyMap<string, Source>;
  private readonly principlesBySlug: ReadonlyMap<string, Principle>;

  constructor(readonly kb: KnowledgeBase) {
    this.sources = new Map(kb.sources.map((s) => [s.id, s]));
    this.principlesBySlug = new Map(kb.principles.map((p) => [p.slug, p]));
  }

  principleList(): PrincipleSummary[] {
    return [...this.kb.principles].sort((a, b) => a.number - b.number).map(summarise);
  }

  /** A principle by number ("5"), slug ("commissioning") or the slug with a typo-free prefix ("commiss"). */
  findPrinciple(ref: string): Principle | undefined {
    const wanted = ref.trim().toLowerCase().replace(/^#/, '');
    if (/^\d+$/.test(wanted)) return this.kb.principles.find((p) => p.number === Number(wanted));
    return this.principlesBySlug.get(wanted) ?? (wanted.length >= 4 ? this.kb.principles.find((p) => p.slug.startsWith(wanted)) : undefined);
  }

  principleSummary(slug: string): PrincipleSummary | undefined {
    const principle = this.principlesBySlug.get(slug);
    return principle ? summarise(principle) : undefined;
  }

  sourcesOf(principle: Principle): Source[] {
    return principle.sourceIds.map((id) => this.source(id));
  }

  source(id: string): Source {
    const source = this.sources.get(id);
    if (!source) throw new Error(`Unknown source "${id}": the content loader should have refused this.`);
    return source;
  }

  passageView(passage: Passage, score: number): PassageView {
    const source = this.source(passage.sourceId);
    const citation: Citation = { short: source.short, citation: source.citation, basis: passage.basis };
    if (source.url) citation.url = source.url;
    const view: PassageView = { id: passage.id, topic: passage.topic, title: passage.title, body: passage.body, citation, score, kind: passage.kind };
    const principle = this.principleSummary(passage.topic);
    if (principle) view.principle = principle;
    return view;
  }
}

function summarise(p: Principle): PrincipleSummary {
  return { number: p.number, slug: p.slug, title: p.title, thinkAgainAbout: p.thinkAgainAbout };
}
