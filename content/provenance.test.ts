import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDay } from '@/lib/dates/days';
import {
  ACCESSIBILITY_EVALUATED,
  LAST_REVIEWED,
  MODULE_VERSION,
  changeParts,
  contentChanges,
} from './provenance';
import { isFigureId, isSourceId } from './study';

const packageJson = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};

describe('the module’s provenance', () => {
  it('gives the version package.json gives', () => {
    expect(MODULE_VERSION).toBe(packageJson.version);
  });

  it('dates the review and the accessibility evaluation as real calendar days', () => {
    expect(parseDay(LAST_REVIEWED)).not.toBeNull();
    expect(parseDay(ACCESSIBILITY_EVALUATED)).not.toBeNull();
  });

  it('dates every change, newest first, none after the last review', () => {
    expect(contentChanges.length).toBeGreaterThan(0);
    for (const change of contentChanges) {
      expect(parseDay(change.date), change.title).not.toBeNull();
      expect(change.date <= LAST_REVIEWED, change.title).toBe(true);
    }
    const dates = contentChanges.map((change) => change.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives each change a title of its own, and names only sources that exist', () => {
    const titles = contentChanges.map((change) => change.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const change of contentChanges) {
      for (const id of change.sources) expect(isSourceId(id), `${change.title}: ${id}`).toBe(true);
    }
  });

  it('takes its figures from the study data and types no percentage in', () => {
    for (const change of contentChanges) {
      const parts = changeParts(change.change);
      for (const part of parts) {
        if ('figure' in part) expect(isFigureId(part.figure), `${change.title}: ${part.figure}`).toBe(true);
        else expect(part.text, change.title).not.toMatch(/\d\s?%|\{|\}/);
      }
    }
  });

  it('splits a change at its figures and keeps the words around them', () => {
    expect(
      changeParts('Now {fig:bosslet/response-rate/PP}, not {fig:bosslet/response-rate/overall}.'),
    ).toEqual([
      { text: 'Now ' },
      { figure: 'bosslet/response-rate/PP' },
      { text: ', not ' },
      { figure: 'bosslet/response-rate/overall' },
      { text: '.' },
    ]);
  });
});
