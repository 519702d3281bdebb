import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** True when some file under src/ has no compiled twin in dist/, or one newer than it. */
function distIsStale(): boolean {
  const config = statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs;
  return sourceFiles(SRC).some((file) => {
    const compiled = join(DIST, relative(SRC, file)).replace(/\.ts$/, '.js');
    if (!existsSync(compiled)) return true;
    const built = statSync(compiled).mtimeMs;
    return built < statSync(file).mtimeMs || built < config;
  });
}

/**
 * Makes dist/ match src/ before a test runs the compiled program, building it (as `npm run build`
 * does) only when it is missing or older than the source, so a stale build is never what is tested.
 */
export function ensureCompiled(): void {
  if (!distIsStale()) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
}
