import type { RunMetadata } from './schema.ts';

/**
 * The claimcheck command that reproduces a run: the recorded `claimcheck …` command line
 * with the seed, budget and backend that ran made explicit (a default can change between
 * versions; `--backend auto` can pick another backend on another machine), or, when the run
 * came from somewhere else (`npm test` records vitest's own invocation), the catalog run with
 * those same settings.
 */
export function reproduceCommand(run: Pick<RunMetadata, 'command' | 'seed' | 'budget' | 'backend'>): string {
  const recorded = (run.command ?? '').trim();
  const fromCli = /^(?:npx\s+)?claimcheck\s+(?:run|replay)\b/.test(recorded);
  const words = fromCli ? recorded.replace(/^npx\s+/, '').split(/\s+/) : ['claimcheck', 'run'];
  const set = (flag: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    const i = words.indexOf(flag);
    if (i >= 0 && i + 1 < words.length) words[i + 1] = String(value);
    else words.push(flag, String(value));
  };
  set('--budget', run.budget);
  set('--seed', run.seed);
  set('--backend', run.backend);
  return `npx ${words.join(' ')}`;
}

/** Whether the recorded command is a claimcheck command line (else it is vitest's own). */
export function recordedByCli(run: Pick<RunMetadata, 'command'>): boolean {
  return /^(?:npx\s+)?claimcheck\s/.test((run.command ?? '').trim());
}
