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

const SRC = join(__dirname, '..', '..', 'src');
/** Folders below the wiring: none of them may import the folder that wires them together. */
const BELOW_APP = ['core', 'store', 'scheduler', 'slack', 'teams', 'server', 'insights', 'content', 'logging'];

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

describe('the house reads top-down: core, then store, scheduler and platforms, then app (wiring), then main and the CLI', () => {
  const files = BELOW_APP.flatMap((folder) => coreFiles(join(SRC, folder)));

  it('has source files below the wiring to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [f.slice(SRC.length + 1), f]))('%s imports nothing from app/, main or the CLI', (_name, file) => {
    const upward = importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => join(file, '..', spec).slice(SRC.length + 1))
      .filter((target) => /^(app|cli)(\/|$)|^main$/.test(target));
    expect(upward).toEqual([]);
  });

  it('app/ imports neither main nor the CLI', () => {
    const upward = coreFiles(join(SRC, 'app')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => join(file, '..', spec).slice(SRC.length + 1))
        .filter((target) => /^cli(\/|$)|^main$/.test(target)),
    );
    expect(upward).toEqual([]);
  });
});
