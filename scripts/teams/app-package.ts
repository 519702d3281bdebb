import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from './zip';

/** The GUID the committed manifest uses for the app and bot ids, so the committed file stays schema-valid. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export interface PackageSettings {
  appId: string;
  /** Host name only, e.g. thinkagain.example.org. */
  publicHost: string;
}

/** The manifest with the bot's id and the public host substituted; throws on an id Teams would refuse. */
export function substituteManifest(template: string, settings: PackageSettings): string {
  if (!GUID.test(settings.appId)) throw new Error(`MicrosoftAppId must be a GUID such as ${PLACEHOLDER_ID}`);
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(settings.publicHost)) throw new Error('PUBLIC_URL must have a plain host name');
  return template.split(PLACEHOLDER_ID).join(settings.appId).split('{{PUBLIC_HOST}}').join(settings.publicHost);
}

/** The installable Teams app package: manifest.json, color.png and outline.png at the root of a zip. */
export function buildAppPackage(manifestDir: string, settings: PackageSettings): Buffer {
  const manifest = substituteManifest(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), settings);
  return zip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(join(manifestDir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(manifestDir, 'outline.png')) },
  ]);
}
