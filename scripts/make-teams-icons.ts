/**
 * Draws the Teams app icons: manifests/teams/color.png (192×192, white mark on the accent colour) and
 * outline.png (32×32, white on transparent, as Teams requires). Run: npx tsx scripts/make-teams-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawMark } from './teams/icon-mark';
import { encodePng } from './teams/png';

const DIR = join(__dirname, '..', 'manifests', 'teams');
const ACCENT: [number, number, number, number] = [0x1f, 0x6f, 0x78, 255]; // the manifest's accentColor

writeFileSync(join(DIR, 'color.png'), encodePng(drawMark(192, ACCENT, 0.62)));
writeFileSync(join(DIR, 'outline.png'), encodePng(drawMark(32, [0, 0, 0, 0], 0.9)));
process.stdout.write(`Wrote ${join(DIR, 'color.png')} and ${join(DIR, 'outline.png')}\n`);
