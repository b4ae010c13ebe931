import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import * as z from 'zod';
import { message, type InputMessage } from '../core/messages.ts';
import { InputRecord, type ArticleDoc } from '../schemas/input.ts';
import { cleanText, toArticleDoc } from './normalize.ts';

export const INPUT_EXTENSIONS = ['.txt', '.json', '.jsonl', '.csv'] as const;

export interface InputFile {
  /** absolute or cwd-relative path to read */
  path: string;
  /** path relative to the input folder, as the articles table shows it */
  source: string;
}

export interface IngestResult {
  articles: ArticleDoc[];
  rejects: InputMessage[];
}

/** Lists the input files under each path (a file, or a folder searched recursively), sorted. */
export function listInputs(inputs: string[]): { files: InputFile[]; rejects: InputMessage[] } {
  const files: InputFile[] = [];
  const rejects: InputMessage[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (e) {
      rejects.push(message(input, null, 'E_READ', (e as Error).message));
      continue;
    }
    if (stat.isDirectory()) {
      const names = (readdirSync(input, { recursive: true }) as string[])
        .filter((name) => (INPUT_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()))
        .sort();
      for (const name of names) files.push({ path: path.join(input, name), source: name.split(path.sep).join('/') });
    } else if ((INPUT_EXTENSIONS as readonly string[]).includes(path.extname(input).toLowerCase())) {
      files.push({ path: input, source: path.basename(input) });
    } else {
      rejects.push(message(path.basename(input), null, 'E_FORMAT', `got ${path.extname(input) || 'no extension'}`));
    }
  }
  return { files, rejects };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one file into articles and rejects; never throws for bad content. */
export function readInputFile(file: InputFile): IngestResult {
  let content: string;
  try {
    const bytes = readFileSync(file.path);
    content = decoder.decode(bytes);
  } catch (e) {
    const code = e instanceof TypeError ? 'E_ENCODING' : 'E_READ';
    return { articles: [], rejects: [message(file.source, null, code, (e as Error).message)] };
  }
  switch (path.extname(file.path).toLowerCase()) {
    case '.txt':
      return fromTxt(content, file.source);
    case '.json':
      return fromJson(content, file.source);
    case '.jsonl':
      return fromJsonl(content, file.source);
    default:
      return fromCsv(content, file.source);
  }
}

/** Plain text: the first non-empty line is the headline, the rest the body. */
export function fromTxt(content: string, source: string): IngestResult {
  const text = cleanText(content);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { articles: [], rejects: [message(source, null, 'E_EMPTY')] };
  const title = lines[first]!.trim();
  const body = lines.slice(first + 1).join('\n').trim();
  if (!body) return { articles: [], rejects: [message(source, null, 'E_EMPTY', 'only a headline, no body')] };
  return validated([{ raw: { title, text: body }, position: null }], source);
}

export function fromJson(content: string, source: string): IngestResult {
  let data: unknown;
  try {
    data = JSON.parse(cleanText(content));
  } catch (e) {
    return { articles: [], rejects: [message(source, null, 'E_JSON', (e as Error).message)] };
  }
  const list = Array.isArray(data) ? data : [data];
  return validated(list.map((raw, i) => ({ raw, position: i + 1 })), source);
}

export function fromJsonl(content: string, source: string): IngestResult {
  const rows: { raw: unknown; position: number }[] = [];
  const rejects: InputMessage[] = [];
  cleanText(content).split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push({ raw: JSON.parse(line), position: i + 1 });
    } catch (e) {
      rejects.push(message(source, String(i + 1), 'E_JSON', `line ${i + 1}: ${(e as Error).message}`));
    }
  });
  const result = validated(rows, source);
  return { articles: result.articles, rejects: [...rejects, ...result.rejects] };
}

export function fromCsv(content: string, source: string): IngestResult {
  const parsed = Papa.parse<Record<string, string>>(cleanText(content), { header: true, skipEmptyLines: 'greedy' });
  const rejects: InputMessage[] = [];
  const badRows = new Set<number>();
  for (const err of parsed.errors) {
    if (err.row === undefined) {
      rejects.push(message(source, null, 'E_CSV', err.message));
    } else {
      badRows.add(err.row);
      rejects.push(message(source, String(err.row + 1), 'E_CSV', `row ${err.row + 1}: ${err.message}`));
    }
  }
  if (!parsed.meta.fields?.includes('text')) {
    return { articles: [], rejects: [message(source, null, 'E_SCHEMA', 'no "text" column in the header')] };
  }
  const rows = parsed.data.map((raw, i) => ({ raw, position: i + 1 })).filter((r) => !badRows.has(r.position - 1));
  const result = validated(rows, source);
  return { articles: result.articles, rejects: [...rejects, ...result.rejects] };
}

function validated(rows: { raw: unknown; position: number | null }[], source: string): IngestResult {
  const articles: ArticleDoc[] = [];
  const rejects: InputMessage[] = [];
  for (const { raw, position } of rows) {
    const parsed = InputRecord.safeParse(raw);
    const fallbackId = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : null;
    const where = position === null ? null : String(position);
    if (!parsed.success) {
      const isEmpty = parsed.error.issues.some((i) => i.message === 'text is empty');
      rejects.push(message(source, fallbackId ?? where, isEmpty ? 'E_EMPTY' : 'E_SCHEMA', z.prettifyError(parsed.error).replace(/\n/g, ' ')));
      continue;
    }
    const record = position === null ? null : (parsed.data.id ?? where);
    articles.push(toArticleDoc(parsed.data, { source, record }));
  }
  return { articles, rejects };
}

/** Reads every input, drops repeats of the same article, and reports what could not be read. */
export function ingest(inputs: string[]): IngestResult {
  const listed = listInputs(inputs);
  const rejects = [...listed.rejects];
  const seen = new Map<string, ArticleDoc>();
  for (const file of listed.files) {
    const result = readInputFile(file);
    rejects.push(...result.rejects);
    for (const article of result.articles) {
      const first = seen.get(article.article_id);
      if (first) {
        rejects.push(message(article.source, article.record, 'E_DUPLICATE', `same as ${first.source}${first.record ? `#${first.record}` : ''}`));
      } else {
        seen.set(article.article_id, article);
      }
    }
  }
  return { articles: [...seen.values()], rejects };
}
