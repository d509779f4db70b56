import { lessonOrder } from '@/content/lessons/order';
import type { SigningKey } from '@/lib/signing/jws';
import type { AssignmentInput } from './assignment';
import { signAssignment } from './sign';

/** A complete, valid form for tests: override what a test is about. */
export function assignmentInput(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    course: 'Clerkship in Internal Medicine, block 3',
    educatorName: 'Dr. Amara Okafor',
    educatorContact: 'a.okafor@hospital.example',
    passMarkPct: 80,
    lessons: [...lessonOrder],
    shareAttitudes: false,
    ...overrides,
  };
}

/** A signed assignment made at `now` (default 2026-11-20) with `key`. */
export function signedAssignment(
  key: SigningKey,
  overrides: Partial<AssignmentInput> = {},
  now = new Date('2026-11-20T09:00:00Z'),
) {
  return signAssignment(assignmentInput(overrides), key, now);
}
