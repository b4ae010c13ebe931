import { columnsOf } from './columns.ts';
import { TABLES } from './tables.ts';

const ROW: Record<string, string> = {
  articles: 'article', sentences: 'sentence (0 = headline)', mentions: 'actor mention', relations: 'directed stance',
  actors: 'actor used by the run', candidates: 'unknown capitalised name', runs: 'command run', rejects: 'rejected input of the latest run',
};

/** The README's table reference, generated from the zod table declarations. */
export function dataDictionary(): string {
  const parts: string[] = [];
  for (const [name, schema] of Object.entries(TABLES)) {
    parts.push(`### \`${name}\` — one row per ${ROW[name] ?? name}\n`);
    parts.push('| column | type | description |', '|---|---|---|');
    for (const c of columnsOf(schema)) {
      const type = c.arrow === 'list_utf8' ? 'list of text (CSV: `;`-joined)' : c.arrow === 'timestamp_ms' ? 'timestamp (UTC)' : c.arrow;
      parts.push(`| \`${c.name}\` | ${type}${c.nullable ? ', nullable' : ''} | ${c.description} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trim();
}
