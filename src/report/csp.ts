import { createHash } from 'node:crypto';

/**
 * The report's Content-Security-Policy: nothing may be fetched (`default-src 'none'`), inline
 * styles are allowed (the page's one stylesheet and Plot's scoped styles), and script runs
 * only if its exact text hashes to one of `scripts` (CSP Level 2 hash sources): the report's
 * own navigation script, hashed when the report is written, so an injected <script> from a
 * claim's text would be refused even if escaping ever failed.
 */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  const hashes = scripts.map((s) => `'${scriptHash(s)}'`);
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    hashes.length ? `script-src ${hashes.join(' ')}` : "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `sha256-…` of a script's text exactly as it sits between <script> and </script>. */
export function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
