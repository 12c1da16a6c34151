import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A temp folder of its own for the run; it fails if a test leaves an entry in it.
    globalSetup: ['test/setup/temp-folder.ts'],
    // Each test file gets a temp folder inside it, removed when the file is done.
    setupFiles: ['test/setup/temp-per-file.ts'],
    testTimeout: 30_000,
    // Hooks that spawn the CLI (and remove big workspaces) on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
})
