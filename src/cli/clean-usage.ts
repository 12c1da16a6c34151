import { policyUsage } from './policy-usage.js'

export const cleanUsage = `Usage: winnow clean [INPUT...] [--out DIR] [--threshold X] [--check]

Clean scraped articles, group near-identical copies, and write one canonical
JSON + Markdown per group into DIR, with DIR/report.json.

  INPUT            files, folders (walked recursively) or globs (default: input)
  --out DIR        output folder (default: output)
  --threshold X    least similarity (0-1] of two cleaned bodies to group them
  --canonical P    which copy is canonical: earliest (default), newest or longest
  --max-bytes N    skip inputs larger than N bytes
  --jobs N         worker threads for the per-file work (default: the number of
                   cores); 1 runs everything in one thread, for debugging,
                   without the time limit and the memory cap
  --time-limit MS  stop a file that takes longer than MS milliseconds and report
                   it as an error (default: 60000; not with --jobs 1)
  --queue URL      run the per-file work on queue workers (winnow worker) over
                   Redis at redis://[:PASSWORD@]HOST:PORT[/DB] or rediss://
                   (TLS); grouping and writing stay here (docs/many-machines.md)
  --check          write nothing; exit 1 and name the files if the output would change
  --dry-run        write no output; list the files a run would write and remove
  --no-cache       process every input again, without reading or writing the
                   cache of per-file results in .winnow-cache/
  --cache-max-runs N  remove cache entries that N runs in a row did not use
                   (default: 10)
  --cache-max-size S  then remove unused entries, oldest first, while the cache
                   is larger than S bytes, or S with kB, MB or GB (default: 256MB)
  --quiet          print errors only
  --reporter R     human (default: progress bar on a terminal, summary) or json
                   (one JSON summary on stdout); GITHUB_ACTIONS=true adds annotations
${policyUsage}`
