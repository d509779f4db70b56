import { checkPlainText } from '@/lib/text/plain-text';
import { NAME_MAX_LENGTH } from './constants';

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/**
 * The name as it will print (plain text: see checkPlainText), 1 to NAME_MAX_LENGTH characters. Used by the
 * form in the browser and by the signing server.
 */
export function checkCertificateName(raw: string): NameCheck {
  const checked = checkPlainText(raw, {
    what: 'The name',
    max: NAME_MAX_LENGTH,
    empty: 'Enter your name as it should print.',
  });
  return checked.ok ? { ok: true, name: checked.text } : checked;
}
