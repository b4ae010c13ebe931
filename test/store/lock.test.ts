import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.ts';
import { LockedError, lockFolder } from '../../src/store/lock.ts';
import { cleanTmp, quiet, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

describe('lockFolder', () => {
  it('lets one run at a time write to an output folder', () => {
    const dir = path.join(tmp(), '.geostance');
    const release = lockFolder(dir);
    expect(() => lockFolder(dir)).toThrow(LockedError);
    release();
    expect(existsSync(path.join(dir, 'lock'))).toBe(false);
    lockFolder(dir)();
  });

  it('takes over a lock left by a run that died', () => {
    const dir = path.join(tmp(), '.geostance');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'lock'), '999999999');
    expect(() => lockFolder(dir)()).not.toThrow();
  });

  it('makes a second run on a busy folder fail with a clear message', async () => {
    const out = tmp();
    const release = lockFolder(path.join(out, '.geostance'));
    await expect(runCommand('pipeline', { inputs: ['data/articles'], out, log: quiet })).rejects.toThrow(/another run .* is writing to/);
    release();
  });
});
