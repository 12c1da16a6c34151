/** Exit codes of the winnow command. */
export const EXIT = {
  ok: 0,
  /** `--check`: the output would change. */
  changed: 1,
  /** Some inputs failed; everything else was still written. */
  inputErrors: 2,
  /** The command line was wrong (sysexits' EX_USAGE). */
  usage: 64,
  /** The output folder is not a folder, or cannot be created or written (EX_CANTCREAT). */
  cannotCreate: 73,
  /** Writing the output failed midway, e.g. a full disk; the previous output is unchanged (EX_IOERR). */
  ioError: 74,
  /** Another run is writing the same output folder (EX_TEMPFAIL). */
  busy: 75,
  /** Stopped by SIGINT (128 + 2). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  terminated: 143,
} as const
