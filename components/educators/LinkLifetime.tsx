import { ASSIGNMENT_LIMITS } from '@/lib/assignments/limits';

/** How long an assignment link works, in words, from the limit the server signs with. */
export function LinkLifetime({ days = ASSIGNMENT_LIMITS.lifetimeDays }: { days?: number }) {
  return <>{days === 365 ? 'one year' : `${days} days`}</>;
}
