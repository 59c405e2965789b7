/**
 * Root of every error that means "the suite or its input is broken" (as opposed to a false
 * claim, which is a verdict). The CLI maps any ClaimcheckError to exit code 2 and prints its
 * one-line message; nothing below the CLI calls process.exit.
 */
export class ClaimcheckError extends Error {
  override name = 'ClaimcheckError';
}

/** A backend was requested that is unknown or failed to start. */
export class BackendError extends ClaimcheckError {
  override name = 'BackendError';
}

/** A float64 linear-algebra operation got input it cannot handle (NaN, shape, not SPD). */
export class LinalgError extends ClaimcheckError {
  override name = 'LinalgError';
  constructor(readonly operation: string, detail: string) {
    super(`${operation}: ${detail}`);
  }
}
