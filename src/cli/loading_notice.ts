/**
 * What the CLI says while it loads claim files and starts vitest (the first seconds would
 * otherwise be a blank screen): one line, redrawn in place, on a TTY only, so a pipe, a CI log
 * or a test reading stderr sees nothing extra.
 */
export interface LoadingNotice {
  /** a claim file is about to load */
  file(file: string, index: number, count: number): void;
  /** any other step (starting vitest) */
  say(text: string): void;
  /** erase the line before real output */
  clear(): void;
}

export function loadingNotice(stream: { write(s: string): unknown; isTTY?: boolean } = process.stderr): LoadingNotice {
  const tty = stream.isTTY === true;
  let shown = false;
  const say = (text: string) => {
    if (!tty) return;
    stream.write(`\r\u001b[2K${text}`);
    // a line that ends in a newline stays; the next one starts below it
    shown = !text.endsWith('\n');
  };
  return {
    file: (file, index, count) => say(`claimcheck: loading claim file ${index + 1}/${count}: ${file} …`),
    say,
    clear: () => {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
