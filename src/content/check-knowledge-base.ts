import type { KnowledgeBase } from '../core/knowledge';
import { PRINCIPLE_SLUGS } from '../core/topics';
import { stem, tokenise } from '../core/text/analyser';
import type { ContentProblem } from './content-error';
import { checkOverlaps } from './check-overlaps';

/** Checks that hold across files: every principle present once, sources known, synonyms unambiguous, no passage repeating another. */
export function checkKnowledgeBase(kb: KnowledgeBase, origins: ReadonlyMap<string, string>, problems: ContentProblem[]): void {
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  const seenSources = new Set<string>();
  for (const s of kb.sources) {
    if (seenSources.has(s.id)) problems.push({ file: 'sources.yml', field: `${s.id}.id`, message: 'is listed twice' });
    seenSources.add(s.id);
  }

  PRINCIPLE_SLUGS.forEach((slug, i) => {
    const matches = kb.principles.filter((p) => p.slug === slug);
    if (matches.length === 0) problems.push({ file: 'principles/', field: slug, message: `principle ${i + 1} (${slug}) has no file` });
    if (matches.length > 1) problems.push({ file: 'principles/', field: slug, message: 'is defined in more than one file' });
    for (const p of matches) {
      if (p.number !== i + 1) problems.push({ file: origins.get(p.tips[0]?.id ?? '') ?? 'principles/', field: 'number', message: `${slug} must be number ${i + 1}` });
      for (const id of p.sourceIds) {
        if (!sourceIds.has(id)) problems.push({ file: origins.get(p.tips[0]?.id ?? '') ?? 'principles/', field: 'sources', message: `"${id}" is not in sources.yml` });
      }
    }
  });

  for (const passage of kb.passages) {
    if (!sourceIds.has(passage.sourceId)) {
      problems.push({ file: origins.get(passage.id) ?? '?', field: `passage ${passage.id} Source`, message: `"${passage.sourceId}" is not in sources.yml` });
    }
  }
  checkOverlaps(kb.passages, origins, problems);
  if (kb.passages.length === 0) problems.push({ file: '(content)', field: 'passages', message: 'there are no passages to answer from' });

  const groupOf = new Map<string, number>();
  kb.vocabulary.synonyms.forEach((group, g) => {
    for (const term of group) {
      const key = term.trim().toLowerCase();
      const earlier = groupOf.get(key);
      if (earlier !== undefined && earlier !== g) {
        problems.push({ file: 'vocabulary.yml', field: `synonyms[${g}]`, message: `"${term}" is already in group ${earlier + 1}; a word may belong to one group only` });
      }
      groupOf.set(key, g);
    }
  });
  checkElsewhereWords(kb.vocabulary, problems);
}

/** An elsewhere word counts against answering, so it must be a real word and must not also name the sector. */
function checkElsewhereWords(vocabulary: KnowledgeBase['vocabulary'], problems: ContentProblem[]): void {
  // Compared as search sees them, so "Charities" is caught by the sector word "charity".
  const plain = (w: string) => tokenise(w).map(stem).join(' ');
  const sector = new Set(vocabulary.sectorWords.map(plain));
  vocabulary.elsewhereWords.forEach((word, i) => {
    const key = plain(word);
    if (key === '') problems.push({ file: 'vocabulary.yml', field: `elsewhere_words[${i}]`, message: `"${word}" has no letters or digits to match` });
    else if (sector.has(key)) problems.push({ file: 'vocabulary.yml', field: `elsewhere_words[${i}]`, message: `"${word}" is also a sector word; a word cannot count both for and against a question being on topic` });
  });
}
