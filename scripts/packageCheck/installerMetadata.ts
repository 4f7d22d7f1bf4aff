// What the installers tell the system about the app: id and name, icons, the Linux desktop entry with the file
// types it offers to open, the file associations, and the Electron fuses (hardening) — checked against
// electron-builder's resolved configuration and the desktop entry and icon set it computes for deb and AppImage.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Configuration } from 'electron-builder';
import { linuxIconSizes } from '../generateIcon.mjs';
import type { Finding } from './findings';
import type { UnpackedBuild } from './buildUnpacked';

/** The file types a reporter can open with Newsdesk from a file manager (the app imports them as articles). */
export const openedFileTypes = [
  { ext: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { ext: 'txt', mimeType: 'text/plain' },
] as const;

/** The fuses the packaged Electron must have flipped (see the hardening issue, item 11). */
export const requiredFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
} as const;

/** The source covers macOS (512@2x) and Windows (256); the Linux set is scaled from it (scripts/generateIcon.mjs). */
const sourceIconSize = 1024;

export interface MetadataInput {
  config: Configuration;
  packageJson: { productName?: string; desktopName?: string };
  build: UnpackedBuild;
  /** The one icon source the platforms' icon sets are made from (resources/icon.png). */
  iconSource: string;
}

export async function checkInstallerMetadata({ config, packageJson, build, iconSource }: MetadataInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  const wrong = (what: string) => findings.push({ kind: 'wrong', what });

  if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+){2,}$/.test(config.appId ?? '')) wrong(`appId ${JSON.stringify(config.appId)} is not a reverse-DNS id`);
  if (!config.productName || config.productName !== packageJson.productName) wrong(`productName ${JSON.stringify(config.productName)} differs from package.json's`);
  if (!fs.existsSync(path.join(build.appOutDir, build.executableName))) findings.push({ kind: 'missing', what: `the executable ${build.executableName}` });

  const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
  for (const [fuse, value] of Object.entries(requiredFuses)) {
    if (fuses[fuse] !== value) wrong(`electronFuses.${fuse} is ${JSON.stringify(fuses[fuse])}, must be ${value}`);
  }

  const entry = parseDesktopEntry(build.desktopEntry);
  const expectEntry = (key: string, ok: (value: string) => boolean, must: string) => {
    if (!ok(entry[key] ?? '')) wrong(`desktop entry ${key}=${entry[key] ?? ''}: must ${must}`);
  };
  expectEntry('Name', (value) => value === config.productName, `be ${config.productName}`);
  expectEntry('Categories', (value) => value.split(';').includes('Office'), 'include Office');
  expectEntry('Exec', (value) => /%[UF]$/.test(value), 'pass the opened files (%U)');
  expectEntry('Icon', (value) => value === build.executableName, `be ${build.executableName}`);
  expectEntry('StartupWMClass', (value) => `${value}.desktop` === packageJson.desktopName, "match package.json's desktopName, which Electron uses as the window's class");
  for (const { mimeType } of openedFileTypes) expectEntry('MimeType', (value) => value.split(';').includes(mimeType), `include ${mimeType}`);

  const macTypes = config.mac?.fileAssociations ? [config.mac.fileAssociations].flat() : [];
  for (const { ext } of openedFileTypes) {
    const association = macTypes.find((candidate) => [candidate.ext].flat().includes(ext));
    if (!association) wrong(`mac.fileAssociations lacks .${ext}`);
    else if (association.rank !== 'Alternate') wrong(`mac.fileAssociations for .${ext} must have rank Alternate (never take over the default app)`);
  }
  // NSIS associations make the app the default handler, taking .docx and .txt from Word and Notepad.
  if (config.fileAssociations || config.win?.fileAssociations) wrong('fileAssociations apply to Windows, where NSIS would make Newsdesk the default app for them');

  const sizes = new Set(build.icons.map((icon) => icon.size));
  for (const size of linuxIconSizes) if (!sizes.has(size)) findings.push({ kind: 'missing', what: `Linux icon ${size}×${size}` });
  if (!fs.existsSync(iconSource)) {
    findings.push({ kind: 'missing', what: `the icon source ${iconSource}` });
  } else {
    const { width, height } = await sharp(iconSource).metadata();
    if (width !== sourceIconSize || height !== sourceIconSize) wrong(`${iconSource} is ${width}×${height}, must be ${sourceIconSize}×${sourceIconSize}`);
  }
  return findings;
}

/** The [Desktop Entry] group's keys. */
export function parseDesktopEntry(text: string): Record<string, string> {
  const group = text.split(/^\[/m).find((section) => section.startsWith('Desktop Entry]')) ?? '';
  return Object.fromEntries(
    group
      .split('\n')
      .slice(1)
      .map((line) => /^([A-Za-z0-9-]+)=(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1], match[2]]),
  );
}
