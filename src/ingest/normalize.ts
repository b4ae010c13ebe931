import { sha256 } from '../core/hash.ts';
import type { ArticleDoc, InputRecord } from '../schemas/input.ts';

/** Removes a byte-order mark and turns CRLF / CR line ends into LF. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The content the article id is made from: NFC, white space folded, trimmed. */
export function normalizedContent(title: string | null, body: string): string {
  return `${foldSpace(title ?? '')}\u0000${foldSpace(body)}`;
}

// `\s` is Unicode white space with or without the u flag, which only made the scan slower
function foldSpace(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Publication date as ISO 8601 when it can be read as a date, else as given. */
export function normalizePublished(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

export interface Located {
  source: string;
  record: string | null;
}

/** Builds the article the stages share from a validated input record. */
export function toArticleDoc(input: InputRecord, where: Located): ArticleDoc {
  const title = input.title ? cleanText(input.title).replace(/\s+/g, ' ').trim() : null;
  const body = cleanText(input.text).trim();
  const content_sha256 = sha256(normalizedContent(title, body));
  const text = title ? `${title}\n\n${body}` : body;
  return {
    article_id: content_sha256.slice(0, 16),
    content_sha256,
    title,
    text,
    body_start: title ? title.length + 2 : 0,
    source: where.source,
    record: where.record,
    published: normalizePublished(input.published),
    url: input.url,
    outlet: input.outlet,
  };
}
