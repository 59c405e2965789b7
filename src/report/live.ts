import type { ClaimResult } from '../claims/result.ts';
import { formatClaimLine, formatProgress, formatSummary, useColor } from './terminal.ts';
import type { ClaimsReport } from './schema.ts';

/** The part of a Node stream the live output writes to (process.stderr under --json). */
export interface LiveStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface LiveOutputOptions {
  /** claims the run will finish, for the progress bar (0 or undefined: no bar) */
  total?: number;
  /** @defaultValue useColor(stream) */
  color?: boolean;
  /** draw the progress line (redrawn in place) @defaultValue stream.isTTY */
  progress?: boolean;
  /** injectable clock for tests @defaultValue Date.now */
  now?: () => number;
}

/**
 * The terminal while a run goes: one line per finished claim, and on a TTY a progress line
 * kept at the bottom (erased before each claim line and redrawn after it, so the log above it
 * stays clean). A pipe or CI log gets the claim lines only, no carriage returns.
 */
export class LiveOutput {
  private done = 0;
  private readonly started: number;
  private readonly color: boolean;
  private readonly progress: boolean;
  private readonly now: () => number;
  private readonly total: number;
  private barShown = false;
  private current: string | undefined;

  constructor(private readonly stream: LiveStream, options: LiveOutputOptions = {}) {
    const { total = 0, color = useColor(stream), progress = stream.isTTY === true, now = Date.now } = options;
    this.total = total;
    this.color = color;
    this.progress = progress;
    this.now = now;
    this.started = now();
  }

  /** A claim started: shown on the progress line. */
  claimStarted(id: string): void {
    this.current = id;
    this.redraw();
  }

  /** A claim finished: its line goes above the progress line. */
  claimFinished(result: ClaimResult): void {
    this.done++;
    if (this.current === result.id) this.current = undefined;
    this.clear();
    this.stream.write(`${formatClaimLine(result, { color: this.color })}\n`);
    this.redraw();
  }

  /** The run ended: the progress line goes, the summary comes. */
  finish(report: ClaimsReport, reportPath?: string): void {
    this.clear();
    this.stream.write(formatSummary(report, { color: this.color, reportPath }));
  }

  private clear(): void {
    if (this.barShown) this.stream.write('\r\u001b[2K');
    this.barShown = false;
  }

  private redraw(): void {
    if (!this.progress || this.total <= 0) return;
    this.clear();
    this.stream.write(formatProgress(this.done, this.total, this.now() - this.started, { color: this.color, current: this.current }));
    this.barShown = true;
  }
}
