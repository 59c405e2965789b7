/** The first line of an error's message (with its class name), at most 500 characters: errors are one line. */
export function oneLine(err: unknown): string {
  const e = err as { name?: string; message?: string };
  const msg = err instanceof Error ? `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(err);
  return msg.split('\n')[0]!.slice(0, 500);
}
