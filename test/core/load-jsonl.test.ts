import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError, loadJsonl } from '../../src/core/load-jsonl.ts';
import { ActorEntry } from '../../src/schemas/knowledge.ts';
import { cleanTmp, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

describe('loadJsonl', () => {
  it('reads valid lines, skipping blank lines and // comments', () => {
    const file = path.join(tmp(), 'people.jsonl');
    writeFileSync(file, '// people I added\n{"id":"jane-doe","name":"Jane Doe","type":"person","country":"KEN"}\n\n');
    expect(loadJsonl(file, ActorEntry)).toEqual([expect.objectContaining({ id: 'jane-doe', aliases: [], roles: [] })]);
  });

  it('names the file and every bad line with its problem', () => {
    const file = path.join(tmp(), 'bad.jsonl');
    writeFileSync(file, '{"id":"ok","name":"Ok","type":"igo"}\n{"id":"Bad Id","name":"X","type":"igo"}\nnot json\n{"id":"x","name":"X","type":"planet"}\n');
    let error: unknown;
    try {
      loadJsonl(file, ActorEntry);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFileError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(/line 2: .*kebab-case/);
    expect(message).toMatch(/line 3: not JSON/);
    expect(message).toMatch(/line 4: .*type/);
  });
});
