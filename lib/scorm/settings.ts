import type { ScormVersion } from './api';

/*
 * What one package's build chose: its SCORM version, its pass mark and how it reports a failed attempt.
 * The build writes them into the package as `package-settings.js` (a classic script, so that it also
 * loads from file://), which the course reads before it starts; one export serves both zips.
 */

export interface PackageSettings {
  version: ScormVersion;
  /** Whole percent, 1–100: used when the LMS gives no mastery score of its own. */
  passMark: number;
  failedStatus: 'incomplete' | 'failed';
}

export const SETTINGS_FILE = 'package-settings.js';
export const SETTINGS_GLOBAL = 'friendRequestPackage';

export const DEFAULT_SETTINGS: Omit<PackageSettings, 'version'> = {
  passMark: 80,
  failedStatus: 'incomplete',
};

/** The settings a page found, or null when it has none it can trust (no file: not an LMS package). */
export function readPackageSettings(value: unknown): PackageSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, passMark, failedStatus } = value as Record<string, unknown>;
  if (version !== '1.2' && version !== '2004') return null;
  if (typeof passMark !== 'number' || !Number.isInteger(passMark) || passMark < 1 || passMark > 100)
    return null;
  if (failedStatus !== 'incomplete' && failedStatus !== 'failed') return null;
  return { version, passMark, failedStatus };
}

/** The file's text. */
export function packageSettingsScript(settings: PackageSettings): string {
  return `window.${SETTINGS_GLOBAL} = ${JSON.stringify(settings)};\n`;
}

/**
 * The build's settings from its environment (SCORM_PASS_MARK, SCORM_FAILED_STATUS), for one version; a
 * value that is not one the package can use is an error naming it, never a silent default.
 */
export function settingsFromEnvironment(
  version: ScormVersion,
  env: Record<string, string | undefined>,
): PackageSettings {
  const mark = env.SCORM_PASS_MARK?.trim();
  const passMark = mark ? Number(mark) : DEFAULT_SETTINGS.passMark;
  if (!Number.isInteger(passMark) || passMark < 1 || passMark > 100)
    throw new Error(`SCORM_PASS_MARK must be a whole percent from 1 to 100, not "${mark}".`);
  const failed = env.SCORM_FAILED_STATUS?.trim() || DEFAULT_SETTINGS.failedStatus;
  if (failed !== 'incomplete' && failed !== 'failed')
    throw new Error(`SCORM_FAILED_STATUS must be "incomplete" or "failed", not "${failed}".`);
  return { version, passMark, failedStatus: failed };
}
