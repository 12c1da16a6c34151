/** Runs shorter than this never show a bar. */
export const PROGRESS_DELAY_MS = 500
/** Least time between two redraws. */
export const PROGRESS_INTERVAL_MS = 100

/**
 * One line of progress: `[#####-----]  45/300 files  12.3 files/s  ETA 21s`,
 * fitted to `columns`.
 */
export function formatProgress(
  done: number,
  total: number,
  elapsedMs: number,
  columns = 80,
): string {
  const share = total > 0 ? Math.min(1, done / total) : 1
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const remaining = rate > 0 ? (total - done) / rate : Number.NaN
  const counts = `${String(done).padStart(String(total).length)}/${total} files`
  const tail = `  ${counts}  ${rate.toFixed(1)} files/s  ETA ${formatSeconds(remaining)}`
  const width = Math.max(10, Math.min(40, columns - tail.length - 3))
  const filled = Math.round(share * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`.slice(0, columns - 1)
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const whole = Math.ceil(seconds)
  if (whole < 60) return `${whole}s`
  const minutes = Math.floor(whole / 60)
  return minutes < 60
    ? `${minutes}m${String(whole % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}

/** Draws the bar on one terminal line, throttled; `clear` wipes it before other output. */
export class ProgressBar {
  private readonly started: number
  private lastDraw = Number.NEGATIVE_INFINITY
  private drawn = false

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly columns: number,
  ) {
    this.started = now()
  }

  update(done: number, total: number): void {
    const time = this.now()
    const elapsed = time - this.started
    if (elapsed < PROGRESS_DELAY_MS) return
    if (done < total && time - this.lastDraw < PROGRESS_INTERVAL_MS) return
    this.lastDraw = time
    this.drawn = true
    this.write(`\r${formatProgress(done, total, elapsed, this.columns)}\u001b[K`)
  }

  clear(): void {
    if (this.drawn) this.write('\r\u001b[K')
    this.drawn = false
  }
}
