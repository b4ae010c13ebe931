import * as z from 'zod';

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim()));

/** One input record, as read from JSON, JSONL or CSV (unknown fields are ignored). */
export const InputRecord = z.object({
  id: optionalText,
  title: z.string().nullish().transform((v) => (v && v.trim() ? v.trim() : null)),
  text: z.string({ error: 'text is required and must be a string' }).refine((t) => t.trim().length > 0, 'text is empty'),
  published: optionalText,
  url: optionalText,
  outlet: optionalText,
});
export type InputRecord = z.infer<typeof InputRecord>;

/** An article as the pipeline carries it between stages. */
export const ArticleDoc = z.object({
  article_id: z.string().regex(/^[0-9a-f]{16}$/),
  content_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  /** headline, blank line, body: the text all offsets index */
  text: z.string(),
  /** UTF-16 index of the body in `text` */
  body_start: z.number().int().nonnegative(),
  source: z.string(),
  record: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
});
export type ArticleDoc = z.infer<typeof ArticleDoc>;
