import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_LIMITS } from '@/lib/assignments/limits';
import { LinkLifetime } from './LinkLifetime';
import { PassMark } from './PassMark';

describe('LinkLifetime', () => {
  it('says a year of days as “one year”, and any other lifetime in days', () => {
    expect(renderToStaticMarkup(<LinkLifetime days={365} />)).toBe('one year');
    expect(renderToStaticMarkup(<LinkLifetime days={180} />)).toBe('180 days');
  });
});

describe('PassMark', () => {
  it('shows the builder’s limits and the default as module values, not study figures', () => {
    expect(renderToStaticMarkup(<PassMark of="min" />)).toBe(
      `<span data-module-value="">${ASSIGNMENT_LIMITS.passMarkMin}%</span>`,
    );
    expect(renderToStaticMarkup(<PassMark of="max" />)).toBe(
      `<span data-module-value="">${ASSIGNMENT_LIMITS.passMarkMax}%</span>`,
    );
    expect(renderToStaticMarkup(<PassMark />)).toBe(
      `<span data-module-value="">${ASSIGNMENT_LIMITS.defaultPassMark}%</span>`,
    );
  });
});
