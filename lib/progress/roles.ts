import type { Role } from './schema';

export { ROLES } from './schema';

/** How each role reads to the learner. The three study groups keep the study's own names. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  MS: 'Medical student',
  RP: 'Resident (physician in training)',
  PP: 'Practicing physician',
  other: 'Other (another health profession, or none of these)',
};

/** "you said you are a resident": how a comparison names the learner's group. */
export const ROLE_PHRASES: Readonly<Record<Role, string>> = {
  MS: 'a medical student',
  RP: 'a resident',
  PP: 'a practicing physician',
  other: 'in another role',
};
