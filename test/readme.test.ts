import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.ts';
import { dataDictionary } from '../src/schemas/data-dictionary.ts';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('starts with the two commands a newcomer needs', () => {
    const head = readme.split('\n').slice(0, 6).join('\n');
    expect(head).toContain('npm ci && npm run pipeline');
    expect(head).toContain('npm test');
  });
  it('documents every table and column as the schemas declare them (npm run docs)', () => {
    expect(readme).toContain(dataDictionary());
  });
});

describe('public API (src/index.ts)', () => {
  it('exposes the stages as functions', () => {
    expect(typeof api.splitSentences).toBe('function');
    expect(typeof api.analyzeArticle).toBe('function');
    expect(typeof api.runCommand).toBe('function');
    const spans = api.splitSentences('The U.S. and Russia met. “We agreed,” he said.');
    expect(spans).toEqual([{ text: 'The U.S. and Russia met.', start: 0, end: 24 }, { text: '“We agreed,” he said.', start: 25, end: 46 }]);
  });
});
