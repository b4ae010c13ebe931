/** Rewrites the generated part of README.md (the table reference): `npm run docs`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataDictionary } from '../src/schemas/data-dictionary.ts';

const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/(<!-- tables:start -->\n)[\s\S]*?(<!-- tables:end -->)/, `$1${dataDictionary()}\n$2`);
writeFileSync('README.md', next);
console.log(next === readme ? 'README.md already up to date' : 'README.md table reference rewritten');
