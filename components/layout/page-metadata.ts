import type { Metadata, Viewport } from 'next';

/** The module's name and description, for the site's layout and the package's. */
export const MODULE_TITLE = 'Friend Request? Patients, physicians and social networks';

export const moduleMetadata = {
  description:
    'A short e-learning module for medical students, residents and physicians on patients, doctors and online social networks, built on a US national survey.',
  // No favicon request (and no 404 for one).
  icons: { icon: 'data:,' },
} satisfies Metadata;

export const moduleViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#131619' },
  ],
};
