'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { NAME_MAX_LENGTH } from '@/lib/certificates/constants';
import { checkCertificateName } from '@/lib/certificates/name';
import { PRINTABLE_SCRIPTS, unprintableCharacters } from '@/lib/certificates/pdf/scripts';
import styles from './certificate.module.css';

const schema = z.object({
  name: z.string().check(
    z.superRefine((value, ctx) => {
      const checked = checkCertificateName(value);
      if (!checked.ok) {
        ctx.addIssue({ code: 'custom', message: checked.message, input: value });
        return;
      }
      const unprintable = unprintableCharacters(checked.name);
      if (unprintable.length > 0) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `The certificate cannot print ${unprintable.join(' ')} yet. It prints ${PRINTABLE_SCRIPTS}.`,
        });
      }
    }),
  ),
});

type Values = z.infer<typeof schema>;

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
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: defaultName } });
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
        {...register('name')}
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
