import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { buildAppPackage, PLACEHOLDER_ID, substituteManifest } from '../../scripts/teams/app-package';
import { pngSize } from '../../scripts/teams/png';

// @microsoft/app-manifest requires strip-bom, an ES module that jest (unlike node 20.19+) cannot require.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const DIR = join(__dirname, '..', '..', 'manifests', 'teams');
const template = readFileSync(join(DIR, 'manifest.json'), 'utf8');

/** Microsoft's v1.25 schema as bundled in @microsoft/app-manifest: validation is offline (the schema object is passed). */
function schema(): Record<string, unknown> {
  const dir = dirname(require.resolve('@microsoft/app-manifest'));
  // The same fix-up the package applies itself: one schema regex uses "\a", which JSON.parse keeps but ajv refuses.
  return JSON.parse(readFileSync(join(dir, 'json-schemas/teams/v1.25/MicrosoftTeams.schema.json'), 'utf8').replace(/\\a/g, '\\x07')) as Record<string, unknown>;
}
type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
const validate = (manifest: unknown) => AppManifestUtils.validateAgainstSchema(manifest as Manifest, schema() as unknown as Schema);

describe('Teams app manifest', () => {
  test('the committed manifest is valid against the v1.25 schema', async () => {
    const manifest = JSON.parse(template) as Record<string, unknown>;
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.25/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.25');
    expect(await validate(manifest)).toEqual([]);
  });

  test('the packaged manifest (id and host substituted) is valid too', async () => {
    const manifest = JSON.parse(substituteManifest(template, { appId: '12345678-aaaa-bbbb-cccc-1234567890ab', publicHost: 'thinkagain.example.org' })) as Record<string, unknown>;
    expect(await validate(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain(PLACEHOLDER_ID);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest).toMatchObject({ id: '12345678-aaaa-bbbb-cccc-1234567890ab', bots: [{ botId: '12345678-aaaa-bbbb-cccc-1234567890ab' }], validDomains: ['thinkagain.example.org'] });
  });

  test('the validator is not a rubber stamp', async () => {
    const broken = JSON.parse(template) as { accentColor: string; bots: Array<{ scopes: string[] }> };
    broken.accentColor = 'blue';
    broken.bots[0]!.scopes = ['groupchat'];
    expect((await validate(broken)).length).toBeGreaterThanOrEqual(2);
  });

  test('a bot in personal, team and groupChat with the five commands', () => {
    const manifest = JSON.parse(template) as { bots: Array<{ scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }> };
    const [bot] = manifest.bots;
    expect(bot!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot!.commandLists[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot!.commandLists[0]!.commands.map((c) => c.title)).toEqual(['help', 'principles', 'tip', 'subscribe', 'unsubscribe']);
  });

  test('packaging refuses an app id that is not a GUID', () => {
    expect(() => substituteManifest(template, { appId: 'my-bot', publicHost: 'x.example.org' })).toThrow(/GUID/);
  });
});

describe('icons', () => {
  test('color.png is 192×192 and outline.png 32×32', () => {
    expect(pngSize(readFileSync(join(DIR, 'color.png')))).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(readFileSync(join(DIR, 'outline.png')))).toMatchObject({ width: 32, height: 32 });
  });

  test('the outline icon is white on transparent (Teams rejects other colours)', () => {
    const png = readFileSync(join(DIR, 'outline.png'));
    expect(pngSize(png).colorType).toBe(6);
    const raw = inflateSync(png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8));
    let opaque = 0;
    for (let y = 0; y < 32; y += 1) {
      expect(raw[y * 129]).toBe(0); // filter none
      for (let x = 0; x < 32; x += 1) {
        const i = y * 129 + 1 + x * 4;
        if (raw[i + 3]! > 0) {
          opaque += 1;
          expect([raw[i], raw[i + 1], raw[i + 2]]).toEqual([255, 255, 255]);
        }
      }
    }
    expect(opaque).toBeGreaterThan(100); // there is a mark
    expect(opaque).toBeLessThan(32 * 32); // and a transparent background
  });
});

describe('app package zip', () => {
  test('holds the substituted manifest and both icons, readable by a standard inflater', () => {
    const archive = buildAppPackage(DIR, { appId: '12345678-aaaa-bbbb-cccc-1234567890ab', publicHost: 'thinkagain.example.org' });
    const files = readZip(archive);
    expect(Object.keys(files)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(JSON.parse(files['manifest.json']!.toString('utf8'))).toMatchObject({ id: '12345678-aaaa-bbbb-cccc-1234567890ab' });
    expect(files['color.png']!.equals(readFileSync(join(DIR, 'color.png')))).toBe(true);
  });
});

/** Reads a zip through its central directory, as unzip tools do. */
function readZip(archive: Buffer): Record<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i += 1) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    files[name] = inflateRawSync(archive.subarray(dataStart, dataStart + size));
    at += 46 + nameLength;
  }
  return files;
}
