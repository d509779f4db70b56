import { describe, expect, it } from 'vitest';
import { checkCertificateName } from './name';

describe('checkCertificateName', () => {
  it('keeps names in any script, trimmed and NFC-normalised', () => {
    const decomposed = 'Jose\u0301 N\u0303u\u0301n\u0303ez';
    expect(checkCertificateName(`  ${decomposed}  `)).toEqual({ ok: true, name: 'José Ñúñez' });
    for (const name of [
      '王小明',
      'Ολυμπία',
      'Дмитрий',
      'محمد',
      'דוד',
      'प्रिया शर्मा',
      'Dr. Amira حداد-Smith',
    ]) {
      expect(checkCertificateName(name)).toEqual({ ok: true, name });
    }
  });

  it('collapses runs of spaces and keeps joiners', () => {
    expect(checkCertificateName('Ana   María')).toEqual({ ok: true, name: 'Ana María' });
    expect(checkCertificateName('मी\u200Dरा')).toEqual({ ok: true, name: 'मी\u200Dरा' });
  });

  it('refuses an empty name', () => {
    expect(checkCertificateName('   ')).toEqual({
      ok: false,
      message: 'Enter your name as it should print.',
    });
  });

  it('refuses control characters, line breaks and bidi overrides with a message', () => {
    for (const raw of ['Ana\tMaría', 'Ana\nMaría', 'Ana\u0000', 'Ana\u202Eairam', 'Ana\u2066x\u2069']) {
      const result = checkCertificateName(raw);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/control character/);
    }
  });

  it('counts characters, not UTF-16 units, against the limit of 100', () => {
    expect(checkCertificateName('𠀀'.repeat(100)).ok).toBe(true);
    expect(checkCertificateName('a'.repeat(101))).toEqual({
      ok: false,
      message: 'The name is 101 characters long; it can be at most 100.',
    });
  });
});
