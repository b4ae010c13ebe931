/**
 * Coded messages about bad input. Each becomes a row of the `rejects` table
 * and a line on stderr; the run goes on with the other inputs.
 */
export const CODES = {
  E_READ: 'the file cannot be read',
  E_ENCODING: 'the file is not valid UTF-8',
  E_FORMAT: 'the file type is not one of .txt, .json, .jsonl, .csv',
  E_JSON: 'malformed JSON',
  E_CSV: 'malformed CSV',
  E_SCHEMA: 'the record does not have the expected fields',
  E_EMPTY: 'the article has no text',
  E_DUPLICATE: 'the same article (same normalised content) was already read in this run',
  E_STAGE: 'a stage failed on this article',
} as const;
export type MessageCode = keyof typeof CODES;

export interface InputMessage {
  source: string;
  record: string | null;
  code: MessageCode;
  reason: string;
}

export function message(source: string, record: string | null, code: MessageCode, detail?: string): InputMessage {
  return { source, record, code, reason: detail ? `${CODES[code]}: ${detail}` : CODES[code] };
}

export function formatMessage(m: InputMessage): string {
  return `${m.source}${m.record ? `#${m.record}` : ''}: [${m.code}] ${m.reason}`;
}
