// What scripts/build-scorm.mjs needs of the project's TypeScript, in one entry for it to compile.
export { SCHEMA_FILES } from './manifest';
export { courseFiles, packageFileName, scormPackage } from './package';
export { settingsFromEnvironment } from './settings';
