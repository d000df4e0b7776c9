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
 */
import type { Tense } from '../schema';
import type { Layout } from './clauses';
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
]);

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
  return prev.cap && !DETERMINERS.has(prev.lower) && !PREPOSITION_LIKE.has(prev.lower);
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
 * ("Voters go", "Early voting begins"), a noun after a determiner ("the festival opens"), or a comma
 * or "and" before a main or coordinated verb; not a number or a verb ("a 2019 report", "took hold").
 */
function eventSubjectBefore(prev: Token, beforePrev: Token | undefined): boolean {
  if (subjectBefore(prev)) return true;
  // after an appositive or a coordinated verb: "The Rangers, who lost Saturday, host ... and visit ..."
  if ((prev.kind === 'punct' && prev.text === ',') || prev.lower === 'and' || prev.lower === 'then') return true;
  if (prev.kind !== 'word' || prev.cap) return false;
  const word = prev.lower;
  if ((word.endsWith('s') && !word.endsWith('ss') && !NOT_S_VERBS.has(word)) || word.endsWith('ing')) return true;
  return beforePrev !== undefined && DETERMINERS.has(beforePrev.lower);
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
      const after = tokens[i + 1]?.lower === 'not' ? tokens[i + 2] : tokens[i + 1];
      cues[i] = after?.lower === 'have' ? 'past' : 'future';
      continue;
    }
    if (word === 'going' && next?.lower === 'to') {
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
        if (prev?.base !== prev?.lower) continue; // "Pelosi's planned trip"
      }
      cues[i] = 'future';
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
      cues[i] = isParticiple(tokens[k], false) ? 'past' : 'present';
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
      eventSubjectBefore(prev, tokens[i - 2]) &&
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
      subjectBefore(prev) &&
      next &&
      next.kind !== 'punct' &&
      !isVerbCueWord(next)
    ) {
      // "Kostrava holds elections", "she says": a present-tense verb after its subject
      cues[i] = 'present';
      continue;
    }
    if (IRREGULAR_PAST.has(word) || looksLikeEdVerb(token, sentenceInitial)) {
      // "the restored marsh": an adjective after a determiner
      if (prev && DETERMINERS.has(prev.lower) && !IRREGULAR_PAST.has(word)) continue;
      const aux = auxiliaryTense(tokens, i);
      cues[i] = aux.found ? aux.tense : 'past';
    }
  }
  return cues;
}

const WINDOW = 40;

export interface ClauseTense {
  readonly tense: Cue;
  /** The cue came from the expression's own clause segment, not from elsewhere in the sentence. */
  readonly near: boolean;
}

/**
 * The clause tense for the expression over tokens [first, last]: nearest cue in its segment (left
 * first), else the nearest cue in the same sentence and the same quote (or the same unquoted text).
 */
export function clauseTense(layout: Layout, cues: readonly Cue[], first: number, last: number): ClauseTense {
  const { segment, sentence, quote, tokens } = layout;
  const n = cues.length;
  /** A cue at k left of the expression; a forward verb with a "to" in between gives no tense. */
  const leftCue = (k: number, cue: Tense): Cue => {
    if (!FORWARD_VERBS.has(tokens[k]?.lower ?? '')) return cue;
    for (let j = k + 1; j < first; j++) if (tokens[j]?.lower === 'to') return null;
    return cue;
  };
  const segLeft = segment[first] ?? -1;
  for (let k = first - 1; k >= 0 && first - k <= WINDOW && segment[k] === segLeft; k--) {
    const cue = cues[k];
    if (cue) return { tense: leftCue(k, cue), near: true };
  }
  const segRight = segment[last] ?? -1;
  for (let k = last + 1; k < n && k - last <= WINDOW && segment[k] === segRight; k++) {
    const cue = cues[k];
    if (cue) return { tense: cue, near: true };
  }
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
