/**
 * Removal precision and recall on the labelled snippets in fixtures/labelled/.
 * Run: npm run bench:clean
 */
import path from 'node:path'
import { measureSnippets, score } from '../../test/helpers/measure-snippets.js'

const folder = path.join(import.meta.dirname, '../../fixtures/labelled')
const results = measureSnippets(folder)
const scores = score(results)

console.log(
  '| snippets | clutter | legitimate | clutter removed | legitimate touched | precision | recall |',
)
console.log('|---|---|---|---|---|---|---|')
console.log(
  `| ${results.length} | ${scores.clutter} | ${scores.legit} | ${scores.truePositives} | ${scores.falsePositives} | ${scores.precision.toFixed(3)} | ${scores.recall.toFixed(3)} |`,
)
for (const result of results.filter((entry) => !entry.correct)) {
  console.log(
    `\n${result.label === 'clutter' ? 'kept clutter' : 'touched legitimate'}: ${result.name}`,
  )
  for (const detail of result.detail)
    console.log(`  ${result.label === 'clutter' ? 'survived' : 'missing'}: ${detail}`)
}
