// `npm run validate [data-dir]`: checks all of data/ and prints every problem as
// `file: field path: message`. Exit 1 on any problem.
import { formatProblem } from '../src/data/problems.ts'
import { readCorpus } from './lib/corpus.ts'
import { coverageLines, translationCoverage } from './lib/translationCoverage.ts'

const dir = process.argv[2] ?? 'data'
const corpus = readCorpus(dir)
const { events, problems } = corpus
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/; nothing was changed.`,
  )
  process.exit(1)
}
console.log(`${dir}/: ${events.length} events, all valid.`)
// English is required; Korean and Russian are reported, not required (English stands in).
for (const line of coverageLines(translationCoverage(corpus))) console.log(line)
