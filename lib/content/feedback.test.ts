import { describe, expect, it } from 'vitest';
import { feedbackContact, parseFeedbackContact } from './feedback';

describe('FEEDBACK_CONTACT', () => {
  it('gives no contact when the variable is unset, empty or blank', () => {
    expect(feedbackContact({})).toEqual({ kind: 'none' });
    expect(feedbackContact({ FEEDBACK_CONTACT: '' })).toEqual({ kind: 'none' });
    expect(feedbackContact({ FEEDBACK_CONTACT: '   ' })).toEqual({ kind: 'none' });
  });

  it('turns an e-mail address, with or without mailto:, into a mailto link', () => {
    for (const value of ['corrections@example.edu', ' mailto:corrections@example.edu ']) {
      expect(feedbackContact({ FEEDBACK_CONTACT: value })).toEqual({
        kind: 'email',
        address: 'corrections@example.edu',
        href: 'mailto:corrections@example.edu',
      });
    }
  });

  it('links an http(s) address and shows anything else as text, never as a link', () => {
    expect(parseFeedbackContact('https://example.edu/report')).toEqual({
      kind: 'link',
      address: 'https://example.edu/report',
      href: 'https://example.edu/report',
    });
    expect(parseFeedbackContact('the course office, +1 555 0100')).toEqual({
      kind: 'text',
      text: 'the course office, +1 555 0100',
    });
    expect(parseFeedbackContact('javascript:alert(1)')).toEqual({
      kind: 'text',
      text: 'javascript:alert(1)',
    });
  });

  it('refuses a value with control or direction-override characters, or one too long to be a contact', () => {
    expect(parseFeedbackContact('a@example.edu\nBcc: b@example.edu')).toEqual({ kind: 'none' });
    expect(parseFeedbackContact('\u202eude.elpmaxe@a')).toEqual({ kind: 'none' });
    expect(parseFeedbackContact(`${'a'.repeat(200)}@example.edu`)).toEqual({ kind: 'none' });
  });
});
