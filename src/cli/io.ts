/** What a command may touch of the process: handed in, so commands are testable. */
export interface CommandIo {
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}
