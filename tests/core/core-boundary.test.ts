import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '..', '..', 'src', 'core');
const FORBIDDEN_IMPORTS = /^(node:|fs$|path$|http|https$|net$|@slack\/|botbuilder|botframework|pg$|better-sqlite3|pino|dotenv|express|\.\.\/\.\.\/)/;

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? coreFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core stays platform-free', () => {
  const files = coreFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(CORE.length + 1), f]))('%s imports nothing from Slack, Teams, HTTP, files or the environment', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
    const offending = imports.filter((spec) => FORBIDDEN_IMPORTS.test(spec));
    const escapesCore = imports.filter((spec) => spec.startsWith('.') && !join(file, '..', spec).startsWith(CORE));
    expect({ offending, escapesCore, readsEnv: /process\.env/.test(source) }).toEqual({ offending: [], escapesCore: [], readsEnv: false });
  });
});
