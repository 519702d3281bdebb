import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's `chromium` (installed by .ci/run when missing); puppeteer-core never downloads a browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

/** Headless Chromium with no network of its own; `--no-sandbox` only when running as root, where the sandbox cannot start. */
export function launchChromium(executablePath: string): Promise<Browser> {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return puppeteer.launch({ executablePath, headless: true, args: [...(root ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage', '--proxy-server=127.0.0.1:9', '--proxy-bypass-list=<-loopback>'] });
}
