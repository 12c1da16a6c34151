import { EXIT } from './exit-codes.js'

/** Exit codes of a run stopped by a signal: 128 + the signal's number. */
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = {
  SIGINT: EXIT.interrupted,
  SIGTERM: EXIT.terminated,
}

export interface Interrupt {
  /** Aborted at the first SIGINT or SIGTERM: the run stops and cleans up after itself. */
  readonly signal: AbortSignal
  /** 130 after SIGINT, 143 after SIGTERM, `undefined` when no signal came. */
  readonly exitCode: () => number | undefined
  readonly dispose: () => void
}

/**
 * Turn SIGINT and SIGTERM into an abort, so that the run removes its spill
 * and staging folders before it exits. A second signal exits at once.
 */
export function onInterrupt(): Interrupt {
  const controller = new AbortController()
  let received: keyof typeof SIGNAL_EXIT | undefined
  const handle = (name: keyof typeof SIGNAL_EXIT) => () => {
    if (received !== undefined) process.exit(SIGNAL_EXIT[name])
    received = name
    controller.abort(new DOMException(`stopped by ${name}`, 'AbortError'))
  }
  const handlers = { SIGINT: handle('SIGINT'), SIGTERM: handle('SIGTERM') }
  process.on('SIGINT', handlers.SIGINT)
  process.on('SIGTERM', handlers.SIGTERM)
  return {
    signal: controller.signal,
    exitCode: () => (received === undefined ? undefined : SIGNAL_EXIT[received]),
    dispose: () => {
      process.off('SIGINT', handlers.SIGINT)
      process.off('SIGTERM', handlers.SIGTERM)
    },
  }
}
