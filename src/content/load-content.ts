import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import type { Basis, PassageKind, KnowledgeBase, Passage, Principle, Source, Vocabulary } from '../core/knowledge';
import type { WordVectors } from '../core/search/word-vectors';
import type { TopicSlug } from '../core/topics';
import { ContentError, type ContentProblem } from './content-error';
import { CONTENT_LIMITS, ID_PATTERN } from './limits';
import { parsePassages, splitFrontMatter } from './parse-markdown';
import { principleFrontMatterSchema, sectionFrontMatterSchema, sourcesSchema, vocabularySchema } from './schemas';
import { checkKnowledgeBase } from './check-knowledge-base';
import { decodeWordVectors, WORD_VECTORS_FILE } from './word-vectors-file';
import { ON_TOPIC_CLASSIFIER_FILE, onTopicClassifierSchema, PRINCIPLE_CLASSIFIER_FILE, principleClassifierSchema } from './classifier-files';
import { WordClassifier, type ClassifierWeights } from '../core/search/word-classifier';

/**
 * YAML 1.2's core schema, as before (a date stays a string). js-yaml rather than the yaml package:
 * it reads this folder about five times faster, and reading it was the largest part of start-up.
 */
const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

export interface LoadOptions {
  /** Generated files (word vectors, classifiers) to leave unread, so the scripts that rebuild them still run when they are damaged. */
  skip?: readonly string[];
}

/**
 * Reads and validates everything in the content folder. Throws a ContentError listing every problem,
 * each with its file and field, so nothing half-valid is ever served.
 */
export function loadContent(dir: string, options: LoadOptions = {}): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const reader = new ContentReader(dir, problems, new Set(options.skip));

  const sources = reader.yamlFile('sources.yml', sourcesSchema) ?? [];
  const vocabularyFile = reader.yamlFile('vocabulary.yml', vocabularySchema);
  const vocabulary: Vocabulary = vocabularyFile
    ? { synonyms: vocabularyFile.synonyms, spellings: vocabularyFile.spellings, cues: vocabularyFile.cues, subjectWords: vocabularyFile.subject_words, sectorWords: vocabularyFile.sector_words, elsewhereWords: vocabularyFile.elsewhere_words }
    : { synonyms: [], spellings: {}, cues: {}, subjectWords: [], sectorWords: [], elsewhereWords: [] };
  const principles: Principle[] = [];
  const passages: Passage[] = [];

  for (const file of reader.markdownFiles()) {
    const loaded = reader.markdownFile(file);
    if (!loaded) continue;
    if (loaded.principle) principles.push(loaded.principle);
    passages.push(...loaded.passages);
  }

  const wordVectors = reader.wordVectors();
  const principleClassifier = reader.classifier(PRINCIPLE_CLASSIFIER_FILE, principleClassifierSchema);
  const onTopicClassifier = reader.classifier(ON_TOPIC_CLASSIFIER_FILE, onTopicClassifierSchema);
  const kb: KnowledgeBase = {
    principles,
    passages,
    sources: sources as Source[],
    vocabulary,
    ...(wordVectors ? { wordVectors } : {}),
    ...(principleClassifier ? { principleClassifier } : {}),
    ...(onTopicClassifier ? { onTopicClassifier } : {}),
  };
  checkKnowledgeBase(kb, reader.origins, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return kb;
}

class ContentReader {
  /** Which file each id came from, for cross-file error messages. */
  readonly origins = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly problems: ContentProblem[],
    private readonly skipped: ReadonlySet<string> = new Set(),
  ) {}

  markdownFiles(): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
      let entries: string[];
      try {
        entries = readdirSync(folder).sort();
      } catch {
        this.problems.push({ file: this.name(folder), field: '(folder)', message: 'cannot be read; is CONTENT_DIR right?' });
        return;
      }
      for (const entry of entries) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.md') && entry.toLowerCase() !== 'readme.md') found.push(path);
      }
    };
    walk(this.dir);
    return found;
  }

  /** The optional word-vectors file: absent means search matches words only; damaged is a problem like any other. */
  wordVectors(): WordVectors | undefined {
    const path = join(this.dir, WORD_VECTORS_FILE);
    if (this.skipped.has(WORD_VECTORS_FILE) || !existsSync(path)) return undefined;
    try {
      return decodeWordVectors(readFileSync(path));
    } catch (error) {
      this.problems.push({ file: WORD_VECTORS_FILE, field: '(file)', message: firstLine(error) });
      return undefined;
    }
  }

  /** An optional learned classifier: absent means search goes without it; damaged is a problem like any other. */
  classifier<L extends string>(file: string, schema: z.ZodType<ClassifierWeights<L>>): WordClassifier<L> | undefined {
    if (this.skipped.has(file) || !existsSync(join(this.dir, file))) return undefined;
    const weights = this.dataFile(file, schema, { parse: JSON.parse, format: 'JSON', hint: '; run npm run fit -- --write to rebuild it' });
    return weights ? new WordClassifier(weights) : undefined;
  }

  yamlFile<S extends z.ZodType>(name: string, schema: S): z.infer<S> | undefined {
    return this.dataFile(name, schema, { parse: parseYaml, format: 'YAML' });
  }

  /** Reads, parses and validates one data file, saying which format it failed to be. */
  private dataFile<S extends z.ZodType>(name: string, schema: S, how: { parse: (text: string) => unknown; format: string; hint?: string }): z.infer<S> | undefined {
    const text = this.read(join(this.dir, name));
    if (text === undefined) return undefined;
    let data: unknown;
    try {
      data = how.parse(text);
    } catch (error) {
      this.problems.push({ file: name, field: '(file)', message: `is not valid ${how.format}: ${firstLine(error)}${how.hint ?? ''}` });
      return undefined;
    }
    return this.validate(name, schema, data);
  }

  markdownFile(path: string): { principle?: Principle; passages: Passage[] } | undefined {
    const file = this.name(path);
    const text = this.read(path);
    if (text === undefined) return undefined;
    const split = splitFrontMatter(text);
    if (split.frontMatter === undefined) {
      this.problems.push({ file, field: 'front matter', message: 'is missing: start the file with a --- block' });
      return undefined;
    }
    let data: unknown;
    try {
      data = parseYaml(split.frontMatter);
    } catch (error) {
      this.problems.push({ file, field: 'front matter', message: `is not valid YAML: ${firstLine(error)}` });
      return undefined;
    }
    const isPrinciple = typeof data === 'object' && data !== null && 'number' in data;
    const raws = parsePassages(split.body, split.bodyStartLine, file, this.problems);
    if (isPrinciple) {
      const fm = this.validate(file, principleFrontMatterSchema, data);
      if (!fm) return undefined;
      const principle: Principle = {
        number: fm.number,
        slug: fm.slug,
        title: fm.title,
        thinkAgainAbout: fm.think_again_about,
        summary: fm.summary,
        do: fm.do,
        dont: fm.dont,
        sourceIds: fm.sources,
        tips: fm.tips.map((tip) => ({ id: tip.id, principle: fm.slug, text: tip.text })),
      };
      fm.tips.forEach((tip, i) => this.claimId(tip.id, file, `tips[${i}].id`));
      return { principle, passages: this.passages(raws, fm.slug, 'synthesis', file) };
    }
    const section = this.validate(file, sectionFrontMatterSchema, data);
    if (!section) return undefined;
    return { passages: this.passages(raws, section.slug, 'reported', file) };
  }

  private passages(raws: ReturnType<typeof parsePassages>, topic: TopicSlug, defaultBasis: Basis, file: string): Passage[] {
    const out: Passage[] = [];
    for (const raw of raws) {
      const where = raw.id ? `passage ${raw.id}` : `line ${raw.line}`;
      const before = this.problems.length;
      if (raw.id && !ID_PATTERN.test(raw.id)) this.problems.push({ file, field: `${where} id`, message: 'must be lower-case letters, digits and hyphens' });
      if (raw.title.length > CONTENT_LIMITS.titleChars) this.problems.push({ file, field: `${where} title`, message: `is longer than ${CONTENT_LIMITS.titleChars} characters` });
      if (!raw.fields.source) this.problems.push({ file, field: `${where} Source`, message: 'is required: add a "Source: <id>" line under the heading' });
      if (!raw.body) this.problems.push({ file, field: `${where} body`, message: 'is empty' });
      if (raw.body.length > CONTENT_LIMITS.passageChars) {
        this.problems.push({ file, field: `${where} body`, message: `is ${raw.body.length} characters; keep it to ${CONTENT_LIMITS.passageChars} so it reads well in chat` });
      }
      const basis = raw.fields.basis ?? defaultBasis;
      if (basis !== 'synthesis' && basis !== 'reported') this.problems.push({ file, field: `${where} Basis`, message: 'must be synthesis or reported' });
      const kind = raw.fields.kind ?? 'advice';
      if (kind !== 'advice' && kind !== 'signpost') this.problems.push({ file, field: `${where} Kind`, message: 'must be advice or signpost' });
      raw.askedAs.forEach((question, i) => {
        if (!question) this.problems.push({ file, field: `${where} Asked as ${i + 1}`, message: 'is empty: write the question after "Asked as:"' });
        else if (question.length > CONTENT_LIMITS.titleChars * 2) this.problems.push({ file, field: `${where} Asked as ${i + 1}`, message: `is longer than ${CONTENT_LIMITS.titleChars * 2} characters` });
      });
      const unknownFields = Object.keys(raw.fields).filter((f) => !['source', 'keywords', 'basis', 'kind'].includes(f));
      for (const f of unknownFields) this.problems.push({ file, field: `${where} ${f}`, message: 'is not a passage field (use Source, Keywords, Basis, Kind or Asked as)' });
      if (raw.id) this.claimId(raw.id, file, `${where} id`);
      if (this.problems.length > before) continue;
      out.push({
        id: raw.id,
        topic,
        title: raw.title,
        body: raw.body,
        sourceId: raw.fields.source as string,
        basis: basis as Basis,
        keywords: (raw.fields.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean),
        askedAs: raw.askedAs,
        kind: kind as PassageKind,
      });
    }
    return out;
  }

  private claimId(id: string, file: string, field: string): void {
    const earlier = this.origins.get(id);
    if (earlier) this.problems.push({ file, field, message: `"${id}" is already used in ${earlier}; ids must be unique` });
    else this.origins.set(id, file);
  }

  private validate<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> | undefined {
    const result = schema.safeParse(data ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      this.problems.push({ file, field: issue.path.length ? issue.path.join('.') : '(file)', message: issue.message });
    }
    return undefined;
  }

  private read(path: string): string | undefined {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      this.problems.push({ file: this.name(path), field: '(file)', message: 'is missing or cannot be read' });
      return undefined;
    }
  }

  private name(path: string): string {
    return relative(this.dir, path) || path;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
