// Copies the certificate's font files (and their licences) from node_modules into public/fonts/certificate/,
// so that the browser fetches them from the module's own origin when a learner makes a PDF. Runs after
// `npm install` and before `npm run build`.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const fonts = JSON.parse(readFileSync(path.join(root, 'lib/certificates/pdf/font-files.json'), 'utf8'));
const target = path.join(root, 'public/fonts/certificate');
mkdirSync(target, { recursive: true });

for (const { file, packagePath, license } of Object.values(fonts)) {
  copyFileSync(path.join(root, 'node_modules', packagePath), path.join(target, file));
  copyFileSync(
    path.join(root, 'node_modules', license),
    path.join(target, `${file.replace(/\.\w+$/, '')}.LICENSE.txt`),
  );
}
console.log(`Certificate fonts copied to ${path.relative(root, target)}/`);
