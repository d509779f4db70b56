import { fileURLToPath } from 'node:url';

/** The project's root folder (this file is scripts/bench/paths.mjs). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
