/*
 * The ports of a test run (playwright.config.ts starts what listens on them): the module's server, the LTI
 * test platform beside it (started by the LTI journeys), and the SCORM test LMS.
 */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const LTI_PLATFORM_PORT = PORT + 1;
export const SCORM_LMS_PORT = PORT + 2;

/** The LMS origins the module's server lets frame its pages in the journeys (its LTI_FRAME_ANCESTORS). */
export const FRAME_ANCESTORS = [`http://127.0.0.1:${LTI_PLATFORM_PORT}`];
