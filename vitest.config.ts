import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks that spawn the CLI (and remove big workspaces) on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
})
