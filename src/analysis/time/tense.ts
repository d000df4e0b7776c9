/**
 * The tense of the clause a time expression sits in, from its verbs and auxiliaries.
 *
 * Each token gets a cue (past, present, future or none): "will", "would", modals, "is scheduled to",
 * "plans to", "expected", "is due", "set for" and "next" point to the future; "was", "had", "did",
 * irregular past forms and -ed verbs to the past, as do "has"/"have" + participle ("has postponed");
 * "is", "are", "has" (alone) and "says" to the present. A participle takes its auxiliary's tense ("will
 * be held" is future, "was signed" past). The expression's tense is the nearest cue in its own clause
 * segment (left first, where the governing verb usually is), else the nearest in its sentence, never
 * crossing from a quote into the writer's words or back.
 *
 * Rules that hold across house styles refine it: a date attached to an incident or a charged crime is
 * past ("witnesses to a crash on Saturday", "denies assaulting him on 4 January"); verbs of intent,
 * instruction and postponement look ahead to the deadline or later date they name ("hopes to finish by
 * Christmas", "told to stay indoors until Tuesday", "adjourned to 2 April"); a meeting "called for
 * Monday" is ahead and a plan "originally scheduled" has passed; what something is "ahead of" is still
 * to come; reported speech backshifts a time clause ("would stay until the deal was signed"); and a
 * date in an infinitive clause takes its tense from the verb governing the infinitive, across any
 * relative clause between them ("voted to sell X, which has ..., and to move Y from September").
 */
import type { Tense } from '../schema';
import type { Layout } from './clauses';
import { INCIDENT_NOUNS, NUMBER_WORDS } from './lexicon';
import type { Token } from './tokens';

export type Cue = Tense | null;

/**
 * Past verbs of asking, offering and deciding: a date after them and after a "to" belongs to the
 * thing asked for ("invited them back to talks on Jan. 9", "offered to reopen on Monday"), which may
 * still be ahead, so such a verb gives no tense to it.
 */
const FORWARD_VERBS = new Set([
  'invited',
  'asked',
  'urged',
  'ordered',
  'offered',
  'promised',
  'pledged',
  'vowed',
  'threatened',
  'agreed',
  'proposed',
  'voted',
  'decided',
  'hoped',
  'wanted',
  'sought',
  'called',
  'summoned',
  'instructed',
  'directed',
  'requested',
  'demanded',
  'told',
  'advised',
  'allowed',
  'permitted',
  'encouraged',
  'required',
  'expected',
  'predicted',
  'forecast',
]);

/**
 * Prepositions that make a date the deadline or start of what a forward verb asks for ("promised the
 * book by Christmas", "voted to raise fees from September"): that date lies ahead of the asking.
 */
const DEADLINE_PREPS = new Set(['by', 'until', 'till', 'from', 'before', 'starting', 'beginning', 'effective']);

/**
 * Verbs that put something off to a later date ("adjourned until Friday", "postponed to 2 April",
 * "remanded in custody until 20 March"): the date they name is after the act, so ahead.
 */
const POSTPONE_VERBS = new Set([
  'adjourned',
  'postponed',
  'delayed',
  'deferred',
  'remanded',
  'rescheduled',
  'moved',
  'pushed',
  'put',
  'bailed',
  'extended',
  'suspended',
  'paused',
  'shifted',
  'bumped',
]);
/** Prepositions that name the later date of a postponement. */
const POSTPONE_PREPS = new Set(['until', 'till', 'to', 'til']);

/** Present verbs of intent that look ahead before a "to" ("hopes to finish by Christmas"). */
const INTENT_VERBS = new Set([
  'hope',
  'hopes',
  'hoping',
  'aim',
  'want',
  'wants',
  'need',
  'needs',
  'seek',
  'seeks',
  'vow',
  'vows',
  'pledge',
  'pledges',
  'promise',
  'promises',
  'threaten',
  'threatens',
  'prepare',
  'prepares',
  'try',
  'tries',
  'trying',
]);

/** Pleas before a crime's -ing form ("denies murdering", "admitted stealing"). */
const PLEA_WORDS = new Set(['denies', 'denied', 'deny', 'admits', 'admitted', 'admit', 'denying', 'admitting']);
/** Words before "of"/"with" that put a crime in the past ("accused of stabbing a man on Saturday"). */
const CHARGE_WORDS = new Set(['accused', 'suspected', 'convicted', 'guilty', 'acquitted', 'charged', 'suspicion']);

const FUTURE_WORDS = new Set([
  'will',
  'shall',
  "won't",
  "'ll",
  'upcoming',
  'forthcoming',
  'next',
  "wouldn't",
  "couldn't",
  'tomorrow',
]);
const MODALS_FUTURE = new Set(['would', 'could', 'might', 'may', 'should', 'must', "shan't"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'ago', 'yesterday']);
const PRESENT_WORDS = new Set([
  'is',
  'are',
  'am',
  "isn't",
  "aren't",
  'does',
  'do',
  "doesn't",
  "don't",
  'can',
  "can't",
  'cannot',
  'says',
  'adds',
  'tells',
  'writes',
  'notes',
  'explains',
  'insists',
  'argues',
  'admits',
  'remains',
  'seems',
  'knows',
  'wants',
  'needs',
  'thinks',
  'believes',
  "'re",
  "'m",
  'now',
]);
const HAVE = new Set(['has', 'have', "hasn't", "haven't", "'ve"]);
const BE_PRESENT = new Set(['is', 'are', 'am', "'re", "isn't", "aren't", "'m"]);
const BE_PAST = new Set(['was', 'were', "wasn't", "weren't"]);
const SKIPPABLE = new Set([
  'not',
  'also',
  'just',
  'already',
  'still',
  'never',
  'ever',
  'quietly',
  'finally',
  'first',
  'then',
  'only',
  'probably',
  'likely',
  'soon',
  'recently',
  'previously',
  'since',
  'long',
  'yet',
  'now',
  'reportedly',
  'officially',
  'formally',
  'initially',
  'originally',
  'largely',
  'narrowly',
  'once',
  'again',
  'all',
  'both',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
]);
/** Irregular simple past forms that are not also present forms. */
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'took',
  'made',
  'came',
  'went',
  'got',
  'gave',
  'found',
  'thought',
  'knew',
  'saw',
  'became',
  'began',
  'left',
  'felt',
  'brought',
  'kept',
  'held',
  'stood',
  'heard',
  'meant',
  'met',
  'ran',
  'paid',
  'sat',
  'spoke',
  'led',
  'grew',
  'lost',
  'fell',
  'sent',
  'built',
  'understood',
  'drew',
  'broke',
  'spent',
  'rose',
  'drove',
  'bought',
  'wore',
  'chose',
  'sought',
  'threw',
  'caught',
  'dealt',
  'won',
  'fought',
  'sold',
  'taught',
  'wrote',
  'ate',
  'flew',
  'forgot',
  'froze',
  'hid',
  'rode',
  'rang',
  'sang',
  'sank',
  'shook',
  'slept',
  'slid',
  'spun',
  'sprang',
  'stole',
  'stuck',
  'struck',
  'swore',
  'swept',
  'swam',
  'swung',
  'tore',
  'woke',
  'wept',
  'withdrew',
  'overtook',
  'undertook',
  'arose',
  'awoke',
  'bore',
  'blew',
  'bent',
  'dug',
  'drank',
  'fled',
  'forgave',
  'hung',
  'knelt',
  'leapt',
  'lent',
  'lit',
  'shrank',
  'strove',
  'oversaw',
  'foresaw',
  'mistook',
  'overcame',
  'upheld',
  'withheld',
  'shot',
  'bid',
  'fed',
  'bled',
  'bred',
  'slew',
  'wound',
  'laid',
  'lay',
  'did',
  'spelt',
  'learnt',
  'dreamt',
  'burnt',
  'spoilt',
  'leant',
  'knew',
  'sped',
  'fought',
  'forbade',
  'outran',
  'outgrew',
  'rebuilt',
  'resold',
  'retook',
  'reran',
  'overheard',
  'oversold',
  'underwent',
  'went',
  'withstood',
]);
const IRREGULAR_PARTICIPLES = new Set([
  'been',
  'done',
  'gone',
  'seen',
  'taken',
  'given',
  'written',
  'spoken',
  'become',
  'begun',
  'come',
  'known',
  'shown',
  'grown',
  'thrown',
  'drawn',
  'broken',
  'chosen',
  'driven',
  'eaten',
  'fallen',
  'forgotten',
  'frozen',
  'hidden',
  'ridden',
  'risen',
  'shaken',
  'stolen',
  'sworn',
  'torn',
  'woken',
  'worn',
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'run',
  'read',
  'quit',
  'spread',
  'cost',
  'hurt',
  'beaten',
  'shut',
  'split',
]);
/** Pronouns a participle can follow as an object's complement ("want us gone", "get it done"). */
const OBJECT_PRONOUNS = new Set(['us', 'them', 'him', 'her', 'it', 'me', 'you', 'everyone', 'everything']);
/** Participles that are not also base or past forms ("shown", "taken", "stolen"). */
const PAST_PARTICIPLES = new Set([
  'shown',
  'seen',
  'taken',
  'given',
  'written',
  'spoken',
  'grown',
  'thrown',
  'drawn',
  'broken',
  'chosen',
  'driven',
  'eaten',
  'fallen',
  'forgotten',
  'frozen',
  'hidden',
  'ridden',
  'risen',
  'shaken',
  'stolen',
  'sworn',
  'torn',
  'worn',
  'beaten',
  'done',
  'gone',
  'blown',
  'flown',
  'sunk',
  'struck',
]);
/** Words ending in -ed that are not past verbs. */
const NOT_ED_VERBS = new Set([
  'hundred',
  'indeed',
  'kindred',
  'sacred',
  'naked',
  'wicked',
  'rugged',
  'ragged',
  'beloved',
  'wretched',
  'crooked',
  'jagged',
  'hatred',
  'shred',
  'infrared',
  'unprecedented',
  'unrelated',
  'limited',
  'unlimited',
  'supposed',
  'based',
  'interested',
  'concerned',
  'related',
  'detailed',
  'advanced',
  'aged',
  'learned',
  'unexpected',
  'unauthorized',
  'unidentified',
  'undisclosed',
  'unnamed',
  'embattled',
  'skilled',
  'talented',
  'biased',
  'prolonged',
  'sustained',
  'experienced',
  'armed',
  'united',
  'red',
  'bed',
  'need',
  'speed',
  'seed',
  'breed',
  'feed',
  'greed',
  'proceed',
  'exceed',
  'succeed',
  'embed',
  'shed',
  'sled',
  'wed',
]);
const PAST_EED = new Set([
  'agreed',
  'freed',
  'guaranteed',
  'decreed',
  'refereed',
  'disagreed',
  'needed',
  'proceeded',
  'exceeded',
  'succeeded',
  'seeded',
  'embedded',
]);
const SCHEDULE_WORDS = new Set([
  'scheduled',
  'slated',
  'expected',
  'expects',
  'expect',
  'expecting',
  'due',
  'planned',
  'plans',
  'planning',
  'intends',
  'intended',
  'intend',
  'aims',
  'aiming',
  'poised',
  'preparing',
  'forecast',
  'projected',
  'predicted',
  'likely',
  'tipped',
]);
/** Adverbs that put a plan in the past ("originally scheduled for Monday"). */
const ONCE_WORDS = new Set(['originally', 'initially', 'previously', 'once', 'formerly', 'had']);
/**
 * Participles of arranging: with "for" they name the day arranged ("a meeting has been called for
 * Monday evening", "a vigil organised for Saturday"), which is ahead unless told in the simple past.
 */
const ARRANGE_VERBS = new Set([
  'called',
  'organised',
  'organized',
  'arranged',
  'booked',
  'announced',
  'fixed',
  'pencilled',
  'penciled',
  'earmarked',
  'billed',
  'timed',
  'rescheduled',
]);
/** Words after "due" that make it "is due to / due back / due in January". */
const DUE_FOLLOWERS = new Set(['to', 'back', 'in', 'on', 'for', 'by', 'out', 'next', 'this', 'before', 'at']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
]);
/** Verbs whose past form is their base form: past after a singular or relative subject ("who beat"). */
const SAME_FORM_PAST = new Set([
  'beat',
  'put',
  'cut',
  'hit',
  'let',
  'quit',
  'spread',
  'cost',
  'hurt',
  'shut',
  'split',
  'cast',
  'forecast',
  'upset',
  'burst',
  'shed',
]);
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'they', 'we', 'i', 'you']);
/** Capitalised sentence openers that start a noun phrase, not a subject name ("Three defendants in"). */
const QUANTIFIERS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'many',
  'some',
  'several',
  'both',
  'all',
  'most',
  'few',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'more',
  'other',
  'such',
  'these',
  'those',
  'no',
  'any',
  'each',
  'every',
]);
/** Lower-case words in -s after a name that are plural nouns, not verbs ("Corvane shares"). */
const NOT_S_VERBS = new Set([
  'news',
  'series',
  'species',
  'means',
  'whereas',
  'always',
  'perhaps',
  'sometimes',
  'afterwards',
  'towards',
  'besides',
  'thus',
  'plus',
  'minus',
  'bonus',
  'status',
  'campus',
  'census',
  'consensus',
  'chaos',
  'lens',
  'gas',
  'bus',
  'yes',
  'this',
  'has',
  'was',
  'does',
  'his',
  'hers',
  'its',
  'ours',
  'theirs',
  'yours',
  'us',
  'as',
  'is',
  'less',
  'unless',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'hours',
  'minutes',
  'seconds',
]);

/**
 * Verbs of schedules and events, in base and -s forms: in the present simple they usually announce
 * what is planned ("Voters go to the polls on Nov. 5", "Early voting begins Oct. 21").
 */
const PRESENT_EVENT_VERBS = new Set([
  'go',
  'goes',
  'begin',
  'begins',
  'start',
  'starts',
  'open',
  'opens',
  'close',
  'closes',
  'end',
  'ends',
  'meet',
  'meets',
  'face',
  'faces',
  'host',
  'hosts',
  'play',
  'plays',
  'travel',
  'travels',
  'visit',
  'visits',
  'vote',
  'votes',
  'return',
  'returns',
  'resume',
  'resumes',
  'launch',
  'launches',
  'run',
  'runs',
  'hold',
  'holds',
  'head',
  'heads',
  'expire',
  'expires',
  'arrive',
  'arrives',
  'leave',
  'leaves',
  'take',
  'takes',
  'come',
  'comes',
  'reopen',
  'reopens',
  'convene',
  'convenes',
  'air',
  'airs',
  'premiere',
  'premieres',
  'debut',
  'debuts',
  'kick',
  'kicks',
  'wrap',
  'wraps',
  'conclude',
  'concludes',
  'continue',
  'continues',
  'sit',
  'sits',
  'appear',
  'appears',
  'release',
  'releases',
  'publish',
  'publishes',
  'report',
  'reports',
  'decide',
  'decides',
  'rule',
  'rules',
  'hear',
  'hears',
  'lose',
  'loses',
  'need',
  'needs',
]);
const NOUN_MARKERS = new Set([
  ...DETERMINERS,
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'per',
  'each',
  'every',
  'no',
  'any',
  'some',
  'first',
  'last',
  'next',
  'final',
  'new',
  'early',
  'late',
]);

/** A subject right before token i: a pronoun, "who/which/that", or a name (not a determiner). */
function subjectBefore(prev: Token | undefined): boolean {
  if (!prev || prev.kind !== 'word') return false;
  if (SUBJECT_WORDS.has(prev.lower)) return true;
  return prev.cap && !DETERMINERS.has(prev.lower) && !PREPOSITION_LIKE.has(prev.lower) && !QUANTIFIERS.has(prev.lower);
}
const PREPOSITION_LIKE = new Set([
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'since',
  'until',
  'after',
  'before',
  'as',
  'and',
  'but',
  'or',
  'if',
  'when',
  'while',
  'because',
  'although',
]);

/**
 * A subject before a schedule verb: a pronoun or name ("Castlegate travel"), a plural or -ing noun
 * ("Voters go", "Early voting begins"), a noun after a determiner that agrees with the verb ("the
 * festival opens", "the talks resume"; not "a police report"), a singular noun before an -s form ("the
 * man charged over the attack appears"), or a comma or "and" before a main or coordinated verb; not a
 * number or a verb ("a 2019 report", "took hold").
 */
function eventSubjectBefore(verb: string, prev: Token, beforePrev: Token | undefined): boolean {
  if (subjectBefore(prev)) return true;
  // after an appositive or a coordinated verb: "The Rangers, who lost Saturday, host ... and visit ..."
  if ((prev.kind === 'punct' && prev.text === ',') || prev.lower === 'and' || prev.lower === 'then') return true;
  if (prev.kind !== 'word' || prev.cap) return false;
  const word = prev.lower;
  const plural = word.endsWith('s') && !word.endsWith('ss') && !NOT_S_VERBS.has(word);
  if (plural || word.endsWith('ing')) return true;
  const singularVerb = verb.endsWith('s');
  if (
    singularVerb &&
    !PREPOSITION_LIKE.has(word) &&
    !word.endsWith('ly') &&
    !SUBORDINATE_WORDS.has(word) &&
    !QUANTIFIERS.has(word) &&
    !NUMBER_WORDS.has(word) &&
    beforePrev?.kind !== 'num'
  )
    return true;
  if (!singularVerb) return false; // "a police report": a singular noun takes the -s form
  return beforePrev !== undefined && DETERMINERS.has(beforePrev.lower);
}
/** Words after which an -s form is not a verb with a subject ("to what extent", "how it goes"). */
const SUBORDINATE_WORDS = new Set(['to', 'not', 'so', 'too', 'very', 'than', 'what', 'how', 'why', 'where', 'there']);

/**
 * A noun subject before an -s verb: a singular noun after a determiner ("the committee considers"),
 * or the comma closing an appositive ("The budget, unveiled on Wednesday, raises taxes") when an
 * object follows.
 */
function nounSubjectBefore(prev: Token | undefined, beforePrev: Token | undefined, next: Token | undefined): boolean {
  if (!prev) return false;
  if (prev.kind === 'punct')
    return (
      prev.text === ',' && next?.kind === 'word' && (DETERMINERS.has(next.lower) || !next.cap) && next.lower !== 'and'
    );
  if (prev.kind !== 'word' || prev.cap || prev.base !== prev.lower || prev.lower.endsWith('s')) return false;
  if (NUMBER_WORDS.has(prev.lower) || QUANTIFIERS.has(prev.lower)) return false; // "the three months to March"
  // an object or a time must follow: "a county appeals board" is a noun phrase
  const objectNext = next !== undefined && (next.cap || next.kind === 'num' || NOUN_MARKERS.has(next.lower));
  return objectNext && beforePrev !== undefined && DETERMINERS.has(beforePrev.lower) && !NOUN_MARKERS.has(prev.lower);
}

/** A past or future verb form (so a preceding -s word is a noun: "Corvane shares rose"). */
function isVerbCueWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const w = token.lower;
  return (
    IRREGULAR_PAST.has(w) ||
    PAST_AUX.has(w) ||
    FUTURE_WORDS.has(w) ||
    MODALS_FUTURE.has(w) ||
    PRESENT_WORDS.has(w) ||
    HAVE.has(w) ||
    (w.endsWith('ed') && !NOT_ED_VERBS.has(w))
  );
}

function looksLikeEdVerb(token: Token, sentenceInitial: boolean): boolean {
  const word = token.lower;
  if (word.length < 4 || !word.endsWith('ed')) return false;
  if (token.cap && !sentenceInitial) return false; // "Ashcombe United"
  if (NOT_ED_VERBS.has(word)) return false;
  if (word.endsWith('eed') && !PAST_EED.has(word)) return false;
  return true;
}

/** Tense of the auxiliary governing a verb form at i, looking back over adverbs; null if none. */
function auxiliaryTense(tokens: readonly Token[], i: number): { tense: Cue; found: boolean } {
  for (let k = i - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return { tense: null, found: false };
    const word = token.lower;
    if (
      FUTURE_WORDS.has(word) ||
      word.endsWith("'ll") ||
      MODALS_FUTURE.has(word) ||
      word === "wouldn't" ||
      word === "couldn't"
    ) {
      // "would have", "could have" + participle: past
      let between = false;
      for (let j = k + 1; j < i; j++) if (tokens[j]?.lower === 'have') between = true;
      return { tense: between ? 'past' : 'future', found: true };
    }
    if (HAVE.has(word) || word === 'had' || word === "hadn't") return { tense: 'past', found: true };
    if (BE_PAST.has(word)) return { tense: 'past', found: true };
    if (BE_PRESENT.has(word)) return { tense: 'present', found: true };
    if (word === 'to') return { tense: null, found: true };
    if (!SKIPPABLE.has(word) && !word.endsWith('ly')) return { tense: null, found: false };
  }
  return { tense: null, found: false };
}

function isParticiple(token: Token | undefined, sentenceInitial: boolean): boolean {
  if (!token || token.kind !== 'word') return false;
  return (
    IRREGULAR_PARTICIPLES.has(token.lower) || IRREGULAR_PAST.has(token.lower) || looksLikeEdVerb(token, sentenceInitial)
  );
}

/** Verbs whose object a participle can complete ("want the site cleared", "got the roof fixed"). */
const COMPLEMENT_VERBS = new Set([...INTENT_VERBS, 'wanted', 'needed', 'get', 'gets', 'got']);

/** The -ed word at i completes the object of a wanting verb a few words before it. */
function complementOf(layout: Layout, i: number): boolean {
  for (let k = i - 2; k >= i - 4 && k >= 0 && layout.segment[k] === layout.segment[i]; k--) {
    if (COMPLEMENT_VERBS.has(layout.tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** A deadline a few words on in the same clause: "need the stands finished by August". */
function deadlineAhead(layout: Layout, i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < layout.tokens.length && layout.segment[k] === layout.segment[i]; k++) {
    const word = layout.tokens[k]?.lower ?? '';
    if (word === 'by' || word === 'before' || word === 'until') return true;
  }
  return false;
}

/** Words after "to" that make it a preposition, not the mark of an infinitive ("to its customers"). */
const NOT_INFINITIVE = new Set([...DETERMINERS, 'court', 'trial', 'prison', 'jail', 'hospital', 'talks', 'date']);

/**
 * Token j is the "to" of an infinitive: a lower-case word follows that opens no noun phrase and is no
 * plural noun ("to customers"; base forms in -s end in -ss or -us: "to discuss", "to focus").
 */
function infinitiveAt(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (tokens[j]?.lower !== 'to' || next === undefined || next.kind !== 'word' || next.cap) return false;
  const word = next.lower;
  const plural = word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us');
  return !plural && !NOT_INFINITIVE.has(word) && !NUMBER_WORDS.has(word);
}

/** One cue per token of a paragraph. */
export function markCues(layout: Layout): Cue[] {
  const tokens = layout.tokens;
  const cues: Cue[] = new Array<Cue>(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const word = token.lower;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const sentenceInitial = !prev || layout.sentence[i - 1] !== layout.sentence[i] || prev.kind === 'punct';
    // hyphenated compounds ("so-called", "bad-tempered") are adjectives
    if (prev && prev.kind === 'punct' && prev.text === '-' && !token.spaceBefore) continue;
    if (next && next.kind === 'punct' && next.text === '-' && !next.spaceBefore) continue;
    if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) {
      cues[i] = 'future';
      continue;
    }
    if (MODALS_FUTURE.has(word)) {
      if (word === 'may' && token.cap) continue; // the month
      // "would have gone": past
      // "would have gone": past; "would have an MRI": "have" is the verb, ahead
      const at = tokens[i + 1]?.lower === 'not' ? i + 2 : i + 1;
      cues[i] = tokens[at]?.lower === 'have' && isParticiple(tokens[at + 1], false) ? 'past' : 'future';
      continue;
    }
    if (word === 'going' && next?.lower === 'to') {
      cues[i] = 'future';
      continue;
    }
    if (INTENT_VERBS.has(word) && !token.cap && (next?.lower === 'to' || deadlineAhead(layout, i))) {
      cues[i] = 'future';
      continue;
    }
    if (SCHEDULE_WORDS.has(word)) {
      if (word === 'due' && !(next && DUE_FOLLOWERS.has(next.lower))) continue;
      // "is forecast to", "is likely to": only with "to" after them
      if (
        (word === 'forecast' || word === 'projected' || word === 'predicted' || word === 'tipped') &&
        next?.lower !== 'to'
      )
        continue;
      if ((word === 'planned' || word === 'plans' || word === 'intended') && next?.lower !== 'to') {
        // "a planned trip": an adjective; "the plans": a noun
        if (prev && DETERMINERS.has(prev.lower)) continue;
        if (prev?.base !== prev?.lower) continue; // "the envoy's planned trip"
      }
      // "originally planned for March", "was initially scheduled for Monday": a plan that has passed
      cues[i] = ONCE_WORDS.has(prev?.lower ?? '') || ONCE_WORDS.has(tokens[i - 2]?.lower ?? '') ? 'past' : 'future';
      continue;
    }
    if (word === 'set' && (next?.lower === 'for' || next?.lower === 'to')) {
      const aux = auxiliaryTense(tokens, i);
      cues[i] = aux.found && aux.tense === 'past' && !BE_PAST.has(tokens[i - 1]?.lower ?? '') ? 'past' : 'future';
      continue;
    }
    if (PAST_AUX.has(word)) {
      cues[i] = 'past';
      continue;
    }
    if (HAVE.has(word)) {
      // "has postponed", "have been", "has not spoken": present perfect, a past event
      let k = i + 1;
      while (k < tokens.length && k < i + 4 && SKIPPABLE.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'been')
        k++;
      const participle = isParticiple(tokens[k], false);
      // "would have an MRI", "to have talks": an infinitive, its modal's or verb's tense, not present
      const infinitive =
        MODALS_FUTURE.has(prev?.lower ?? '') || FUTURE_WORDS.has(prev?.lower ?? '') || prev?.lower === 'to';
      if (infinitive && !participle) continue;
      cues[i] = participle ? 'past' : 'present';
      continue;
    }
    if (PRESENT_WORDS.has(word)) {
      // "is scheduled to", "are expected", "is set for", "is to": the schedule's future
      let k = i + 1;
      while (k < tokens.length && k < i + 3 && SKIPPABLE.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'been')
        k++;
      const after = tokens[k]?.lower ?? '';
      const scheduled =
        BE_PRESENT.has(word) &&
        (SCHEDULE_WORDS.has(after) ||
          (after === 'set' && ['for', 'to'].includes(tokens[k + 1]?.lower ?? '')) ||
          (after === 'going' && tokens[k + 1]?.lower === 'to') ||
          after === 'to' ||
          after === 'about');
      cues[i] = scheduled ? 'future' : 'present';
      continue;
    }
    const nounSubject = prev?.kind === 'word' && !prev.cap && DETERMINERS.has(tokens[i - 2]?.lower ?? '');
    if (
      SAME_FORM_PAST.has(word) &&
      (subjectBefore(prev) || nounSubject) &&
      next &&
      next.kind !== 'punct' &&
      !isVerbCueWord(next)
    ) {
      const aux = auxiliaryTense(tokens, i);
      cues[i] = aux.found ? aux.tense : 'past';
      continue;
    }
    if (
      PRESENT_EVENT_VERBS.has(word) &&
      !token.cap &&
      prev &&
      !NOUN_MARKERS.has(prev.lower) &&
      prev.base === prev.lower &&
      eventSubjectBefore(word, prev, tokens[i - 2]) &&
      next &&
      !isVerbCueWord(next)
    ) {
      // base or -s form after its subject; after an auxiliary it takes the auxiliary's tense
      const aux = auxiliaryTense(tokens, i);
      if (aux.found) {
        if (aux.tense) cues[i] = aux.tense;
        continue;
      }
      cues[i] = 'present';
      continue;
    }
    if (
      !token.cap &&
      word.length >= 4 &&
      word.endsWith('s') &&
      !word.endsWith('ss') &&
      !word.endsWith('us') &&
      !word.endsWith("'s") &&
      !NOT_S_VERBS.has(word) &&
      (subjectBefore(prev) || nounSubjectBefore(prev, tokens[i - 2], next)) &&
      next &&
      next.kind !== 'punct' &&
      !isVerbCueWord(next)
    ) {
      // "Kostrava holds elections", "she says", "the committee considers the plan", "The budget,
      // unveiled on Wednesday, raises taxes": a present-tense verb after its subject
      cues[i] = 'present';
      continue;
    }
    if (PAST_PARTICIPLES.has(word) && prev && !DETERMINERS.has(prev.lower) && !OBJECT_PRONOUNS.has(prev.lower)) {
      // "the red card shown to Smith on Saturday": a participle without an auxiliary is past
      const aux = auxiliaryTense(tokens, i);
      cues[i] = aux.found ? aux.tense : 'past';
      continue;
    }
    if (IRREGULAR_PAST.has(word) || looksLikeEdVerb(token, sentenceInitial)) {
      // "the restored marsh": an adjective after a determiner
      if (prev && DETERMINERS.has(prev.lower) && !IRREGULAR_PAST.has(word)) continue;
      // "need the stands finished by August": the participle completes what is wanted
      if (!IRREGULAR_PAST.has(word) && complementOf(layout, i)) continue;
      const aux = auxiliaryTense(tokens, i);
      cues[i] = aux.found ? aux.tense : 'past';
    }
  }
  // "according to a police report": a source, so a noun read as a present verb is no verb there
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    const segment = layout.segment[i];
    let k = i + 2;
    for (; k < tokens.length && layout.segment[k] === segment; k++) if (cues[k] === 'present') cues[k] = null;
    i = k - 1;
  }
  return cues;
}

const WINDOW = 40;

export interface ClauseTense {
  readonly tense: Cue;
  /** The cue came from the expression's own clause segment, not from elsewhere in the sentence. */
  readonly near: boolean;
}

/** Verbs of saying that introduce a reported clause without "that". */
const REPORTING_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'wrote',
  'announced',
  'insisted',
  'argued',
  'claimed',
  'warned',
  'stated',
  'predicted',
  'believed',
  'thought',
]);

/** Conjunctions that open a time clause ("before the plan was signed off"). */
const TIME_CONJUNCTIONS = new Set(['before', 'until', 'till', 'once', 'after']);

/**
 * A past form backshifted in reported speech: "would look for savings before the plan was signed off
 * on 30 June" puts the signing after the speaking, so ahead. The past cue at k follows a time
 * conjunction whose main clause, left of it in the segment, is future.
 */
function futureInThePast(layout: Layout, cues: readonly Cue[], k: number): boolean {
  const { tokens, segment } = layout;
  let conjunction = false;
  for (let j = k - 1; j >= 0 && k - j <= WINDOW && segment[j] === segment[k]; j--) {
    if (!conjunction) {
      if (TIME_CONJUNCTIONS.has(tokens[j]?.lower ?? '')) conjunction = true;
      else if (cues[j] && cues[j] !== 'past') return false;
      continue;
    }
    const cue = cues[j];
    if (cue) return cue === 'future';
  }
  return false;
}

/**
 * The clause tense for the expression over tokens [first, last]: nearest cue in its segment (left
 * first), else the nearest cue in the same sentence and the same quote (or the same unquoted text).
 */
export function clauseTense(layout: Layout, cues: readonly Cue[], first: number, last: number): ClauseTense {
  const found = governingTense(layout, cues, first, last);
  // "ahead of Saturday's match": what is ahead is still to come (or under way)
  const tokens = layout.tokens;
  if (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'ahead' && found.tense !== 'future')
    return { tense: 'present', near: true };
  // a crash or a win already happened; but "a win on Saturday would send them top" is a prospect
  if (found.tense !== 'past' && found.tense !== 'future' && happenedAt(layout, cues, first, last))
    return { tense: 'past', near: true };
  return found;
}

/** The word written right before the expression's date words: its preposition, or the word before. */
function prepositionOf(tokens: readonly Token[], first: number): string {
  const own = tokens[first];
  if (own && own.kind === 'word' && DEADLINE_PREPS.has(own.lower)) return own.lower;
  if (own && own.kind === 'word' && (own.lower === 'on' || own.lower === 'in' || own.lower === 'for')) return own.lower;
  return tokens[first - 1]?.lower ?? '';
}

/**
 * The expression dates a happening named right before it: an incident noun ("a crash on Saturday",
 * "the collision early Sunday"), a possessive weekday or date before one ("Saturday's attack"), or a
 * crime someone is accused of in the same clause ("accused of stabbing a man on Saturday").
 */
function happenedAt(layout: Layout, cues: readonly Cue[], first: number, last: number): boolean {
  const { tokens, segment } = layout;
  const own = tokens[last];
  if (own && own.base !== own.lower && INCIDENT_NOUNS.has(tokens[last + 1]?.lower ?? '')) return true;
  let k = first - 1;
  const at = tokens[first]?.lower ?? '';
  // "a crash on Saturday": the noun before the preposition; "the fire early Sunday": before the modifier
  if (at !== 'on' && at !== 'early' && at !== 'late' && at !== 'in' && at !== 'at') {
    const before = tokens[k]?.lower ?? '';
    if (before === 'on' || before === 'early' || before === 'late') k--;
  }
  if (INCIDENT_NOUNS.has(tokens[k]?.lower ?? '') && segment[k] === segment[first]) return true;
  const seg = segment[first];
  for (let j = first - 1; j >= 0 && first - j <= 10 && segment[j] === seg; j--) {
    const word = tokens[j]?.lower ?? '';
    const after = tokens[j + 1]?.lower ?? '';
    if (CHARGE_WORDS.has(word) && (after === 'of' || after === 'with' || after === 'over')) return true;
    if (PLEA_WORDS.has(word) && after.endsWith('ing')) return true; // "denies murdering his wife on 4 January"
    if (cues[j]) return false; // a verb of its own between: "charged over the attack appears on Thursday"
  }
  return false;
}

/** Verbs of deciding, intending and scheduling that govern an infinitive ("voted to", "plans to"). */
const CONTROL_VERBS = new Set([...FORWARD_VERBS, ...INTENT_VERBS, ...SCHEDULE_WORDS]);
/** How far after its verb an infinitive may start ("voted by 14 to 5 to close"). */
const CONTROL_REACH = 6;

/**
 * The verb governing the infinitive clause an expression sits in, or -1: "voted 6 to 2 to sell the
 * library, which has served readers for a century, and to move its books from September". The date
 * belongs to the intended action, so its tense comes from "voted to", not from the relative clause
 * between them.
 */
function infinitiveController(layout: Layout, first: number): number {
  const { tokens, segment, sentence, quote } = layout;
  let start = first;
  let infinitive = false;
  for (let k = first - 1; k >= 0 && segment[k] === segment[first]; k--) {
    if (infinitiveAt(tokens, k)) infinitive = true;
    start = k;
  }
  if (!infinitive) return -1;
  for (let k = start - 1; k >= 0 && first - k <= WINDOW && sentence[k] === sentence[first]; k--) {
    if (quote[k] !== quote[first] || !CONTROL_VERBS.has(tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j <= k + CONTROL_REACH && j < start; j++) if (infinitiveAt(tokens, j)) return k;
  }
  return -1;
}

/**
 * The clause tense for the expression over tokens [first, last]: nearest cue in its segment (left
 * first), else the nearest cue in the same sentence and the same quote (or the same unquoted text).
 */
function governingTense(layout: Layout, cues: readonly Cue[], first: number, last: number): ClauseTense {
  const { segment, sentence, quote, tokens } = layout;
  const n = cues.length;
  const prep = prepositionOf(tokens, first);
  /**
   * A cue at k left of the expression. A forward verb ("promised", "voted to") looks ahead to a
   * deadline or start it names ("by Christmas", "from September") and gives no tense to anything else
   * after a "to"; a postponement ("adjourned until Friday") names a later date.
   */
  const leftCue = (k: number, cue: Tense): Cue => {
    const verb = tokens[k]?.lower ?? '';
    if (cue === 'future') return cue; // "is expected to end on Friday", "will be asked to ..."
    if (ARRANGE_VERBS.has(verb) && prep === 'for' && !BE_PAST.has(tokens[k - 1]?.lower ?? '')) return 'future';
    if (POSTPONE_VERBS.has(verb)) {
      // "remanded in custody to appear at court on 7 May": the date set is ahead; but not "delayed
      // deliveries to its customers after a fire in mid-March", where "to" names who was let down
      if (POSTPONE_PREPS.has(prep)) return 'future';
      for (let j = k + 1; j < first; j++) if (infinitiveAt(tokens, j)) return 'future';
    }
    if (!FORWARD_VERBS.has(verb)) return cue;
    if (DEADLINE_PREPS.has(prep)) return 'future';
    for (let j = k + 1; j < first; j++) if (tokens[j]?.lower === 'to') return null;
    return cue;
  };
  const segLeft = segment[first] ?? -1;
  const segRight = segment[last] ?? -1;
  /** The nearest cue right of the expression in its segment, or -1. */
  const rightCueAt = (): number => {
    for (let k = last + 1; k < n && k - last <= WINDOW && segment[k] === segRight; k++) if (cues[k]) return k;
    return -1;
  };
  for (let k = first - 1; k >= 0 && first - k <= WINDOW && segment[k] === segLeft; k--) {
    const cue = cues[k];
    if (cue === 'past' && futureInThePast(layout, cues, k)) return { tense: 'future', near: true };
    if (cue && REPORTING_VERBS.has(tokens[k]?.lower ?? '') && first - k > 2) {
      // "said his budget on 6 March would focus on growth": the date is in the reported clause, whose
      // verb follows it, not the speaking's ("said on Friday")
      const right = rightCueAt();
      if (right >= 0) return { tense: cues[right] ?? null, near: true };
    }
    if (cue) return { tense: leftCue(k, cue), near: true };
  }
  for (let k = last + 1; k < n && k - last <= WINDOW && segment[k] === segRight; k++) {
    const cue = cues[k];
    if (cue) return { tense: cue, near: true };
  }
  const controller = infinitiveController(layout, first);
  const controlCue = controller >= 0 ? cues[controller] : null;
  if (controlCue) return { tense: leftCue(controller, controlCue), near: false };
  const sent = sentence[first];
  const q = quote[first];
  for (let d = 1; d <= WINDOW; d++) {
    const left = first - d;
    if (left >= 0 && sentence[left] === sent && quote[left] === q) {
      const cue = cues[left];
      if (cue) return { tense: leftCue(left, cue), near: false };
    }
    const right = last + d;
    if (right < n && sentence[right] === sent && quote[right] === q) {
      const cue = cues[right];
      if (cue) return { tense: cue, near: false };
    }
  }
  return { tense: null, near: false };
}
