import type { ContentProblem } from './content-error';

export interface RawPassage {
  id: string;
  title: string;
  fields: Record<string, string>;
  /** Each `Asked as:` line: another question, in staff's words, that the passage answers. */
  askedAs: string[];
  body: string;
  /** 1-based line of the heading, for error messages. */
  line: number;
}

export interface SplitFile {
  frontMatter: string | undefined;
  body: string;
  bodyStartLine: number;
}

/** Separates the YAML front matter between `---` lines from the Markdown after it. */
export function splitFrontMatter(text: string): SplitFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { frontMatter: undefined, body: normalised, bodyStartLine: 1 };
  const frontMatter = match[1] as string;
  return { frontMatter, body: normalised.slice(match[0].length), bodyStartLine: frontMatter.split('\n').length + 3 };
}

const HEADING = /^##\s+(.+?)\s*(?:\{#([^}]*)\})?\s*$/;
const FIELD = /^([A-Za-z]+(?: [a-z]+)?):\s*(.*)$/;
const ASKED_AS = 'asked as';

/** Reads `## Title {#id}` sections, their `Field: value` lines, and their body text. */
export function parsePassages(body: string, bodyStartLine: number, file: string, problems: ContentProblem[]): RawPassage[] {
  const lines = body.split('\n');
  const passages: RawPassage[] = [];
  let current: (RawPassage & { inFields: boolean; bodyLines: string[] }) | undefined;

  const finish = () => {
    if (!current) return;
    passages.push({ id: current.id, title: current.title, fields: current.fields, askedAs: current.askedAs, body: current.bodyLines.join('\n').trim(), line: current.line });
  };

  lines.forEach((line, index) => {
    const lineNumber = bodyStartLine + index;
    const heading = HEADING.exec(line);
    if (heading) {
      finish();
      const id = heading[2]?.trim() ?? '';
      if (!id) problems.push({ file, field: `line ${lineNumber}`, message: `the heading "${heading[1]}" needs an id, written as {#some-id} at its end` });
      current = { id, title: (heading[1] as string).trim(), fields: {}, askedAs: [], body: '', line: lineNumber, inFields: true, bodyLines: [] };
      return;
    }
    if (!current) {
      if (line.trim() !== '' && !line.startsWith('# ')) {
        problems.push({ file, field: `line ${lineNumber}`, message: 'text before the first "## Heading {#id}" belongs to no passage' });
      }
      return;
    }
    const field = current.inFields ? FIELD.exec(line) : null;
    if (field) {
      const name = (field[1] as string).toLowerCase();
      const value = (field[2] as string).trim();
      if (name === ASKED_AS) current.askedAs.push(value);
      else current.fields[name] = value;
      return;
    }
    current.inFields = false;
    current.bodyLines.push(line);
  });
  finish();
  return passages;
}
