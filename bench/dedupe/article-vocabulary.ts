/**
 * Built-in vocabulary of the synthetic article generator: general word
 * lists, eight topics (each with its own words, section headings and stock
 * sentences) and sentence templates whose slots are filled from the lists
 * (N noun, V verb, A adjective, D adverb, P place, W name, M time, T topic
 * word, K number).
 */

export const NOUNS = (
  'report plan study group team city council market price policy budget project system ' +
  'program service company official member office region agency board network record ' +
  'result figure level increase change decision meeting statement question issue problem ' +
  'effort period season week month year morning evening community family school company ' +
  'industry sector resident worker customer analyst expert leader manager committee partner ' +
  'proposal measure response review survey data trend rate share cost fund contract'
).split(' ')
export const VERBS = (
  'announced approved rejected reviewed discussed reported expected delayed expanded reduced ' +
  'increased supported criticized described confirmed launched completed proposed released ' +
  'examined questioned explained signed changed improved tracked measured published updated'
).split(' ')
export const ADJECTIVES = (
  'new local national major recent early late final annual public private regional strong ' +
  'weak key significant modest sharp steady broad narrow similar different current former ' +
  'initial careful detailed rapid slow unusual common critical independent official'
).split(' ')
export const ADVERBS = (
  'quickly slowly recently largely mostly partly clearly openly quietly widely finally ' +
  'initially briefly sharply steadily'
).split(' ')
export const PLACES = (
  'the north,the south,the capital,the valley,the coast,downtown,the suburbs,the county,' +
  'the province,the district'
).split(',')
export const NAMES =
  'Alvarez Brennan Chen Duarte Eriksen Fischer Gupta Haddad Ito Jensen Kowalski Larsen'.split(' ')
export const TIMES =
  'on Monday,on Tuesday,on Wednesday,on Thursday,on Friday,last week,this year'.split(',')

export interface Topic {
  readonly name: string
  readonly words: readonly string[]
  readonly headings: readonly string[]
}

export const TOPIC_SPECS: readonly [string, string, string][] = [
  [
    'transit',
    'bus rail tram station commuter fare route timetable platform depot ridership corridor',
    'Service changes|What commuters say|The cost of the new line|Next steps for the network|Background',
  ],
  [
    'housing',
    'rent tenant landlord mortgage apartment zoning developer permit vacancy eviction housing lease',
    'Rising rents|What tenants say|The zoning debate|Next steps for housing|Background',
  ],
  [
    'energy',
    'solar wind grid battery turbine utility outage emissions pipeline reactor tariff electricity',
    'Grid upgrades|What utilities say|The price of power|Next steps for energy|Background',
  ],
  [
    'health',
    'hospital clinic nurse patient vaccine doctor ward treatment insurance pharmacy infection care',
    'Hospital capacity|What patients say|The staffing gap|Next steps for care|Background',
  ],
  [
    'schools',
    'teacher student classroom curriculum exam tuition campus principal enrollment literacy grade',
    'Exam results|What teachers say|The funding formula|Next steps for schools|Background',
  ],
  [
    'climate',
    'flood drought heatwave rainfall wildfire glacier carbon forecast storm coastline temperature',
    'Extreme weather|What scientists say|The cost of adaptation|Next steps on climate|Background',
  ],
  [
    'technology',
    'software chip startup platform app privacy algorithm server broadband robot encryption data',
    'The new platform|What users say|The privacy question|Next steps for the industry|Background',
  ],
  [
    'farming',
    'harvest crop farmer cattle wheat irrigation fertilizer orchard dairy soil livestock yield',
    'A difficult harvest|What farmers say|The price of feed|Next steps for growers|Background',
  ],
]

export const TOPICS: readonly Topic[] = TOPIC_SPECS.map(([name, words, headings]) => ({
  name,
  words: words.split(' '),
  headings: headings.split('|'),
}))

/** Stock sentences that independent articles on a topic may all quote verbatim. */
export function stockSentences(topic: Topic): string[] {
  const [a, b, c] = topic.words
  return [
    `The ${a} authority did not respond to a request for comment on the ${b} plan.`,
    `A spokesperson said the ${c} review would be published later this year.`,
    `Figures from the national ${b} survey show the trend has continued for a decade.`,
    `The minister said the ${a} and ${c} programs remain a priority for the government.`,
  ]
}

export const TEMPLATES = [
  'The A T N V the A N M.',
  'Officials in P D V a A N on T.',
  'According to W, the T N was D V after the A N.',
  'A A N of T V by K percent M.',
  'W said the N would be V before the A T N.',
  'Residents of P V the T N, calling it A.',
  'The A N V A T N and a A N.',
  'Critics V that the T N had D V the A N in P.',
  'Some K T N were V, the N said.',
  'It is the A time the T N has V since the A N.',
  'The N, which V the T N, is A and A.',
  'W, a A N, V that T N in P remain A.',
  'Under the A N, every T N must be V by the N.',
  'M, the T N V a A N for the A N.',
]
