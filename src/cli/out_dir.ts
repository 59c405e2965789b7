import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BadOptionError } from '../claims/errors.ts';

/**
 * `--out` must be a folder the reports can be written to (or created in): checked before any
 * claim runs, without creating anything (bad input writes nothing).
 */
export function checkOutDir(out: string | undefined): void {
  if (out === undefined) return;
  for (let path = resolve(out); ; path = dirname(path)) {
    if (existsSync(path)) {
      if (!statSync(path).isDirectory()) throw new BadOptionError(`--out ${out}: ${path} is a file, not a folder`);
      try {
        accessSync(path, constants.W_OK);
      } catch {
        throw new BadOptionError(`--out ${out}: ${path} is not writable`);
      }
      return;
    }
    if (dirname(path) === path) return;
  }
}
