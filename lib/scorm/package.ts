import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ScormVersion } from './api';
import { scormManifest } from './manifest';
import { packageSettingsScript, SETTINGS_FILE, type PackageSettings } from './settings';

/*
 * One zip of the course for an LMS: the exported course (one launch page and its scripts and styles), the
 * package's settings file, imsmanifest.xml at the root and the schema files it names beside it. Only the
 * files the course loads go in: the export's other pages (404, the RSC payloads for navigation Next will
 * never make in one document) and the certificate fonts stay out.
 */

export const LAUNCH_FILE = 'index.html';

/** The export's files the course loads, out of all it wrote. */
export function courseFiles(exported: readonly string[]): string[] {
  return exported.filter((file) => file === LAUNCH_FILE || file.startsWith('_next/static/')).sort();
}

export function packageFileName(version: ScormVersion): string {
  return `friend-request-scorm-${version}.zip`;
}

export interface PackageInput {
  settings: PackageSettings;
  /** The course's files by path (from courseFiles). */
  course: Readonly<Record<string, Uint8Array>>;
  /** The schema files of the version, by name. */
  schemas: Readonly<Record<string, Uint8Array>>;
  title: string;
  /** Written into the manifest only when the build is asked to (SCORM_MASTERY_SCORE=1). */
  masteryScore?: number;
}

export function scormPackage({ settings, course, schemas, title, masteryScore }: PackageInput): Uint8Array {
  if (!course[LAUNCH_FILE]) throw new Error(`The export has no ${LAUNCH_FILE}: build the course first.`);
  const files: Zippable = { ...course, [SETTINGS_FILE]: strToU8(packageSettingsScript(settings)) };
  const manifest = scormManifest({
    version: settings.version,
    identifier: `friend-request-scorm-${settings.version.replace('.', '-')}`,
    title,
    launch: LAUNCH_FILE,
    files: Object.keys(files).sort(),
    ...(masteryScore === undefined ? {} : { masteryScore }),
  });
  return zipSync(
    { 'imsmanifest.xml': strToU8(manifest), ...schemas, ...files },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}
