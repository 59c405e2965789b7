import type { Command } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_FAILURE_DIR, FailureDb, type FailureRecord } from '../claims/failure_db.ts';

/**
 * `claimcheck db list | clear [ids…]`: the failure database of the project in the current
 * folder (`.claimcheck/failures`, where `claimcheck run` keeps each refutation's shrunk
 * counterexample and replays it first next time).
 */

/** The database `claimcheck run` uses from this folder. */
export function projectFailureDb(cwd = process.cwd()): FailureDb {
  return new FailureDb(resolve(cwd, DEFAULT_FAILURE_DIR));
}

/** One line per stored counterexample: id, when, the run that found it, why it failed. */
export function formatRecords(records: readonly FailureRecord[], dir: string): string {
  if (records.length === 0) return `no stored counterexamples in ${dir}\n`;
  const width = Math.max(...records.map((r) => r.id.length));
  const lines = records.map((r) => {
    const replayable = r.instance === undefined ? ' (no instance: replay with --seed and --path)' : '';
    return `${r.id.padEnd(width)}  ${r.storedAt.slice(0, 19).replace('T', ' ')}  seed ${r.seed} ${r.budget} ${r.backend}${r.path !== undefined ? ` path ${r.path}` : ''}  ${r.reason}${replayable}`;
  });
  return `${lines.join('\n')}\n`;
}

/** Clear the named records (all without ids); the one line to print. */
export function clearRecords(db: FailureDb, ids: readonly string[]): string {
  if (ids.length === 0) {
    const n = db.clear();
    return `cleared ${n} stored counterexample${n === 1 ? '' : 's'} from ${db.dir}\n`;
  }
  const absent = ids.filter((id) => db.get(id) === undefined);
  const n = db.clear(ids);
  return `cleared ${n} stored counterexample${n === 1 ? '' : 's'}${absent.length ? ` (none stored for ${absent.join(', ')})` : ''}\n`;
}

/** `claimcheck db list [--json]` and `claimcheck db clear [ids…]`. */
export function addDbCommand(program: Command): void {
  const db = program.command('db').description(`the failure database: counterexamples replayed first (${DEFAULT_FAILURE_DIR})`);
  db.command('list')
    .description('list the stored counterexamples')
    .option('--json', 'as JSON')
    .action((flags: { json?: boolean }) => {
      const store = projectFailureDb();
      const records = store.list();
      process.stdout.write(flags.json ? `${JSON.stringify(records, null, 2)}\n` : formatRecords(records, store.dir));
    });
  db.command('clear')
    .description('forget the stored counterexamples of the given claim ids (all without ids)')
    .argument('[ids...]', 'claim ids')
    .action((ids: string[]) => {
      process.stdout.write(clearRecords(projectFailureDb(), ids));
    });
}
