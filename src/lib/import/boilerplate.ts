/**
 * Sentences of a scraped page that belong to the site around the story, not to the story: promotions
 * ("Subscribe to our newsletter"), navigation ("Read more: …"), share prompts, copyright lines, and
 * the names of icons a scraper reads as text ("ArrowRight"). General patterns only: no site's wording.
 */

/** Words icon and button names are built from: "ArrowRight", "ChevronDown", "CloseIcon". */
const interfaceWords = new Set(
  'Arrow Chevron Caret Icon Right Left Up Down Close Menu Share Play Pause Expand Collapse Search Next Prev Previous External Link Open Toggle Button Svg'.split(
    ' ',
  ),
);

/** "ArrowRight": two or more capitalised interface words run together, which no sentence contains. */
export function isInterfaceResidue(token: string): boolean {
  const parts = token.match(/[A-Z][a-z]*/g);
  return (
    parts !== null && parts.length >= 2 && parts.join('') === token && parts.every((part) => interfaceWords.has(part))
  );
}

const navigation =
  /^(read more|read next|read also|also read|more on this( story)?|related( stories| articles| coverage)?|see also|continue reading|advertisement|sponsored( content)?|recommended( for you)?|most read|trending( now)?)(:.*)?[.!]?$/i;
const sharePrompt =
  /^(share|share this( article| story| post)?|share on \w+|tweet( this)?|email( this)?|print( this)?|copy link)[.!:]?$/i;
const promotion =
  /^(subscribe|sign up|sign in|log in|register|download|follow|join|get)\b.*\b(newsletter|channel|app|updates|alerts|notifications|podcast|our)\b/i;
const ownPromotion = /\bour (newsletter|channel|app|podcast|website|site|newsroom)\b/i;
const socialNetwork = /\b(telegram|whatsapp|facebook|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky)\b/i;
const credits = /^(©|\(c\)|copyright\b|(photo|image|video|caption|credit)s?\s*[:|])/i;

/** True when a sentence reads as the page's furniture rather than the story's text. */
export function isBoilerplate(sentence: string): boolean {
  const text = sentence.trim();
  const words = text.split(/\s+/).length;
  if (text.split(/\s+/).every(isInterfaceResidue)) return true;
  if (navigation.test(text) || sharePrompt.test(text) || credits.test(text)) return true;
  if (words <= 30 && (promotion.test(text) || ownPromotion.test(text))) return true;
  // "Are you on Telegram?": a short question about a social network is an invitation to follow.
  return words <= 12 && text.endsWith('?') && socialNetwork.test(text);
}
