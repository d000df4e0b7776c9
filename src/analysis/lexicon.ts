/**
 * General English word lists the speech stages read: reporting verbs, titles, honorifics, role nouns,
 * organisation and place words, pronouns, and common capitalised words that are not names. Nothing here
 * comes from a particular article; every list is about how English news copy is written.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs (all forms) that introduce or attribute someone's words. Lower case. */
export const speechVerbs = set(`
  say says said saying tell tells told telling add adds added adding write writes wrote written writing
  state states stated declare declares declared declaring announce announces announced explain explains
  explained explaining note notes noted noting observe observes observed remark remarks remarked comment
  comments commented recall recalls recalled recalling insist insists insisted insisting argue argues argued
  arguing claim claims claimed claiming contend contends contended maintain maintains maintained warn warns
  warned warning caution cautions cautioned acknowledge acknowledges acknowledged admit admits admitted
  concede concedes conceded reply replies replied replying respond responds responded answer answers
  answered ask asks asked suggest suggests suggested predict predicts predicted promise promises promised
  vow vows vowed pledge pledges pledged urge urges urged call calls called calling describe describes
  described describing accuse accuses accused accusing complain complains complained allege alleges alleged
  deny denies denied confirm confirms confirmed post posts posted tweet tweets tweeted testify testifies
  testified recount recounts recounted recite recites recited joke jokes joked quip quips quipped shout
  shouts shouted yell yells yelled whisper whispers whispered mutter mutters muttered scoff scoffs scoffed
  boast boasts boasted reiterate reiterates reiterated emphasize emphasizes emphasized emphasise emphasises
  emphasised stress stresses stressed counter counters countered conclude concludes concluded rule rules
  ruled find finds found report reports reported assert asserts asserted exclaim exclaims exclaimed
  continue continues continued concur concurs concurred demand demands demanded plead pleads pleaded
  repeat repeats repeated reckon reckons reckoned blame blames blamed blaming cite cites cited citing`);

/** Speech verbs that only count with a quotation right after them or with an explicit object clause. */
export const weakSpeechVerbs = set(`call calls called calling find finds found rule rules ruled continue continues
  continued report reports reported post posts posted describe describes described describing`);

/** Nouns for written or recorded words; their author is the speaker ("the statement said"). */
export const documentNouns = set(`statement statements release ruling rulings opinion opinions filing filings
  letter letters post posts tweet tweets report reports memo memos email emails note notes brief briefs
  complaint lawsuit suit motion order decision judgment judgement verdict affidavit transcript materials
  material document documents website site video message messages book column essay editorial blog
  announcement notice petition submission testimony speech interview remarks minutes policy`);

/** Nouns for named works whose title may follow in quotes ("the film ‘Tide’"). */
export const workNouns = set(`film films movie movies novel novels album albums song songs paper papers study
  play plays show shows series documentary podcast poem poems painting exhibition survey thesis title`);

/** Lawyers and agents whose words are their principal's ("through a lawyer"). */
export const agentNouns = set(`lawyer lawyers attorney attorneys counsel solicitor solicitors barrister barristers
  representative representatives agent agents`);

/** Honorifics before a name, with the gender they give (null when they give none). */
export const honorifics: ReadonlyMap<string, 'he' | 'she' | null> = new Map([
  ['mr', 'he'],
  ['mr.', 'he'],
  ['mrs', 'she'],
  ['mrs.', 'she'],
  ['ms', 'she'],
  ['ms.', 'she'],
  ['miss', 'she'],
  ['mx.', null],
  ['mx', null],
  ['dr.', null],
  ['dr', null],
  ['prof.', null],
  ['sir', 'he'],
  ['dame', 'she'],
  ['lord', 'he'],
  ['lady', 'she'],
  ['messrs.', 'he'],
]);

/** Capitalised title words that can stand before a name ("President", "Judge", "Sen."). Lower case. */
export const titleWords = set(`
  president vice prime minister ministers secretary senator sen. rep. representative congressman
  congresswoman gov. governor mayor judge justice chief general gen. lt. col. colonel major maj. capt.
  captain sgt. sergeant cpl. corporal pvt. private admiral adm. commander cmdr. officer detective det.
  inspector insp. superintendent supt. constable chancellor speaker ambassador envoy king queen prince
  princess pope cardinal bishop archbishop rev. reverend rabbi imam sheikh prof. professor coach chairman
  chairwoman chair chairperson director commissioner councilman councilwoman councillor councilor cr cr.
  cllr cllr. alderman alderwoman sheriff marshal trooper dean premier leader deputy assistant associate acting interim
  former retired emeritus attorney solicitor auditor comptroller controller treasurer clerk magistrate
  lieutenant brigadier field marshal sir dame lord lady baron baroness earl duke duchess count countess
  emperor empress sultan emir crown first ceo cfo coo chief. executive manager supervisor officer
  dr. mr. mrs. ms. mx. messrs. st. saint brother sister father mother pastor elder
  det sgt supt insp fr fr. rev coun coun. ald ald.
  foreign home defence defense finance treasury interior justice health education energy transport
  transportation labor labour commerce agriculture homeland security environment trade culture state
  economy economic industry housing veterans affairs development international immigration war`);

/** Title words that are heads: a name follows them, and everything before them in a run is title. */
export const titleHeads = set(`
  president minister ministers secretary senator sen. rep. representative congressman congresswoman gov.
  governor mayor judge justice chief general gen. lt. col. colonel major maj. capt. captain sgt. sergeant
  cpl. corporal pvt. admiral adm. commander cmdr. officer detective det. inspector insp. superintendent
  supt. constable chancellor speaker ambassador envoy king queen prince princess pope cardinal bishop
  archbishop rev. reverend rabbi imam sheikh prof. professor coach chairman chairwoman chair chairperson
  director commissioner councilman councilwoman councillor councilor cr cr. cllr cllr. alderman alderwoman
  sheriff marshal trooper premier leader deputy dr. mr. mrs. ms. mx. messrs. sir dame lord lady baron baroness earl duke
  duchess emperor empress sultan emir ceo cfo coo pastor lieutenant brigadier
  det sgt supt insp fr fr. rev coun coun. ald ald.`);

/** Lower-case role nouns that describe a person ("winger Piet", "a spokesman", "the minister"). */
export const personRoleNouns = set(`
  president minister secretary senator congressman congresswoman governor mayor judge justice chief general
  colonel major captain sergeant admiral commander officer detective inspector superintendent constable
  chancellor speaker ambassador envoy diplomat king queen prince princess pope cardinal bishop archbishop
  reverend rabbi imam priest pastor vicar professor lecturer teacher headteacher principal student pupil
  coach manager boss chairman chairwoman chair chairperson director commissioner councilman councilwoman
  councillor councilor alderman sheriff marshal trooper premier leader deputy adviser advisor aide
  assistant spokesman spokeswoman spokesperson official officials executive founder co-founder cofounder
  owner president-elect lawyer attorney solicitor barrister prosecutor defender counsel clerk magistrate
  analyst economist strategist researcher scientist scholar expert engineer architect designer developer
  doctor physician surgeon nurse midwife obstetrician paramedic pharmacist dentist therapist psychologist
  psychiatrist epidemiologist ecologist geologist geochemist biologist chemist physicist astronomer
  historian author writer novelist poet journalist reporter editor columnist photographer producer
  director actor actress singer musician artist dancer player striker winger midfielder goalkeeper keeper
  forward fullback quarterback pitcher batter bowler batsman captain referee umpire teammate rookie
  veteran athlete runner swimmer cyclist driver rider jockey trainer farmer fisherman fishermen baker
  chef cook butcher grocer shopkeeper trader merchant vendor seller buyer broker banker investor
  entrepreneur businessman businesswoman accountant auditor consultant contractor builder plumber
  electrician mechanic worker employee staffer volunteer activist campaigner organiser organizer protester
  demonstrator resident residents neighbour neighbor citizen voter candidate nominee lawmaker legislator
  politician mp senator delegate negotiator mediator envoy observer witness victim survivor suspect
  defendant plaintiff claimant petitioner applicant patient parent mother father son daughter brother
  sister husband wife widow widower grandmother grandfather grandson granddaughter uncle aunt nephew niece
  cousin partner girlfriend boyfriend fiance fiancee child children friend colleague co-author coauthor
  spokesman member members chairman host presenter anchor commentator pundit critic supporter fan
  forecaster meteorologist
  fans holder tenant landlord landlady homeowner commuter driver passenger pilot sailor soldier
  officer general commander guard warden inmate prisoner detainee refugee migrant immigrant
  deckhand steward stewardess skipper crew master harbormaster engineer technician operator
  person people man woman men women boy girl source sources insider insiders official
  potter weaver carpenter tailor blacksmith jeweller jeweler cobbler barber hairdresser florist gardener
  janitor cleaner porter courier postman postwoman miner welder machinist mason bricklayer roofer painter
  sculptor composer conductor pianist violinist guitarist drummer rapper comedian filmmaker playwright
  poet novelist illustrator cartoonist curator librarian archivist professor dean chaplain monk nun
  priest missionary soldier sailor marine airman pilot astronaut firefighter paramedic lifeguard
  ranger warden shepherd rancher beekeeper vintner winemaker brewer distiller butcher fishmonger
  waiter waitress bartender barista housekeeper nanny caregiver carer midwife optician vet veterinarian
  surveyor planner economist statistician programmer coder hacker blogger influencer streamer
  organist cantor coxswain rower sprinter boxer wrestler golfer jockey skier skater climber`);

/** Kin nouns, with the gender they give. */
export const genderedNouns: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['son', 'he'],
  ['daughter', 'she'],
  ['brother', 'he'],
  ['sister', 'she'],
  ['husband', 'he'],
  ['wife', 'she'],
  ['father', 'he'],
  ['mother', 'she'],
  ['widow', 'she'],
  ['widower', 'he'],
  ['grandmother', 'she'],
  ['grandfather', 'he'],
  ['grandson', 'he'],
  ['granddaughter', 'she'],
  ['uncle', 'he'],
  ['aunt', 'she'],
  ['nephew', 'he'],
  ['niece', 'she'],
  ['boyfriend', 'he'],
  ['girlfriend', 'she'],
  ['spokesman', 'he'],
  ['spokeswoman', 'she'],
  ['chairman', 'he'],
  ['chairwoman', 'she'],
  ['congressman', 'he'],
  ['congresswoman', 'she'],
  ['councilman', 'he'],
  ['councilwoman', 'she'],
  ['businessman', 'he'],
  ['businesswoman', 'she'],
  ['actress', 'she'],
  ['king', 'he'],
  ['queen', 'she'],
  ['prince', 'he'],
  ['princess', 'she'],
  ['fisherman', 'he'],
  ['man', 'he'],
  ['woman', 'she'],
  ['boy', 'he'],
  ['girl', 'she'],
  ['mr.', 'he'],
  ['mrs.', 'she'],
  ['ms.', 'she'],
  ['sir', 'he'],
  ['dame', 'she'],
  ['lord', 'he'],
  ['lady', 'she'],
  ['stewardess', 'she'],
  ['landlady', 'she'],
  ['fiancee', 'she'],
  ['widow', 'she'],
  ['duchess', 'she'],
  ['duke', 'he'],
  ['baroness', 'she'],
  ['baron', 'he'],
  ['countess', 'she'],
  ['empress', 'she'],
  ['emperor', 'he'],
]);

/** Plural person nouns that introduce coordinated names ("sisters Ana and Lucia Ferro"). */
export const pluralPersonNouns = set(`brothers sisters twins siblings cousins couple spouses partners parents
  teammates colleagues co-founders founders owners`);

/** Head nouns of anonymous human sources ("a senior official", "three people close to the deal"). */
export const anonymousHeads = set(`official officials person people source sources diplomat diplomats aide
  aides insider insiders spokesman spokeswoman spokesperson spokespeople representative executive executives
  engineer engineers officer officers employee employees worker workers staffer staffers analyst analysts
  expert experts resident residents witness witnesses member members lawmaker lawmakers investigator
  investigators negotiator negotiators adviser advisers advisor advisors observer observers one someone
  individual individuals man woman men women manager managers director leader leaders minister ministers
  doctor doctors nurse nurses lawyer lawyers economist economists scientist scientists researcher
  researchers banker bankers trader traders investor investors veteran veterans colleague colleagues
  friend friends relative relatives neighbor neighbors neighbour neighbours fan fans supporter supporters
  critic critics activist activists organizer organizers organiser organisers student students teacher
  teachers parent parents patient patients customer customers passenger passengers driver drivers
  farmer farmers owner owners operator operators player players coach coaches judge officials
  family families relatives couple parents neighbour neighbours villager villagers local locals mourner
  mourners protester protesters demonstrator demonstrators voter voters bystander bystanders victim
  victims survivor survivors author authors reader readers viewer viewers listener listeners caller callers`);

/** Nouns that head an organisation ("the ministry", "the company", "its board"). Lower case. */
export const organizationNouns = set(`company companies firm group ministry department office agency authority
  council committee commission board government administration cabinet parliament congress senate assembly
  court tribunal union association federation confederation league club team trust foundation institute
  institution university college school academy hospital clinic registry bank fund corporation
  corporations business operator utility carrier airline retailer maker manufacturer insurer broker
  developer chain publisher network broadcaster newspaper paper magazine station service police force
  army navy military party campaign coalition alliance organisation organization charity society
  secretariat bureau directorate regulator watchdog inspectorate exchange embassy consulate mission
  delegation prosecutors prosecution defence defense panel jury city county state province region
  municipality town village church diocese parish mosque synagogue temple museum library theatre theater
  orchestra band label studio lab laboratory center centre observatory port airport railway
  consortium cooperative co-op brand chain store shop restaurant bakery diner hotel factory plant mill
  mine farm estate studio zoo presidency palace chancellery prefecture`);

/** Capitalised words that mark a run as an organisation's name ("Interior Ministry", "Acme Inc."). */
export const organizationWords = set(`
  ministry department office agency authority council committee commission board government administration
  parliament congress senate assembly court tribunal union association federation confederation league club
  trust foundation institute institution university college school academy hospital clinic registry bank
  fund corporation corp. corp inc. inc co. co ltd. ltd llc plc gmbh ag s.a. company companies group holdings
  partners capital securities industries foods airlines airways motors systems technologies technology
  labs laboratories laboratory pharmaceuticals energy media press news post times journal herald courier
  gazette tribune telegraph guardian radio television tv network broadcasting studios records service house
  services police force army navy air military party coalition alliance organisation organization charity
  society secretariat bureau directorate church cathedral chapel mosque synagogue temple museum library
  theatre theater orchestra center centre observatory consortium cooperative exchange embassy consulate
  fc afc united athletic rovers wanderers city town county rangers celtic hotspur albion
  analytics lines logistics shipping railways railway transit insurance bancorp bancshares financial
  associates ventures enterprises solutions networks communications electric power utilities oil gas
  mining steel chemicals retail stores markets brands publishing books entertainment pictures films
  institute network caucus campaign commission registry tribune`);

/** Capitalised words that end place names ("Mill Street", "Cedar Falls"). */
export const placeSuffixes = set(`street st road rd lane avenue ave boulevard blvd bridge river valley mountain
  mountains landing county city island islands sound bay harbor harbour square plaza station airport
  stadium arena park heights springs falls beach coast peninsula strait sea ocean gulf canal highway
  freeway route way drive tower building center centre market mall parkway terrace crescent
  gardens common quay wharf pier dock docks port creek lakes hills forest desert
  plains plateau canyon gorge glacier reef cape district province region territory
  republic kingdom empire states borough township village quarter estate`);

/** Title words that are also common given names or surnames; as the first of two words they are a name. */
export const ambiguousTitles = set(`dean major king bishop marshal chief earl duke prince queen chair pope leader
  lord lady sister father brother deputy director coach elder justice general baron count sheriff`);

/** Capitalised words that start place names ("Port Talbot", "Mount Hood", "San Diego"). */
export const placePrefixes = set(`port mount mt. lake fort cape san santa saint st. los las new north south east
  west upper lower greater little great central northern southern eastern western el la le les`);

/** Prepositions that, right before a capitalised word, usually introduce a place. */
export const placePrepositions = set(`in at near outside inside across into throughout around from via toward
  towards between beyond within upon`);

/** A few well-known place names of more than one word, which look like personal names. */
export const multiWordPlaces = set(`hong-kong sri-lanka costa-rica puerto-rico el-salvador new-zealand
  saudi-arabia south-africa north-korea south-korea united-states united-kingdom tel-aviv buenos-aires
  rio-de-janeiro sao-paulo kuala-lumpur abu-dhabi ho-chi-minh phnom-penh addis-ababa dar-es-salaam
  hong-kong's wall-street silicon-valley capitol-hill downing-street air-force middle-east latin-america
  world-cup super-bowl white-house premier-league champions-league olympic-games united-nations
  european-union asia-pacific black-friday cyber-monday boxing-day labor-day labour-day memorial-day
  independence-day new-year world-series grand-prix grand-slam formula-one red-cross red-crescent
  south-east north-east south-west north-west sub-saharan`);

/** Words that join parts of one name ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const nameParticles = set(`de da das do dos del della di du van von der den ter le la bin ibn al el
  ben ap mac st.`);

/** Name suffixes that are not surnames. */
export const nameSuffixes = set(`jr. jr sr. sr ii iii iv v phd md esq.`);

/** Honours, offices and silks written after a name ("Jonah Reed KC", "Kate Orme MP"). Lower case. */
export const postNominals = set(`kc qc sc mp msp mla mha mhk td mep mbe obe cbe kbe dbe cvo ch om frs
  jp dl ma phd`);

/** Pronouns and the gender they carry ('they' for plural or unknown). */
export const personalPronouns: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it'> = new Map([
  ['he', 'he'],
  ['him', 'he'],
  ['his', 'he'],
  ['himself', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
  ['herself', 'she'],
  ['they', 'they'],
  ['them', 'they'],
  ['their', 'they'],
  ['it', 'it'],
  ['its', 'it'],
]);

/** Subject pronouns that can be a speaker ("he said"). */
export const subjectPronouns = set(`he she they it`);

/** Function words that stay lower case inside titles of works ("Bread and Roses" keeps "and"). */
export const minorTitleWords = set(`a an the and or but nor of in on at to for by with from as vs. vs via per
  into onto upon over off up out`);

/** Words that introduce a term, title or nickname in quotation marks, not someone's words. */
export const termCues = set(`so-called dubbed nicknamed titled entitled code-named codenamed named labelled
  labeled branded billed headlined hashtag slogan motto term phrase word words label moniker nickname
  catchphrase`);

/** Adverbs that, before "called"/"known as", mark a naming use ("often called"). */
export const namingAdverbs = set(`so often also sometimes commonly widely popularly affectionately locally
  colloquially informally officially formally once fondly jokingly derisively`);

/**
 * Capitalised words that often start a sentence and are not names: function words, pronouns, common
 * adverbs and participles. Used to drop a sentence-initial word from a name run.
 */
export const sentenceStarters = set(`
  a an the this that these those there here it its he she they we i you his her their our my your
  in on at by for from with without to of as after before since until while when where whether if
  although though because but and or nor so yet also still then now today tomorrow yesterday tonight
  meanwhile however instead indeed separately together elsewhere earlier later last next first second
  finally asked born writing speaking according unlike like despite during under over about above
  below between among across through throughout against toward towards within beyond inside outside
  near once both either neither each every all some many most much more few several other another
  such no not only even just back even already again never always often sometimes perhaps maybe
  what which who whom whose why how one two three four five six seven eight nine ten is was are were
  be been has have had do does did will would can could should may might must shall
  former retired late new old young asked reached contacted told said says added noting
  nobody everyone everybody anyone someone something nothing everything anything yes oh well
  dear thanks please let ask tell look see say get go come make take give keep put`);

/** Lower-case words that end a speaker noun phrase when scanning it. */
export const clauseBreakers = set(`and but or nor that which who whom whose because although though while
  when where if unless after before since until as so than whether`);

/** Prepositions; a name right after one is not a clause subject. */
export const prepositions = set(`of with for by to from at in on about against beside like than into onto
  toward towards among between through under over behind after before during without within near via
  including including upon across around`);

/** Words that may sit between a speaker and a speech verb ("Ortiz also said", "she would say"). */
export const verbAuxiliaries = set(`also later previously once then has had have would will could should might
  may must did does do had already again further repeatedly publicly privately recently separately
  earlier reportedly quickly only simply flatly later first last still never often once`);

/** Month names and abbreviations. */
export const months = set(`january february march april may june july august september october november
  december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`);

/** Day names. */
export const weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Capitalised words that are never part of a person's name. */
export const nonNameWords = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  christmas easter eid diwali hanukkah ramadan thanksgiving halloween
  god allah internet web q a mr mrs ms dr u.s. u.k. u.n. e.u. uk us un eu nato usa`);

/** Abbreviations after which a period does not end a sentence when a name or number follows. */
export const titleAbbreviations = set(`mr mrs ms mx dr prof gen sen rep gov lt col capt sgt cpl pvt adm cmdr det
  insp supt st rev hon fr mt ft messrs mme mlle sr jr maj brig cr cllr coun ald`);

/** Abbreviations that may also end a sentence ("Inc.", "U.S.", "a.m."). */
export const generalAbbreviations = set(`inc co corp ltd jr sr etc vs approx dept univ assn bros no nos vol
  est jan feb mar apr jun jul aug sep sept oct nov dec fig figs p pp ed eds av ave blvd rd`);

/** Last words of company names ("Acme Foods", "Baltic Lines", "Delta Power Co."). */
export const companyWords = set(`co co. inc inc. corp corp. ltd ltd. llc plc gmbh ag company companies group
  holdings foods airlines airways lines analytics securities capital partners industries motors systems
  technologies technology labs laboratories energy bank bancorp pharmaceuticals brands logistics shipping
  insurance financial media studios enterprises ventures networks communications retail stores markets
  mining steel chemicals electric power utilities oil gas telecom motors software solutions air grid rail`);

/** Heads that say "a company" in general ("the company", "the firm", "the operator"). */
export const companyNouns = set(`company firm group operator utility carrier airline retailer maker
  manufacturer insurer broker developer chain business corporation conglomerate startup lender bank
  publisher supplier producer provider owner employer`);
