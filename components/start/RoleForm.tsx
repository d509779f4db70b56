'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { useProgress } from '@/components/progress/useProgress';
import { setRole } from '@/lib/progress/actions';
import { ROLE_LABELS, ROLES } from '@/lib/progress/roles';

const schema = z.object({
  role: z.enum(ROLES, { error: 'Choose the group that fits you best.' }),
});
type Values = z.infer<typeof schema>;

export function RoleForm({ nextHref, nextTitle }: { nextHref: string; nextTitle: string }) {
  const router = useRouter();
  const { progress, hydrated, update } = useProgress();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), shouldFocusError: true });

  useEffect(() => {
    if (hydrated && progress.role) reset({ role: progress.role });
  }, [hydrated, progress.role, reset]);

  const onSubmit = ({ role }: Values) => {
    update((p) => setRole(p, role));
    router.push(nextHref);
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <fieldset aria-describedby={errors.role ? 'role-error' : undefined}>
        <legend>Which best describes you?</legend>
        {ROLES.map((role) => (
          <label key={role} className="choice">
            <input type="radio" value={role} {...register('role')} />
            <span>{ROLE_LABELS[role]}</span>
          </label>
        ))}
        {errors.role && (
          <p className="field-error" id="role-error">
            {errors.role.message}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          Continue to the first lesson
        </button>
        <span className="source">Next: {nextTitle}</span>
      </div>
    </form>
  );
}
