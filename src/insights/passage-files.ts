import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const HEADING_ID = /^##\s.*\{#([^}]+)\}\s*$/gm;

/** Passage id → the Markdown file it is in, relative to the content folder (with forward slashes). */
export function passageFiles(contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md') {
        for (const match of readFileSync(path, 'utf8').matchAll(HEADING_ID)) files.set((match[1] as string).trim(), relative(contentDir, path).split(sep).join('/'));
      }
    }
  };
  visit(contentDir);
  return files;
}
