/**
 * Speed figures, printed, never asserted: `npm run bench`.
 * Machines are shared and noisy, so each figure is the best of a few rounds.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sbd from 'sbd';
import { Analyzer } from '../src/analyze.ts';
import { runCommand } from '../src/cli/run.ts';
import { splitSentences } from '../src/split/split-sentences.ts';
import { articlesOf, mb, newsCorpus } from './corpus.ts';

const only = process.argv[2];
const best = (rounds: number, fn: () => void) => {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
};
const rate = (bytes: number, seconds: number) => `${(mb(bytes) / seconds).toFixed(1)} MB/s`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

function benchSplit(): void {
  console.log('\nsplitSentences (one core, English news prose)');
  const big = newsCorpus(8_000_000);
  splitSentences(big); // warm up on the whole text, so the smallest size is not measured cold
  const sizes = [1, 2, 4, 8];
  const perMb: number[] = [];
  for (const size of sizes) {
    const text = big.slice(0, size * 1_000_000);
    const bytes = Buffer.byteLength(text);
    const ours = best(5, () => splitSentences(text));
    const theirs = size <= 2 ? best(2, () => sbd.sentences(text, { newline_boundaries: true })) : NaN;
    perMb.push(ours / mb(bytes));
    line(`${size} MB: geostance`, `${rate(bytes, ours)}  (${(ours * 1000).toFixed(0)} ms)`);
    if (!Number.isNaN(theirs)) line(`${size} MB: sbd 1.0.19`, `${rate(bytes, theirs)}  → geostance is ${(theirs / ours).toFixed(1)}× sbd`);
  }
  const spread = Math.max(...perMb) / Math.min(...perMb);
  line('time per MB, largest / smallest (1 = linear)', spread.toFixed(2));
}

function benchActorsAndStance(): void {
  console.log('\nactors and stance stages (one core)');
  let t = performance.now();
  const analyzer = new Analyzer();
  line('load project knowledge (all stages)', `${(performance.now() - t).toFixed(0)} ms, ${analyzer.kb.names.size} names`);
  const { articles, bytes } = articlesOf(4_000_000);
  const units = articles.map((a) => analyzer.split(a));
  // each stage on one article at a time, results dropped, as the pipeline streams them
  const timeActors = (an: Analyzer) => best(3, () => articles.forEach((a, i) => an.actors(a, units[i]!)));
  line('actors stage, project dictionaries', rate(bytes, timeActors(analyzer)));
  let stanceMs = Infinity;
  for (let round = 0; round < 3; round++) {
    let ms = 0;
    articles.forEach((a, i) => {
      const found = analyzer.actors(a, units[i]!);
      const t0 = performance.now();
      analyzer.stance(a, found);
      ms += performance.now() - t0;
    });
    stanceMs = Math.min(stanceMs, ms);
  }
  line('stance stage', rate(bytes, stanceMs / 1000));
  const whole = best(3, () => articles.forEach((a) => analyzer.analyze(a)));
  line('split + actors + stance, in memory', rate(bytes, whole));

  // one article that is a single 1 MB sentence: the stages must stay linear in sentence length too
  const part = 'the Russian forces and the Syrian rebels met the group near Damascus, he said ';
  const long = { ...articles[0]!, article_id: 'ffffffffffffffff', title: null, body_start: 0, text: part.repeat(Math.ceil(1_000_000 / part.length)) };
  const longSec = best(1, () => analyzer.analyze(long));
  line('one 1 MB sentence, split + actors + stance', `${rate(Buffer.byteLength(long.text), longSec)}  (${longSec.toFixed(1)} s)`);

  const phoenix = path.resolve('../shared/dictionaries/phoenix');
  if (!existsSync(phoenix)) {
    line('Phoenix dictionaries', `skipped: ${phoenix} is absent`);
    return;
  }
  const files = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map((f) => path.join(phoenix, f));
  t = performance.now();
  const big = new Analyzer({ actors: files, agents: [path.join(phoenix, 'Phoenix.agents.txt')] });
  const load = performance.now() - t;
  line('load project + all Phoenix files', `${load.toFixed(0)} ms, ${big.kb.names.size} names, ${big.kb.actors.size} actors`);
  line('actors stage, with Phoenix loaded', rate(bytes, timeActors(big)));
}

async function benchPipeline(): Promise<void> {
  console.log('\nwhole pipeline (npm run pipeline: ingest → export, with state and tables)');
  const { articles, bytes } = articlesOf(3_000_000);
  const input = mkdtempSync(path.join(tmpdir(), 'geostance-bench-'));
  // distinct articles: a numbered line makes each copy's content (and id) its own
  articles.forEach((a, i) => writeFileSync(path.join(input, `a${i}.json`), JSON.stringify({ title: `${a.title ?? ''} (${i})`, text: a.text.slice(a.body_start), published: a.published })));
  for (const workers of [1, 2]) {
    const out = mkdtempSync(path.join(tmpdir(), 'geostance-bench-out-'));
    const t = performance.now();
    await runCommand('pipeline', { inputs: [input], out, workers, log: () => {} });
    const sec = (performance.now() - t) / 1000;
    line(`${articles.length} articles, --workers ${workers}`, `${rate(bytes, sec)}  (${sec.toFixed(1)} s)`);
    const t2 = performance.now();
    await runCommand('pipeline', { inputs: [input], out, workers, log: () => {} });
    if (workers === 1) line('re-run, nothing new', `${((performance.now() - t2) / 1000).toFixed(1)} s`);
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(input, { recursive: true, force: true });
}

console.log(`geostance bench — node ${process.version}, ${new Date().toISOString()}`);
if (!only || only === 'split') benchSplit();
if (!only || only === 'stages') benchActorsAndStance();
if (!only || only === 'pipeline') await benchPipeline();
