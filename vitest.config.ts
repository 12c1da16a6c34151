import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that spawn the CLI or worker threads run dist/: rebuilt here when
    // stale. The run gets a temp folder of its own, and fails if a test leaves
    // an entry in it.
    globalSetup: ['test/setup/build-dist.ts', 'test/setup/temp-folder.ts'],
    // Each test file gets a temp folder inside it, removed when the file is done.
    setupFiles: ['test/setup/temp-per-file.ts'],
    testTimeout: 30_000,
    // Hooks that spawn the CLI (and remove big workspaces) on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
})
