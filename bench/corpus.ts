import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../src/ingest/read-inputs.ts';

/** English news prose from the sample and test articles, repeated to `bytes` bytes (UTF-8). */
export function newsCorpus(bytes: number): string {
  const sources = [path.resolve('data/articles'), path.resolve('test/fixtures/articles')];
  const texts = ingest(sources.filter((d) => readdirSync(d).length > 0)).articles.map((a) => a.text);
  const seed = texts.join('\n\n');
  const unit = Buffer.byteLength(seed);
  let out = '';
  for (let n = 0; n * unit < bytes; n++) out += `${seed}\n\n`;
  return Buffer.from(out).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

export function articlesOf(bytes: number) {
  const all = ingest([path.resolve('data/articles'), path.resolve('test/fixtures/articles')]).articles;
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = all[i % all.length]!;
    // a distinct id per copy, as distinct articles would have
    out.push({ ...a, article_id: `${a.article_id.slice(0, 10)}${String(i).padStart(6, '0')}` });
    size += Buffer.byteLength(a.text);
  }
  return { articles: out, bytes: size };
}

export const mb = (bytes: number) => bytes / 1_000_000;
