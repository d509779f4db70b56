import { describe, expect, it } from 'vitest';
import {
  packageSettingsScript,
  readPackageSettings,
  SETTINGS_GLOBAL,
  settingsFromEnvironment,
} from './settings';

describe('a package’s settings', () => {
  it('come back from the script the build writes, as the course reads them', () => {
    const settings = settingsFromEnvironment('2004', {
      SCORM_PASS_MARK: '70',
      SCORM_FAILED_STATUS: 'failed',
    });
    const page: Record<string, unknown> = {};
    new Function('window', packageSettingsScript(settings))(page);
    expect(readPackageSettings(page[SETTINGS_GLOBAL])).toEqual({
      version: '2004',
      passMark: 70,
      failedStatus: 'failed',
    });
  });

  it('default to the site’s pass mark and to reporting a failed attempt as incomplete', () => {
    expect(settingsFromEnvironment('1.2', {})).toEqual({
      version: '1.2',
      passMark: 80,
      failedStatus: 'incomplete',
    });
  });

  it('refuse a build value the package cannot use, naming it', () => {
    expect(() => settingsFromEnvironment('1.2', { SCORM_PASS_MARK: '0.8' })).toThrow(
      /SCORM_PASS_MARK.*"0.8"/,
    );
    expect(() => settingsFromEnvironment('1.2', { SCORM_PASS_MARK: '120' })).toThrow(/1 to 100/);
    expect(() => settingsFromEnvironment('1.2', { SCORM_FAILED_STATUS: 'locked' })).toThrow(/"locked"/);
  });

  it('are not trusted when a page has none or altered ones', () => {
    expect(readPackageSettings(undefined)).toBeNull();
    expect(readPackageSettings({ version: '1.3', passMark: 80, failedStatus: 'incomplete' })).toBeNull();
    expect(readPackageSettings({ version: '1.2', passMark: '80', failedStatus: 'incomplete' })).toBeNull();
    expect(readPackageSettings({ version: '1.2', passMark: 80, failedStatus: 'locked' })).toBeNull();
  });
});
