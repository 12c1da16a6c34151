import writeFileAtomic from 'write-file-atomic'

/**
 * Write a file atomically: a temporary file in the same folder, then a
 * rename, so a reader (or a killed run) never sees half a file.
 */
export async function atomicWrite(file: string, content: string): Promise<void> {
  await writeFileAtomic(file, content, { encoding: 'utf8', fsync: true })
}
