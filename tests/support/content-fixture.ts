import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONTENT_DIR = join(__dirname, '..', '..', 'content');

/** A throw-away copy of the real content folder that a test may break. */
export function copyOfContent(): { dir: string; edit(file: string, change: (text: string) => string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-content-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
