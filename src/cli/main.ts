import { BadUsage, USAGE, parseOptions } from './options.ts';
import { runCommand, type Command } from './run.ts';

/** The body of every npm script: parse options, run, set the exit status (0 ok, 1 failed, 2 bad usage). */
export async function main(command: Command, argv = process.argv.slice(2)): Promise<void> {
  let options;
  try {
    options = parseOptions(command, argv);
  } catch (e) {
    if (!(e instanceof BadUsage)) throw e;
    process.stderr.write(`geostance ${command}: ${e.message}\n\n${USAGE(command)}\n`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE(command)}\n`);
    return;
  }
  try {
    const { run, rejects } = await runCommand(command, options);
    process.stderr.write(`${command}: done — ${run.articles_new} new, ${run.articles_skipped} unchanged, ${rejects.length} rejected (run ${run.run_id})\n`);
  } catch (e) {
    process.stderr.write(`geostance ${command}: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
