import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that spawn the CLI or worker threads run dist/: rebuilt here when stale.
    globalSetup: ['test/setup/build-dist.ts'],
    testTimeout: 30_000,
    // Hooks that spawn the CLI (and remove big workspaces) on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
})
