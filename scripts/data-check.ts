/** Checks the knowledge files beyond their schemas: `npm run data:check` (exit 1 on problems). */
import { checkData } from '../src/data-check.ts';

const problems = checkData();
for (const p of problems) console.log(`data/${p.file}: ${p.problem}`);
console.log(problems.length ? `${problems.length} problem(s)` : 'data: no problems');
process.exitCode = problems.length ? 1 : 0;
