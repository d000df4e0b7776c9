/**
 * Word lists for the benchmark corpus: news beats with their institutions, subjects and quoted lines.
 * Slots in braces are filled per article ({noun}, {place}, {group}, {adj}, {n}, {money}, {body}), so
 * a few hundred fragments give every article its own wording.
 */

export interface Beat {
  readonly name: string;
  readonly tags: readonly string[];
  /** Institutions that make statements: filled with a place name. */
  readonly bodies: readonly string[];
  /** Things a story is about. */
  readonly nouns: readonly string[];
  /** Who is affected. */
  readonly groups: readonly string[];
  /** What happened to a noun, for headlines and for the text: ["approves", "approved"]. */
  readonly actions: readonly (readonly [present: string, past: string])[];
}

export const beats: readonly Beat[] = [
  {
    name: 'city hall',
    tags: ['local-government', 'budget'],
    bodies: ['{place} City Council', '{place} Planning Board', '{place} Housing Authority', '{place} Transit Agency'],
    nouns: ['budget', 'rezoning plan', 'bus network', 'housing levy', 'parking scheme', 'library bond', 'road tax'],
    groups: ['renters', 'small landlords', 'commuters', 'shop owners', 'families on the east side', 'bus drivers'],
    actions: [
      ['approves', 'approved'],
      ['delays', 'delayed'],
      ['rejects', 'rejected'],
      ['revises', 'revised'],
      ['scales back', 'scaled back'],
      ['puts off a vote on', 'put off a vote on'],
    ],
  },
  {
    name: 'business',
    tags: ['business', 'economy'],
    bodies: ['{place} Mutual', '{place} Freight', '{place} Grain Cooperative', '{place} Power and Light'],
    nouns: ['merger', 'quarterly forecast', 'factory expansion', 'pay deal', 'share buyback', 'price increase'],
    groups: ['shareholders', 'suppliers', 'night-shift workers', 'pensioners', 'first-time buyers', 'farmers'],
    actions: [
      ['announces', 'announced'],
      ['abandons', 'abandoned'],
      ['defends', 'defended'],
      ['confirms', 'confirmed'],
      ['finalizes', 'finalized'],
      ['reviews', 'reviewed'],
    ],
  },
  {
    name: 'health',
    tags: ['health'],
    bodies: ['{place} General Hospital', '{place} Health Board', '{place} Nursing Union', '{place} Medical Society'],
    nouns: ['vaccine drive', 'waiting list', 'clinic closure', 'staffing plan', 'screening program', 'ward reopening'],
    groups: ['patients', 'nurses', 'rural doctors', 'carers', 'older residents', 'trainee surgeons'],
    actions: [
      ['expands', 'expanded'],
      ['halts', 'halted'],
      ['extends', 'extended'],
      ['funds', 'funded'],
      ['pauses', 'paused'],
      ['overhauls', 'overhauled'],
    ],
  },
  {
    name: 'environment',
    tags: ['environment', 'climate'],
    bodies: ['{place} Water Board', '{place} Parks Trust', '{place} Flood Agency', '{place} Forestry Office'],
    nouns: ['flood barrier', 'wind farm', 'river cleanup', 'tree planting scheme', 'water ban', 'wetland reserve'],
    groups: ['anglers', 'coastal homeowners', 'hill farmers', 'hikers', 'fishing crews', 'schoolchildren'],
    actions: [
      ['backs', 'backed'],
      ['blocks', 'blocked'],
      ['completes', 'completed'],
      ['redesigns', 'redesigned'],
      ['suspends', 'suspended'],
    ],
  },
  {
    name: 'schools',
    tags: ['education'],
    bodies: ['{place} School District', '{place} Teachers Association', '{place} College', '{place} School Board'],
    nouns: ['curriculum review', 'school merger', 'lunch program', 'pay offer', 'building survey', 'exam timetable'],
    groups: ['parents', 'teachers', 'students', 'bus contractors', 'cafeteria staff', 'principals'],
    actions: [
      ['accepts', 'accepted'],
      ['votes down', 'voted down'],
      ['reworks', 'reworked'],
      ['defers', 'deferred'],
      ['publishes', 'published'],
      ['pilots', 'piloted'],
    ],
  },
  {
    name: 'courts',
    tags: ['courts', 'justice'],
    bodies: [
      '{place} District Court',
      '{place} Public Defender Office',
      '{place} Police Department',
      '{place} Bar Association',
    ],
    nouns: ['sentencing review', 'bail policy', 'court backlog', 'body camera rule', 'appeal', 'records audit'],
    groups: ['defendants', 'victims’ families', 'jurors', 'patrol officers', 'court clerks', 'public defenders'],
    actions: [
      ['orders', 'ordered'],
      ['upholds', 'upheld'],
      ['challenges', 'challenged'],
      ['narrows', 'narrowed'],
      ['reopens', 'reopened'],
      ['ends', 'ended'],
    ],
  },
  {
    name: 'sport',
    tags: ['sport'],
    bodies: ['{place} Rovers', '{place} Athletic Club', '{place} Rowing Club', '{place} Cricket Association'],
    nouns: ['stadium lease', 'youth academy', 'ticket pricing', 'coaching change', 'ground move', 'season opener'],
    groups: ['season ticket holders', 'youth players', 'away fans', 'volunteers', 'local clubs', 'stewards'],
    actions: [
      ['signs', 'signed'],
      ['scraps', 'scrapped'],
      ['renegotiates', 'renegotiated'],
      ['welcomes', 'welcomed'],
      ['questions', 'questioned'],
    ],
  },
];

export const adjectives = [
  'fragile',
  'workable',
  'overdue',
  'costly',
  'sensible',
  'rushed',
  'fair',
  'serious',
  'realistic',
  'modest',
  'ambitious',
  'confusing',
  'necessary',
  'premature',
  'careful',
  'narrow',
  'generous',
  'hasty',
  'painful',
  'honest',
] as const;

/** Quoted lines: a speaker's own words, one sentence each. */
export const quoteLines = [
  'We have waited {n} years for {a_noun} that works, and we are not going to wait another {m}',
  'The {noun} is {adj}, and everyone in {place} knows it',
  'I have been doing this job for {n} years and I have never seen {a_noun} this {adj}',
  'If the {noun} goes ahead as written, {group} will be the ones who pay for it',
  'Nobody on the {body} wants to be the person who says no to {group}',
  'We are asking for {money}, not a blank check',
  'There is a version of the {noun} that works for {group}, and this is not it',
  'It is {a_adj} moment for {place}, and we should treat it that way',
  'We will keep talking to {group} for as long as it takes',
  'Our job is to make the {noun} {adj} enough that {group} can live with it',
  'The numbers do not add up, and {n} pages of appendices will not change that',
  'I understand why {group} are angry, and I would be angry too',
  'We made mistakes on the {noun}, and we owe {group} a better answer',
  'This is about {n} families who need an answer before winter',
  'Every week we wait costs {place} about {money}',
  'You cannot run {a_noun} on goodwill and {n} volunteers',
  'The {body} has been clear with us, and we have been clear with them',
  'What {group} want is simple: {a_noun} that is {adj} and on time',
  'Frankly, the {noun} should have been finished {n} years ago',
  'We counted {n} complaints in one month, which tells you something',
  'I would rather get the {noun} right than get it done quickly',
  'Nothing in the {noun} surprised me, but a lot of it worried me',
] as const;

/** Short phrases a writer quotes inside their own sentence ("called the plan “…”"). */
export const partialLines = [
  '{a_adj} compromise',
  'the best of a bad set of options',
  '{a_adj} first step',
  'long overdue',
  'a promise we cannot keep',
  'deeply {adj}',
  'a test of trust',
  'not the end of the story',
] as const;

/** Why an anonymous source is anonymous. */
export const anonymityReasons = [
  'the talks are private',
  'they were not authorized to speak publicly',
  'the review has not been published',
  'the matter is before the courts',
  'the decision has not been announced',
] as const;

/** Unattributed sources, as a writer introduces them; the label is their `speakerName`. */
export const anonymousSources = [
  'a city official',
  'a senior official',
  'a person familiar with the talks',
  'one board member',
  'a former adviser',
] as const;

/** Narrative sentences with no quote, to give articles their length. */
export const narrativeLines = [
  '{place} has {n} {noun} cases on file, up from {m} when the current rules took effect.',
  'The {noun} would cost about {money}, according to a report prepared for the {body}.',
  'Supporters say the {noun} will help {group}; critics say it moves the cost onto {group2}.',
  'About {n} people attended the meeting, many of them {group}.',
  'The {body} has {n} members, and {m} of them must agree before the {noun} can proceed.',
  'A survey of {n} residents found that most thought the {noun} was {adj}.',
  'The proposal runs to {n} pages and includes {m} separate amendments.',
  'Officials have set aside {money} to cover the first phase of the {noun}.',
  'Neighbouring {place} tried a similar {noun} and dropped it after {n} months.',
  'The {noun} has been debated at {n} public hearings, most of them crowded.',
  'Turnout at the last hearing was {n} people, about {m} more than the one before.',
  'The {body} did not publish the figures behind its estimate.',
  'A consultant hired by the {body} put the total at {money}, well above the first estimate.',
  'Opponents collected {n} signatures in {m} days, enough to force another hearing.',
  'The {noun} was drafted by a committee of {n} people, {m} of them {group}.',
  'Local papers in {place} have covered the {noun} for years, mostly on their front pages.',
  'At least {n} businesses said they would be affected, most of them small.',
  'The {body} meets in an old hall that seats about {n} people.',
  'Critics point out that a similar {noun} in {place} ran {m} months late.',
  'The first draft of the {noun} was {n} pages long; the latest runs to {m}.',
  'Under the current rules, {group} pay nothing toward the {noun}.',
  'Attendance at the {body} has risen by {n} percent since the {noun} was announced.',
  'The {noun} is one of {n} items on the {body} agenda.',
  'Some {group} have already moved, according to figures from the {body}.',
  'The {body} has spent {money} on the {noun} so far, a figure critics call {adj}.',
] as const;

/** How a writer reminds the reader of someone already named, at the end of a paragraph. */
export const reminders = [
  '{surname} has not said whether that will change.',
  '{surname} disputed those figures.',
  'Those numbers were first reported by {surname}.',
  '{surname} has asked for the figures to be checked again.',
  'The figure surprised even {surname}.',
] as const;

/** Public lives outside the text's beat, for the people pool's roles. */
export const roleTemplates = [
  { title: 'spokes{person} for the {body}', kind: 'official' },
  { title: 'chair of the {body}', kind: 'official' },
  { title: 'director of the {body}', kind: 'official' },
  { title: 'a member of the {body}', kind: 'official' },
  { title: 'an economist at {place} University', kind: 'expert' },
  { title: 'a professor of public policy at {place} University', kind: 'expert' },
  { title: 'a researcher at the {place} Institute', kind: 'expert' },
  { title: 'a local business owner', kind: 'other' },
  { title: 'a resident of {place}', kind: 'other' },
  { title: 'an organizer with {place} Neighbors United', kind: 'other' },
] as const;

export const places = [
  'Ashbury',
  'Bellmoor',
  'Carrow',
  'Dunmere',
  'Eastwick',
  'Fallowfield',
  'Glenhaven',
  'Harrowgate',
  'Ironbridge',
  'Juniper Falls',
  'Kingsreach',
  'Larkspur',
  'Millbrook',
  'Northam',
  'Oakhurst',
  'Pembury',
  'Quarry Hill',
  'Redfern',
  'Saltmarsh',
  'Thornbury',
  'Upton Vale',
  'Westcliff',
  'Yarrow',
  'Ambleside',
  'Brackenridge',
  'Coldwater',
  'Deepdale',
  'Elmstead',
  'Foxley',
  'Greystone',
] as const;
