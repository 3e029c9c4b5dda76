package quote

import (
	"maps"
	"slices"
	"strings"

	"github.com/annals-project/annals/internal/wordtab"
)

// cueKind says how a cue word relates to its speaker.
type cueKind uint8

const (
	cueVerb      cueKind = iota + 1 // finite verb: the speaker is its subject, or follows when inverted
	cueGerund                       // -ing form: after a comma it takes the sentence's subject
	cueTold                         // tell: the speaker is the subject; never inverted
	cueAccording                    // "according" (+ "to"): the speaker follows
	cuePut                          // "put" (+ "it"): "as the court put it"
)

// cueKinds maps the lower-case forms of speech verbs to their kind. Base
// forms that are also common nouns (state, note, claim, tweet) are left
// out: near a quote they mislead more often than they help.
var cueKinds = buildCues()

// cues answers cueKinds' lookups for the rules.
var cues = newCueTable(cueKinds)

// cueTable is cueKinds as a wordtab.Set with the kinds by the set's index
// of each word: the rules ask it of most words near a quote, and the set's
// filter turns most of them away for a fraction of a map lookup's
// hashing and group search (issue 2).
type cueTable struct {
	words wordtab.Set
	kinds []cueKind // by the words' index in sorted order
}

func newCueTable(m map[string]cueKind) *cueTable {
	words := slices.Sorted(maps.Keys(m))
	c := &cueTable{words: wordtab.NewSet(words), kinds: make([]cueKind, len(words))}
	for i, w := range words {
		c.kinds[i] = m[w]
	}
	return c
}

// kind returns w's cue kind and whether w is a cue, as cueKinds[w] does.
func (c *cueTable) kind(w string) (cueKind, bool) {
	i, ok := c.words.Index(w)
	if !ok {
		return 0, false
	}
	return c.kinds[i], true
}

func buildCues() map[string]cueKind {
	m := make(map[string]cueKind)
	add := func(k cueKind, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = k
		}
	}
	// The verbs below the first block were read off the Wikinews corpus
	// outside the held-out ranges: the lower-case words within four words
	// before an opening mark or after a closing one, kept when they are
	// verbs of saying, writing or judging (a court "found" or "ruled").
	add(cueVerb, `say says said declare declares declared add adds added
		announce announces announced explain explains explained notes noted
		insist insists insisted warn warns warned stresses stressed claims claimed
		argue argues argued ask asks asked reply replies replied respond responds
		responded write writes wrote written tweets tweeted continues continued
		concludes concluded states stated admit admits admitted acknowledge
		acknowledges acknowledged remark remarks remarked comment comments
		commented recall recalls recalled suggest suggests suggested emphasise
		emphasises emphasised emphasize emphasizes emphasized urge urges urged
		posted described describes called calls confirm confirms confirmed vow
		vows vowed promise promises promised exclaim exclaims exclaimed shout
		shouts shouted
		accused accuses alleged alleges characterized characterised
		termed lauded praised praises quipped protested reacted defended
		cited recounted observed observes disagreed indicated indicates
		informed questioned apologized apologised underlined expressed
		reported reports talked spoke speaks pointed read reads decided ruled found
		criticized criticised criticises criticizes
		condemned condemns mentioned mentions revealed reveals announce
		testified testifies reiterated reiterates blamed blames denied
		denies predicted predicts screamed screams yelled yells
		opine opines opined assert asserts asserted contend contends
		contended countered counters retorted retorts lamented laments
		joked jokes quips boasted boasts conceded concedes complained
		complains demanded demands pleaded pleads hinted hints mused
		muses wondered wonders clarified clarifies reaffirmed reaffirms
		cautioned cautions speculated speculates charged`)
	add(cuePut, `put`)
	add(cueGerund, `saying declaring adding announcing explaining noting
		insisting warning stressing claiming arguing asking replying responding
		writing tweeting continuing concluding stating admitting acknowledging
		describing calling confirming urging remarking commenting recalling
		suggesting emphasising emphasizing posting vowing promising exclaiming
		shouting accusing alleging characterizing characterising terming
		praising citing observing indicating expressing reporting talking
		speaking pointing criticizing criticising condemning mentioning
		revealing recounting blaming denying telling reiterating screaming
		yelling opining asserting contending countering lamenting joking
		conceding complaining demanding pleading speculating`)
	// "put" counts only before "it" (see speakerFor).
	add(cueTold, `tell tells told`)
	add(cueAccording, `according`)
	return m
}

// pronouns are the personal pronouns that can be speakers, in both cases.
var pronouns = set(`he she they we i it He She They We I It`)

// personPronouns are the pronouns resolved to a person's name.
var personPronouns = set(`he she i He She I`)

// firstPerson are the pronouns an interview's speaker label resolves.
var firstPerson = set(`I we We`)

// determiners open a noun phrase and end a backward scan.
var determiners = set(`the a an its his her their our this that these those
	The A An Its His Her Their Our This That These Those`)

// roles are lower-case nouns that head a speaker phrase ("the spokeswoman",
// "a senior official", "the ministry").
var roles = set(`spokesperson spokesman spokeswoman spokespeople spokesmen
	minister ministers official officials chief president secretary director
	leader leaders governor mayor chairman chairwoman chair head commander
	vice-chairman vice-president vice-minister vice-governor
	general envoy ambassador diplomat diplomats lawmaker lawmakers senator
	representative analyst analysts expert experts professor researcher
	researchers scientist scientists doctor doctors witness eyewitness witnesses
	resident residents source sources police officer officers ministry
	government agency authorities authority organisation organization group
	company coach manager player lawyer lawyers attorney prosecutor prosecutors
	judge founder member members activist activists campaigner survivor victim
	mother father author authors statement report army military militants insurgents
	rebels spokesperson negotiator negotiators journalist reporter editor
	council committee office department union party regulator operator firm
	airline team club owner ceo executive executives economist economists
	historian candidate
	student students teacher worker workers man woman people commissioner
	chancellor premier sheriff adviser advisor aide selectman inspector
	detective coroner court tribunal jury panel palace campaign senators
	proclamation summary release ruling judgment judgement decision opinion
	letter tweet post website study king queen prince pope groups
	investigator investigators rescuer rescuers firefighter firefighters
	paramedic paramedics scholar scholars lecturer physician biologist
	psychologist sociologist voter voters legislator legislators
	banker bankers dealer dealers trader traders broker brokers
	delegate delegates observer observers participant participants
	arbitrageur arbitrageurs arbitrager arbitragers salesman salesmen underwriter underwriters strategist strategists
	consultant consultants specialist specialists administrator administrators
	lobbyist lobbyists manufacturer processor exporter importer shipper refiner buyer counselor`)

// issuers are verbs whose subject owns the document that is their object:
// "Facebook released a statement which read".
var issuers = set(`released issued published posted sent put`)

// documents are role nouns that name something written rather than its
// author: "the court's summary", "a statement by the ministry", "the WHO
// report". A quote's speaker is the document's owner when one is named.
var documents = set(`statement report proclamation summary release ruling
	judgment judgement decision opinion letter tweet post website study
	statements reports warning forecast advisory description memo bulletin
	notice alert manifesto verdict communique article editorial`)

// rulings are documents a court issues: "the decision" in an article
// about a case is the court's.
var rulings = set(`decision ruling opinion judgment judgement verdict`)

// orders are nouns of a written order, whose author speaks its words:
// "an order by Admiral X directing units to “…”".
var orders = set(`order orders decree directive memo memorandum instruction`)

// quantifiers head a noun phrase whose referent follows "of": "one of the
// groups", "a number of senators".
var quantifiers = set(`one One some Some many Many several Several most Most part Part
	number dozens hundreds thousands members group all All both Both each Each`)

// titles are capitalised words that stand before a name and are no part of
// it ("President", "Secretary-General").
var titles = set(`President Prime Minister Secretary Secretary-General General
	Deputy Foreign Chief Senator Sen Sen. Representative Rep Rep. Governor Gov
	Gov. Mayor Judge Justice Ambassador Envoy Director Chairman Chairwoman
	Commissioner King Queen Prince Princess Pope Dr Dr. Mr Mr. Mrs Mrs. Ms Ms.
	Professor Prof Prof. Lt Lt. Col Col. Colonel Captain Capt Capt. Sergeant
	Sheikh Speaker Leader Vice Acting Spokesperson Spokesman Spokeswoman
	Chancellor Premier Lord Lady Sir Dame Rabbi Reverend Rev Rev. Father
	Sister Cardinal Bishop Archbishop Coach Officer Inspector Detective
	Superintendent Commander Admiral Marshal Major Minister-President
	Attorney Attorney-General Prosecutor Spokesperson Eyewitness Witness
	Sheriff Whip Selectman Fellow Administrator Assemblyman Assemblywoman
	Congressman Congresswoman Councilman Councilwoman Councillor Councilor
	Legislator Delegate Broadcaster Co-author Co-founder Co-developer
	Commissioners Ambassadors Directors Justices
	Democrat Republican Treasurer Undersecretary Under-Secretary Comptroller`)

// functionCaps are capitalised words that begin sentences but never names.
var functionCaps = set(`In On At After Before When While As But And Or If
	Although Though Because Since Despite During Following For From With
	Without By Of To Under Over However Meanwhile Also Then There Here
	According Asked Speaking Earlier Later Last Next This That These Those
	What Who Why How Where Which Some Many Most All Both Each Every Such
	Yesterday Today Tomorrow Now Still Yet So Thus Instead Among Between
	Afterwards Afterward Additionally Moreover Furthermore Nevertheless
	Nonetheless Likewise Similarly Previously Recently Currently Initially
	Eventually Ultimately Overall Notably Separately Subsequently Finally
	Neither Either Whether
	Consequently Otherwise Indeed Perhaps Shortly Hence
	I'm I've I'd I'll I’m I’ve I’d I’ll`)

// relatives open a relative clause, skipped when walking appositives.
var relatives = set(`who which whose whom that where`)

// adverbs may sit between a speaker and the cue ("Trump also said",
// "he had told").
var adverbs = set(`also later then further previously again reportedly
	recently once earlier has have had was is were would will did does
	only just repeatedly publicly separately finally first still even
	already subsequently simply flatly yesterday today tonight here`)

// days and months name a time when a preposition opens them ("on
// Sunday", "in March").
var (
	days   = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)
	months = set(`January February March April May June July August
		September October November December`)
)

// timeNouns head a time adjunct after [timePreps]: "last week", "this
// morning".
var timeNouns = set(`week weekend month year morning afternoon evening night`)

// timePreps open a time adjunct: "on Sunday", "last week".
var timePreps = set(`on in last this earlier`)

// lyNouns end in -ly but are no adverbs.
var lyNouns = set(`family ally supply rally assembly monopoly anomaly homily
	bully belly jelly july italy reply`)

// functions are lower-case words that end a noun phrase.
var functions = set(`in on at of to from with by for about against into
	between than over under after before during since and or but nor as
	is are was were be been being has have had do does did will would
	shall should can could may might must not no that which who whom whose
	what when where why how if while because although though so yet
	there here this these those it its he she they we i you me him them us
	said says say told tells according also not very more most`)

// prepositions before a capitalised run show it is no subject.
var prepositions = set(`in of at to from with by for on about against into
	between than over under after before during since near across through
	toward towards without within outside inside via per like including`)

// nonPerson are capitalised words that mark a run of names as no person:
// organisations, places, days and months.
var nonPerson = set(`Committee Service Office Ministry Department Council
	Union Party Nations States Republic University Agency Court House Senate
	Congress Parliament Army Force Forces Police Bank Company Group
	Organization Organisation Association Airport Hospital Street Road City
	County Province Island Islands River Day International News Times Post
	Press Agency Institute Foundation Fund Commission Assembly Government
	Kingdom Federation Corporation Inc Ltd Club League Cup Museum School
	College Centre Center Station Church Network Channel Television Radio
	Administration Authority Board Bureau Guard Navy Force Ocean Sea Lake
	Mountain Mountains Valley Region State North South East West Northern Southern
	Eastern Western Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	January February March April May June July August September October
	November December Islamic Taliban Wikinews Twitter Facebook Reuters
	Mosque Temple Cathedral Stadium Palace Bridge Square Tower Castle Hotel
	Prison Library Academy Hurricane Storm Typhoon Cyclone Tropical
	Co Corp Cos Plc PLC Bancorp Securities Industries Holdings Brothers`)

// bodyNameWords are capitalised words that end or fill the name of a
// market, a body's management or an abstraction rather than a person
// ("the Manila Stock Exchange", "Third World debt", "Management has
// said"), yet stand in names the run builder must not cut ("World Wonder
// Ring Stardom"), so they serve only to keep a he or she from such a name.
var bodyNameWords = set(`Exchange Exchanges World Management`)

// thingHeads are capitalised head nouns that make a run of names a thing,
// an event or a text rather than a person, wherever they stand in it:
// "the Iran–Iraq War", "the Good Friday Agreement", "the Affordable Care
// Act". No he or she stands for such a name. Head nouns that are also
// common surnames (Law, Flood, Rule, Hall) are left out.
var thingHeads = set(`War Wars Act Acts Agreement Accord Accords Treaty Pact
	Convention Protocol Declaration Amendment Constitution Charter Bill
	Doctrine Initiative Programme Program Project Mission Operation
	Campaign Revolution Uprising Crisis Scandal Affair Massacre Attack
	Attacks Bombing Bombings Shooting Earthquake Tsunami Floods Wildfire
	Pandemic Epidemic Outbreak Virus Disease Syndrome Games Olympics
	Championship Championships Tournament Festival Expo Summit Conference
	Election Elections Referendum Awards Award Prize Trophy Week Series
	Season Show Album Film Movie Novel Index Report Regulations`)

// orgWords are capitalised words that make a run of names an
// organisation, which "it", "they" or "the ministry" may stand for.
var orgWords = set(`Committee Service Office Ministry Department Council
	Union Party Agency Court Senate Congress Parliament Army Police Bank
	Company Group Organization Organisation Association Institute
	Foundation Fund Commission Assembly Government Corporation Inc Ltd
	Club League Network Administration Authority Board Bureau Force Forces
	Federation University Campaign Team Coalition Alliance Front Movement
	Airlines Airways Railways Tribunal Cabinet Directorate Palace
	Co Corp Cos Plc PLC Bancorp`)

// occupations are capitalised nouns that, opening a sentence before a
// name, describe the person rather than name them ("Actress Denise
// Crosby", "Rapper Kanye West").
var occupations = set(`Actor Actress Singer Rapper Musician Artist Comedian Producer
	Writer Novelist Poet Host Presenter Designer Chef Guitarist Drummer Dancer
	Footballer Cricketer Golfer Boxer Athlete Actors Singers`)

// occupationNouns are the lower-case occupations a person is introduced
// with ("actress Denise Crosby", "Actress Denise Crosby") and later
// called by ("the actress"), which are no general speaker roles.
var occupationNouns = set(`actor actress singer rapper musician artist
	comedian producer writer novelist poet host presenter designer chef
	guitarist drummer dancer footballer cricketer golfer boxer athlete
	filmmaker painter photographer songwriter composer architect`)

// places are acronyms of countries, which are no organisations.
// particles are the lower-case words that join the parts of a personal
// name ("Mohammad bin Salman", "Ursula von der Leyen"); they belong to a
// name only between capitalised words.
var particles = set(`bin bint ibn al el van von der den de da di del della du la le dos das`)

var places = set(`US USA UK UAE DRC PRC ROK DPRK NZ`)

// placeTails are the last words of many-word country and community names
// ("Ivory Coast", "Saudi Arabia", "European Community"): a name holding
// one is a place or a body, never a he or she, though every word of it is
// capitalised like a person's.
var placeTails = set(`Coast Arabia Africa America Korea Zealand Lanka Guinea Rica
	Emirates Kingdom Islands Community Leone Kong Salvador Verde Bissau York`)

// firmHeads are words that end a firm's name without a legal suffix
// ("Dome Petroleum", "American Motors"): such a name is no he or she.
var firmHeads = set(`Petroleum Oil Motors Airlines Steel Chemical Chemicals
	Electric Mining Resources Industries Securities Insurance Savings`)

// royals are titles a royal's given name follows ("Princess Ubolratana"
// for Princess Ubolratana Mahidol), so the word may be the first of a
// full name named earlier.
var royals = set(`King Queen Prince Princess Emperor Empress Sultan Sheikh`)

// honorifics are titles that name no role.
var honorifics = set(`Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady`)

// deputies are title words that make a title a deputy's ("Vice
// President"), kept with the head so it never matches the chief's.
var deputies = set(`Vice Deputy Assistant Under Associate vice deputy assistant`)

// genericMods are modifiers of a role noun that say nothing about which
// role it is ("the acting president", "the former minister").
var genericMods = set(`acting former then new current outgoing incoming
	interim top senior chief its their his her`)

// notNames are capitalised words that open a noun phrase without naming
// anyone: number words ("Fifty former intelligence officials") and
// "Former" before a surname ("Former Trump adviser").
var notNames = set(`Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve
	Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty
	Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds
	Thousand Thousands Dozens Several Numerous Former Ex Late`)

// issuingVerbs, after a named subject, make it the issuer of a document
// the article then quotes without naming its owner ("Trump declared a
// national emergency. … The proclamation said “…”").
var issuingVerbs = set(`declared issued released published signed announced
	proclaimed ordered decreed posted wrote authored`)

// authorVerbs make their subject a document's author only for a text
// one posts or writes oneself (postings): "Matty Roberts posted a event
// invitation … The event description read".
var authorVerbs = set(`posted wrote authored`)

// postings are texts whose author is the one who posted or wrote them.
var postings = set(`description post memo message manifesto letter tweet
	note invitation`)

// kin are family nouns that, after "his" or "her", introduce a relative
// by given name ("his wife Mary").
var kin = set(`wife husband son daughter mother father brother sister widow
	widower grandson granddaughter`)

// copulas link a name to a role given as the predicate ("X is the
// spokeswoman").
var copulas = set(`is was became remains`)

// passiveAux before a cue and "by" after it make a passive ("was told by").
var passiveAux = set(`was were been being is are`)

// abbrevs are words that end in a period without ending a sentence.
var abbrevs = set(`Mr Mrs Ms Dr St Gen Lt Col Sen Rep Gov Jr Sr Inc Co Corp
	Ltd No vs etc Prof Capt Sgt Jan Feb Aug Sept Oct Nov Dec Mt Ft Maj Adm
	U.S U.K U.N E.U`)

// elisions are words a straight or left single mark may open without being
// a quotation ('til, 'em).
var elisions = set(`til em cause tis twas n`)

// lexSet is a word list of the lexicon. Quote asks the lists about
// nearly every token of an article with a quotation, so each answers
// through a wordtab.Set, which turns most words away by their first two
// bytes and length and costs a fraction of a map lookup's hashing and
// probing when it must look (issue 2); words keeps the list as a map for
// the code that ranges over it or hands it on.
type lexSet struct {
	words map[string]bool
	tab   wordtab.Set
}

// has reports whether w is in the list, as words[w] does.
func (l *lexSet) has(w string) bool { return l.tab.Has(w) }

// set returns the list of the words of s, separated by spaces.
func set(s string) *lexSet {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return newLexSet(m)
}

// lexSets lists every lexSet made, for the test that checks each against
// its map.
var lexSets []*lexSet

func newLexSet(m map[string]bool) *lexSet {
	l := &lexSet{words: m, tab: wordtab.SetOf(m)}
	lexSets = append(lexSets, l)
	return l
}
