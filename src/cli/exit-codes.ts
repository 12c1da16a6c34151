/** Exit codes of the winnow command. */
export const EXIT = {
  ok: 0,
  /** `--check`: the output would change. */
  changed: 1,
  /** Some inputs failed; everything else was still written. */
  inputErrors: 2,
  /** The command line was wrong (sysexits' EX_USAGE). */
  usage: 64,
} as const
