/** The environment variables reporters look at. */
export type Environment = Readonly<Record<string, string | undefined>>

/** Running in CI: `CI` is set to anything but an empty string, `0` or `false`. */
export function isCi(env: Environment): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

/** Running in a GitHub Actions job, which turns `::error …::` lines into annotations. */
export function isGitHubActions(env: Environment): boolean {
  return env.GITHUB_ACTIONS === 'true'
}
