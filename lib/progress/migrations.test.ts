import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, decodeProgress } from './schema';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('migrating stored progress', () => {
  it('lifts a version 1 document, as version 1 wrote it, to the current version with nothing lost', () => {
    const v1 = JSON.parse(fixture('v1-lesson-completed.json')) as Record<string, unknown>;

    const decoded = decodeProgress(JSON.stringify(v1));

    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.progress.version).toBe(CURRENT_VERSION);
    expect(decoded.progress.finalCheck).toBeUndefined();
    expect({ ...decoded.progress, version: 1 }).toEqual(v1);
  });

  it('reports a version 1 document that is not valid version 1 as unreadable, naming the version', () => {
    const broken = { ...JSON.parse(fixture('v1-lesson-completed.json')), role: 'surgeon' };

    const decoded = decodeProgress(JSON.stringify(broken));

    expect(decoded.kind).toBe('corrupt');
    if (decoded.kind === 'corrupt') expect(decoded.reason).toMatch(/^Version 1:/);
  });

  it('does not accept a version 2 field in a version 1 document', () => {
    const mixed = {
      ...JSON.parse(fixture('v1-lesson-completed.json')),
      finalCheck: {
        attempts: 1,
        answers: {},
        scorePct: 100,
        passed: true,
        submittedAt: '2026-11-24T01:40:12.345Z',
      },
    };
    expect(decodeProgress(JSON.stringify(mixed)).kind).toBe('corrupt');
  });
});
