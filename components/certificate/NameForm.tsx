'use client';

import { useForm, useWatch } from 'react-hook-form';
import { NAME_MAX_LENGTH } from '@/lib/certificates/constants';
import { checkCertificateName } from '@/lib/certificates/name';
import { PRINTABLE_SCRIPTS, unprintableCharacters } from '@/lib/text/scripts';
import styles from './certificate.module.css';

/** The same check as the server's, and whether the PDF's fonts can print every character. */
function nameProblem(value: string): string | true {
  const checked = checkCertificateName(value);
  if (!checked.ok) return checked.message;
  const unprintable = unprintableCharacters(checked.name);
  if (unprintable.length > 0) {
    return `The certificate cannot print ${unprintable.join(' ')} yet. It prints ${PRINTABLE_SCRIPTS}.`;
  }
  return true;
}

interface Values {
  name: string;
}

/** The name as it should print: checked as the server checks it, and against the scripts the PDF can print. */
export function NameForm({
  onSubmit,
  busy,
  defaultName,
}: {
  onSubmit: (name: string) => void;
  busy: boolean;
  defaultName: string;
}) {
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: defaultName } });
  const typed = useWatch({ control, name: 'name' });
  const error = errors.name?.message;
  return (
    <form
      noValidate
      aria-label="Name on the certificate"
      onSubmit={handleSubmit(({ name }) => {
        const checked = checkCertificateName(name);
        if (checked.ok) onSubmit(checked.name);
      })}
    >
      <label htmlFor="certificate-name" className={styles.label}>
        Your name as it should print
      </label>
      <p id="certificate-name-hint" className="source">
        Any script; up to {NAME_MAX_LENGTH} characters. It is sent once, to sign the certificate, and not
        stored.
      </p>
      <input
        id="certificate-name"
        className={`text-input ${styles.input}`}
        type="text"
        autoComplete="name"
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'certificate-name-hint certificate-name-error' : 'certificate-name-hint'}
        {...register('name', { validate: nameProblem })}
      />
      {error && (
        <p className="field-error" id="certificate-name-error">
          {error}
        </p>
      )}
      <p className={styles.typed}>
        Will print as: <bdi>{typed?.trim() ? typed.trim() : '…'}</bdi>
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing…' : 'Create my certificate'}
        </button>
      </div>
    </form>
  );
}
