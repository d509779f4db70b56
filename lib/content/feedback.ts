/**
 * Where readers report an error in the content: FEEDBACK_CONTACT, set by whoever runs the module and read on
 * the server when /about is served. An e-mail address becomes a mailto link, an http(s) address a link, and
 * anything else (a phone number, an office) is shown as text. Unset, blank or unusable: none, and the page
 * says whom else to tell.
 */

export type FeedbackContact =
  | { kind: 'email'; address: string; href: string }
  | { kind: 'link'; address: string; href: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

const MAX_LENGTH = 200;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
// Controls and the bidirectional overrides that could make the text read differently from what it holds.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The contact that a value of FEEDBACK_CONTACT gives. */
export function parseFeedbackContact(raw: string | undefined): FeedbackContact {
  const value = raw?.trim() ?? '';
  if (!value || value.length > MAX_LENGTH || UNSAFE.test(value)) return { kind: 'none' };
  const address = value.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { kind: 'email', address, href: `mailto:${address}` };
  if (/^https?:\/\//i.test(value)) {
    try {
      return { kind: 'link', address: value, href: new URL(value).href };
    } catch {
      return { kind: 'none' };
    }
  }
  // Another scheme (javascript:, data: …) is never a link: shown as text, it does nothing.
  return { kind: 'text', text: value };
}

/** FEEDBACK_CONTACT of this process's environment, as it is when called (per request, not at build). */
export function feedbackContact(
  env: Readonly<Record<string, string | undefined>> = process.env,
): FeedbackContact {
  return parseFeedbackContact(env.FEEDBACK_CONTACT);
}
