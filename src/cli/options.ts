import { parseArgs } from 'node:util';
import { COMMANDS, type Command, type RunOptions } from './run.ts';

export const USAGE = (command: Command) => `usage: npm run ${command} -- [options]

${command === 'pipeline' ? 'Runs every stage (ingest, split, actors, stance, export)' : `Runs the ${command} stage${command === 'ingest' ? '' : ' on what the stage before it left in --out'}`}.

options:
  --input PATH    article file or folder (.txt .json .jsonl .csv); repeatable; default data/articles
  --out DIR       where tables and stage state go; default outputs
  --actors FILE   more actor dictionaries (project .jsonl or TABARI/PETRARCH .actors); repeatable
  --agents FILE   more role-noun dictionaries (project .jsonl or TABARI/PETRARCH agents); repeatable
  --workers N     worker threads for the split, actors and stance stages; default 1
  --help          this text

exit status: 0 the run finished (rejected inputs included), 1 it failed, 2 bad usage`;

export class BadUsage extends Error {}

/** Parses argv for a command; throws BadUsage with a message on anything unknown or malformed. */
export function parseOptions(command: Command, argv: string[]): RunOptions | 'help' {
  if (!COMMANDS.includes(command)) throw new BadUsage(`unknown command ${command}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        actors: { type: 'string', multiple: true },
        agents: { type: 'string', multiple: true },
        workers: { type: 'string' },
        help: { type: 'boolean' },
      },
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    throw new BadUsage((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  let workers = 1;
  if (v.workers !== undefined) {
    workers = Number(v.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new BadUsage(`--workers takes a whole number ≥ 1, got "${v.workers}"`);
  }
  return {
    inputs: v.input?.length ? v.input : ['data/articles'],
    out: v.out ?? 'outputs',
    actors: v.actors ?? [],
    agents: v.agents ?? [],
    workers,
  };
}
