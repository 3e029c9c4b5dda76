// Package actor recognises actor mentions: dictionary actors ("the
// Taliban", "EU"), role words composed with them ("Afghan police" is AFG +
// COP, "EU envoys" stays the EU), titles before people ("UN Secretary-General
// Antonio Guterres"), and actors inside hyphenated words ("EU-US").
//
// Codes are chosen for the article's publication date, so date-restricted
// entries code the Taliban as AFGREB before 2021-08-15 and AFGGOV after.
package actor

import (
	"context"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Recognizer finds actor mentions with a compiled dictionary. It is
// immutable and safe for concurrent use.
type Recognizer struct {
	dict *dict.Dict
}

// New returns a Recognizer over d.
func New(d *dict.Dict) *Recognizer { return &Recognizer{dict: d} }

// DateInt returns t's date as a yyyymmdd integer, 0 for the zero time.
func DateInt(d *annals.Doc) int32 {
	if d.Pub.IsZero() {
		return 0
	}
	y, m, day := d.Pub.Date()
	return int32(y*10000 + int(m)*100 + day)
}

// Compose returns the code of an actor code qualified by a role code: a bare
// country takes the role ("AFG"+"COP" = "AFGCOP"); a code that already has a
// role, or an international or non-state actor, keeps its own.
func Compose(actor, role string) string {
	if len(actor) == 3 && !strings.HasPrefix(actor, "IGO") && !strings.HasPrefix(actor, "NGO") && !strings.HasPrefix(actor, "IMG") && !strings.HasPrefix(actor, "MNC") {
		return actor + role
	}
	return actor
}

// dayAdverbs are nouns of time that stand as adverbs after a capital that a
// preposition introduces ("will fly to Washington tomorrow"): unlike "a
// Kabul car bombing" they do not make the city a modifier.
var dayAdverbs = map[string]bool{"today": true, "tomorrow": true, "yesterday": true, "tonight": true}

// ComposeAgent returns the code of an actor qualified by agent g: a role
// code after the actor's (Compose), or, for a prefix agent (PETRARCH's
// "[NGO~]"), the agent's code before it: "Arnor human rights group" is
// NGOARN. A code that already begins with the prefix keeps its own.
func ComposeAgent(actor string, g *dict.Agent) string {
	if strings.Contains(actor, dict.CodeSep) {
		return composeEach(actor, g) // "Lorien police": ELRCOP/GALCOP
	}
	if !g.Prefix {
		return Compose(actor, g.Code)
	}
	if strings.HasPrefix(actor, g.Code) {
		return actor
	}
	return g.Code + actor
}

// Annotate appends the actor and agent mentions of every sentence of doc to
// doc.Mentions.
func (r *Recognizer) Annotate(ctx context.Context, doc *annals.Doc) error {
	date := DateInt(doc)
	first := len(doc.Mentions)
	var seen namesSeen
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := doc.Sentences[si]
		n := len(doc.Mentions)
		r.sentence(doc, si, s.Tokens.Start, s.Tokens.End, date, &seen)
		if !r.imported() {
			legislators(doc, n, s.Tokens.Start, s.Tokens.End)
			ownedForces(doc, n, s.Tokens.Start, s.Tokens.End)
			genericFirms(doc, n)
		}
	}
	if r.dict.NoCountry == "" {
		namedFirms(doc, first)
		definedAcronyms(doc, first)
		proceedingParties(doc, first)
		contextualise(doc, first)
		usPartyGroups(doc, first)
		rulingParties(doc, first)
		genericParties(doc, first)
		debtorsCreditors(doc, first)
		nationalCouncils(doc, first)
		nationals(doc, first)
		mirroredRoles(doc, first)
	}
	return nil
}

// countryOf returns the country part of an actor code, or "" for
// international and non-state roots.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch c := code[:3]; c {
	case "IGO", "NGO", "IMG", "MNC", "---", "UAF", "REB", "GOV", "MIL":
		return ""
	default:
		return c
	}
}

// FocusCountry returns the country the article is most about, judged by
// the actor and place mentions found so far, or "": the country whose
// police, courts and protesters a story means when it names no other.
func FocusCountry(doc *annals.Doc) string {
	c, _ := focusCountry(doc)
	return c
}

// focusCountry returns the country the article is most about: the one most
// often named by actors and places (the first named wins a tie), and how
// often it was named.
func focusCountry(doc *annals.Doc) (string, int) {
	first, _, n := topCountries(doc)
	return first, n
}

// mentionCountry returns the country a mention names and its weight in a
// count of the article's countries: an actor's country once, a place's
// twice, since where things happen says more about whose police and courts
// they are than who is talked about. Other mentions name none. A place the
// actor layer codes as another country at the article's date counts as
// that country, as an actor would (see datedCountry).
func mentionCountry(doc *annals.Doc, m *annals.Mention) (string, int) {
	switch m.Kind {
	case annals.ActorMention:
		return countryOf(m.Code), 1
	case annals.PlaceMention:
		if m.Via == annals.ViaRepublic {
			return "", 1 // a federation's republic: the story is the federation's
		}
		if c, covered := datedCountry(doc, m); c != "" {
			if covered {
				return "", 1 // its actor mention counts it already
			}
			return c, 1
		}
		return m.Code, 2
	}
	return "", 1
}

// datedCountry returns the country the actor layer gives a place that it
// codes as a country (not a capital) other than the place's own: the
// gazetteer scores "the Soviet Union" as Russia, the country that holds
// its seat, and "Yugoslavia" as Serbia, while the actor layer codes them
// SUN and YUG until those states ended. The place is looked up by its own
// words (covered is then true: the actor mention counts it already) or,
// for words the actor layer leaves alone (a headline's "USSR"), by
// another mention of the same place in the article that it codes. Such a
// place counts as the actor's country, once, so that one state is not
// counted as two, nor more heavily than other parties named. It returns
// "" where the actor layer codes no other country.
func datedCountry(doc *annals.Doc, m *annals.Mention) (code string, covered bool) {
	if !formerSeatSet.Has(m.Code) {
		return "", false // the common case, without a scan of the article's mentions
	}
	for i := range doc.Mentions {
		p := &doc.Mentions[i]
		if p.Kind != annals.PlaceMention || p.Name != m.Name || p.Code != m.Code {
			continue
		}
		if c := coveringCountry(doc, p); c != "" {
			if p == m {
				return c, true
			}
			code = c
		}
	}
	return code, false
}

// formerSeats are the place codes the gazetteer gives former states the
// actor layer dates: the Soviet Union is scored as Russia, Czechoslovakia
// as the Czech Republic, Yugoslavia as Serbia, East Germany as Germany
// (where/countries.tsv). Only these can name another country in the
// actor layer, so only these need datedCountry's scan.
var formerSeats = map[string]bool{"RUS": true, "CZE": true, "SRB": true, "DEU": true}

// coveringCountry returns the country of a country actor mention (not a
// capital) over the words of place mention m, when it differs from the
// place's, or "". The actor's words may take the article the place leaves
// out: "the Soviet Union".
func coveringCountry(doc *annals.Doc, m *annals.Mention) string {
	for i := range doc.Mentions {
		a := &doc.Mentions[i]
		if a.Kind != annals.ActorMention || a.Tokens.End != m.Tokens.End || a.Part != m.Part ||
			a.Tokens.Start > m.Tokens.Start || a.Tokens.Start < m.Tokens.Start-1 ||
			a.Type != "COUNTRY" || a.Capital || a.Implied {
			continue
		}
		if c := countryOf(a.Code); c != "" && c != m.Code {
			return c
		}
	}
	return ""
}

// topCountries returns the two countries most often named by actors and
// places (headline and lead counting thrice, places twice; the first named
// wins a tie) and the count of the first.
func topCountries(doc *annals.Doc) (first, second string, n int) {
	// An article names a few countries: their weights in a short list,
	// in the order first named, cost less than a map made per call.
	var buf [16]countryWeight
	counts := buf[:0]
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		c, w := mentionCountry(doc, m)
		if c == "" || ownNamedFirm(doc.Tokens, m) || affairName(doc, m) {
			continue
		}
		if leadSentence(doc, m.Tokens.Start) {
			w *= 3 // the headline and lead say what the story is about
			if inTitle(doc, m.Tokens.Start) {
				w *= 3 // the headline most of all: it outweighs any one lead place
			}
		}
		k := 0
		for k < len(counts) && counts[k].code != c {
			k++
		}
		if k == len(counts) {
			counts = append(counts, countryWeight{code: c})
		}
		counts[k].n += w
	}
	top, runner := -1, -1
	for k := range counts {
		if counts[k].n > 0 && (top < 0 || counts[k].n > counts[top].n) {
			top = k
		}
	}
	for k := range counts {
		if k != top && counts[k].n > 0 && (runner < 0 || counts[k].n > counts[runner].n) {
			runner = k
		}
	}
	if top >= 0 {
		first, n = counts[top].code, counts[top].n
	}
	if runner >= 0 {
		second = counts[runner].code
	}
	return first, second, n
}

// countryWeight is a country code and the weight of its mentions.
type countryWeight struct {
	code string
	n    int
}

// leadSentence reports whether token t lies in the article's headline or
// its first sentence of text.
func leadSentence(doc *annals.Doc, t int) bool {
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if t >= s.Tokens.Start && t < s.Tokens.End {
			return true
		}
		if !s.Title {
			return false
		}
	}
	return false
}

// contextualise gives role words that name no country of their own ("police
// arrested", "the judge", "protesters") the country the article is about, as
// an analyst reading the whole story would, and makes them actors. Their
// mentions say so (Via "context").
func contextualise(doc *annals.Doc, first int) {
	focus, other, _ := topCountries(doc)
	if focus == "" {
		return
	}
	debt := newDebtStory(doc)
	stories := digestStories(doc)
	docFocus, docOther := focus, other
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		focus, other = docFocus, docOther
		if c := storyFocus(doc, stories, m.Tokens.Start); c != "" {
			// "BELFAST - ... guerrillas attacked": in a digest of short
			// stories the role word belongs to its own story's country.
			focus, other = c, ""
		}
		// Reporters and journalists are rarely of the country a story is about.
		if m.Kind != annals.AgentMention || len(m.Code) != 3 || m.Code == "MED" {
			continue
		}
		// "The spokeswoman added": a definite title refers back to a person;
		// the entity stage resolves it (and codes it from that person).
		if m.Role != "" && m.Type != "PERSON" && m.Tokens.Start < len(doc.Tokens) && doc.Tokens[m.Tokens.Start].Norm == "the" {
			continue
		}
		if m.Code == "BUS" && (foreignFirm(doc, m) || creditorBanks(doc, first, m, &debt) || debtorsLenders(doc, first, m, &debt) || internationalBank(doc, first, i) || internationalBankOfficer(doc, first, i)) {
			continue
		}
		if c := firmsInPlace(doc, m); c != "" && m.Code == "BUS" {
			m.Kind, m.Code, m.Via = annals.ActorMention, c+m.Code, "context" // "banks in New York": America's
			continue
		}
		if manyCountries(doc, m) || pluralCentralBanks(doc, first, i) {
			continue
		}
		if c := bodyWordOwner(doc, first, i); c != "" {
			m.Kind, m.Code, m.Via = annals.ActorMention, c, "context" // "council president Darwin E. Stolte": the council's
			continue
		}
		if m.Code == "GOV" && privateBodyOfficer(doc, i) {
			m.Code = "BUS" // "an association spokesman": the trade body's, of the country the rules below give
		}
		if ok, role, last := officerOfBody(doc, m); ok {
			// "representatives of the U.S. livestock industry": the body's.
			if c := bodyOwner(doc, i, role, last); c != "" {
				m.Kind, m.Code, m.Via = annals.ActorMention, c, "context"
			}
			continue
		}
		if c := conjunctOwner(doc, first, i); c != "" {
			m.Kind, m.Code, m.Via = annals.ActorMention, c, "context"
			continue
		}
		if c := namedFirmBefore(doc, first, i); c != "" {
			m.Kind, m.Code, m.Via = annals.ActorMention, c, "context" // "Continental Grain Co of the United States ... the company"
			continue
		}
		if c := ownerFirm(doc, first, i); c != "" {
			m.Kind, m.Code, m.Via = annals.ActorMention, c, "context" // "its foreign exchange department": the firm's
			continue
		}
		owner := ownerCountry(doc, first, i)
		if owner == "" && manyStates(doc, first, i) {
			continue // "Sixteen governments signed": several states', not the story's
		}
		if owner == "" && m.Name == "diplomat" && strings.HasSuffix(doc.Tokens[m.Tokens.End-1].Norm, "s") {
			// "diplomats said", "the diplomats were meeting": unnamed
			// diplomats are the wire's sources, of many states or of
			// none it names; neither the story's country nor the other.
			continue
		}
		m.Kind = annals.ActorMention
		if c := owner; c != "" {
			m.Code = c + m.Code // "Iraq said its troops had killed": Iraq's troops
			m.Via = "context"
			continue
		}
		if focus != "USA" && washingtonOffice(doc, m) {
			m.Code, m.Via = "USA"+m.Code, "context" // "Commerce officials" in a story about Canada: Washington's
			continue
		}
		if focus != "USA" && washingtonDepartment(doc, m) {
			m.Code, m.Via = "USA"+m.Code, "context" // "the Commerce Department said" in a story about Japan
			continue
		}
		if c, skip := mpsAbroad(doc, m, focus, other); skip {
			m.Kind = annals.AgentMention
			continue
		} else if c != "" {
			m.Code, m.Via = c+m.Code, "context" // "influential MPs" in a story about Japan: Britain's
			continue
		}
		if c := congressAbroad(doc, m, focus); c != "" {
			m.Code, m.Via = c+m.Code, "context" // "ask Congress" in a Canadian story: Washington's
			continue
		}
		if c := usCongress(doc, m, focus); c != "" {
			// "Abe met Senate and Democratic leaders" in a story about
			// Japan: the US Senate, not a Japanese one.
			m.Code, m.Via = c+m.Code, "context"
			continue
		}
		m.Code = focus + m.Code
		if m.Name == "diplomat" && other != "" {
			// "urged the embassy to reconsider": a mission with no country
			// of its own in a story set in one country is the other
			// country's, the one named most after it.
			m.Code = other + m.Code[3:]
		}
		m.Via = "context"
	}
}

// longOffice finds a state office named by a run of capitalised words, some
// joined by "and", after a country's possessive ending at token aend:
// "Tanzania's Agriculture and Livestock Development Minister", "Turkey's
// European Affairs Minister". The modifier walk takes lower-case words and
// one capitalised word before the head, so without it the office lost its
// country and took the story's. It returns where the role word starts, or
// 0: the run must be free of punctuation and digits, and the office a
// state's (GOV), so that a firm's officer gives nothing.
func (r *Recognizer) longOffice(toks []annals.Token, aend, end int) int {
	if r.imported() || aend >= end || toks[aend].Tag != annals.POS {
		return 0
	}
	for k := aend + 1; k < end && k-aend <= 7; k++ {
		t := &toks[k]
		if t.Norm != "and" && (t.Flags&annals.Cap == 0 || t.Flags&(annals.Punct|annals.Digit) != 0) {
			return 0
		}
		if k > aend+1 && toks[k-1].Norm != "and" {
			if _, g := r.dict.MatchAgent(toks, k); g != nil && g.Code == "GOV" {
				return k
			}
		}
	}
	return 0
}

// conjunctOwner returns the code of a bare role word joined by "and" to a
// group actor that has a role of its own: "Canadian officials and
// businessmen" are Canadian businessmen, "EC officials and diplomats" both
// the EC's. A bare country before "and" gives nothing ("between Britain and
// officials" names two parties); people share a body only when they share
// an office ("EC farm commissioner Andriessen and industry commissioner
// Narjes", but not "Secretary of State George Shultz and Foreign Minister
// Vahit Halefoglu", who serve two states). It returns "" when no such actor
// stands right before the "and".
func conjunctOwner(doc *annals.Doc, first, i int) string {
	m := &doc.Mentions[i]
	a := m.Tokens.Start - 1
	if a < 1 || doc.Tokens[a].Norm != "and" || doc.SentenceOf(a-1) != doc.SentenceOf(m.Tokens.Start) {
		return ""
	}
	for j := first; j < len(doc.Mentions); j++ {
		p := &doc.Mentions[j]
		if p.Kind != annals.ActorMention || p.Tokens.End != a || len(p.Code) < 6 {
			continue
		}
		if (m.Type == "PERSON" || p.Type == "PERSON") && (m.Type != p.Type || m.Role == "" || m.Role != p.Role) {
			continue // two people of one body hold the same office
		}
		switch root := p.Code[:3]; root {
		case "IGO", "NGO", "IMG":
			return p.Code
		}
		if c := countryOf(p.Code); c != "" {
			return c + m.Code
		}
	}
	return ""
}

// currency words after a country name make it a currency, not an actor:
// "Swiss francs", "Kenyan shillings", "Dutch guilders".
var currency = map[string]bool{
	"dollar": true, "dollars": true, "dlr": true, "dlrs": true, "$": true, "cents": true,
	"pound": true, "pounds": true, "euro": true, "euros": true, "yen": true, "yuan": true,
	"rupees": true, "rupee": true, "franc": true, "francs": true, "guilder": true,
	"guilders": true, "peso": true, "pesos": true, "lira": true, "lire": true,
	"shilling": true, "shillings": true, "schilling": true, "schillings": true,
	"rand": true, "dinar": true, "dinars": true, "riyal": true, "riyals": true,
	"ringgit": true, "baht": true, "rupiah": true, "escudo": true, "escudos": true,
	"peseta": true, "pesetas": true, "drachma": true, "drachmas": true, "cruzado": true,
	"cruzados": true, "naira": true, "kwacha": true, "zloty": true, "zlotys": true,
	"forint": true, "forints": true, "dirham": true, "dirhams": true, "krona": true,
	"kronor": true, "krone": true, "kroner": true, "rouble": true, "roubles": true,
	"ruble": true, "rubles": true,
}

// currencyNouns are currency words that are verbs too ("Japan marks the
// anniversary"): only a noun after the country is the currency ("the West
// German mark").
var currencyNouns = map[string]bool{"mark": true, "marks": true}

// modifier reports whether a token may stand between an actor and a role
// word: "Afghanistan's new authorities", "the Taliban's acting foreign minister".
func modifier(t *annals.Token) bool {
	switch t.Tag {
	case annals.JJ, annals.VBG, annals.VBN, annals.RB, annals.CD, annals.POS:
		return true
	}
	switch t.Norm {
	case "'s", "'", "top", "senior", "former", "acting", "deputy", "interim", "new", "chief", "lead", "special", "own":
		return true
	}
	return false
}

func (r *Recognizer) sentence(doc *annals.Doc, si, start, end int, date int32, seen *namesSeen) {
	toks := doc.Tokens[:end]
	if allCaps(toks[start:end]) && !r.imported() {
		if doc.Sentences[si].Title {
			r.capsCountries(doc, start, end, date)
		}
		return // shouting headlines match acronyms everywhere; code the body
	}
	plainRuns := !r.imported()
	for i := start; i < end; {
		// asked says the plain run stopped at a word that BeginsAt says
		// may begin a name: begins is that answer, which the body below
		// needs for the same token (j is i, the word being no "the"),
		// so it is not read twice.
		begins, asked := dict.Begins(0), false
		if plainRuns {
			// Most tokens are plain: no actor or role word begins at
			// them, and they have no capital, are neither "the" (which
			// the body looks past) nor "<" (a ticker's) and are not
			// hyphenated. With annals' own dictionaries the body would
			// only step over them; NextName steps over them in one loop.
			i, begins = r.dict.NextName(toks, i, end, annals.Cap|annals.Hyphen)
			asked = begins != 0
			if i == end {
				break
			}
		}
		// Skip a determiner but keep it in the span ("The Taliban").
		spanStart := i
		j := i
		if toks[j].Norm == "the" && j+1 < end {
			j++
		}
		// "MSF Arnor": NGOARN. Only an imported dictionary has prefix
		// agents; the test here spares annals' own every token's call.
		var prefix *dict.Agent
		if r.imported() {
			var pj int
			if prefix, pj = r.prefixAgent(toks, j, end); prefix != nil {
				j = pj
			}
		}
		if !asked || j != i {
			begins = r.dict.BeginsAt(&toks[j])
		}
		if begins&(dict.BeginsActor|dict.BeginsAgent) == 0 && toks[j].Flags&annals.Cap == 0 && toks[j].Norm != "<" {
			// Most tokens: no actor or role word begins here, and the
			// tests below for a ticker, a firm or "the West" each want a
			// capital or a "<". Only a hyphenated word is left to look at.
			if toks[i].Flags&annals.Hyphen != 0 {
				r.hyphenated(doc, si, i, date)
			}
			i++
			continue
		}
		aend, a := j, (*dict.Actor)(nil)
		if begins&dict.BeginsActor != 0 {
			aend, a = r.dict.MatchActor(toks, j)
		}
		if a != nil && r.partyNameTail(toks, start, j, aend, a, date) {
			a = nil // "Social Democratic Party": another country's party, not America's
		}
		if a == nil && !r.imported() {
			from := start
			if n := len(doc.Mentions); n > 0 && doc.Mentions[n-1].Tokens.End > from {
				from = doc.Mentions[n-1].Tokens.End
			}
			if toks[j].Norm == "<" {
				if span, code, ok := r.tickerFirm(toks, start, mentionsEnd(doc, start, j), j, end); ok {
					// "Toshiba Corp <TSBA.T>": a firm listed in Tokyo.
					nm, _, _ := doc.Span(span)
					doc.Mentions = append(doc.Mentions, annals.Mention{Kind: annals.ActorMention, Tokens: span, Name: nm, Code: code, Entity: -1, Type: "ORG"})
					i = span.End
					continue
				}
			}
			// firmOf's first tests, made here: most tokens fail them and
			// are spared the call.
			if toks[j].Flags&annals.Cap != 0 && j != from {
				if span, code, ok := r.firmOf(toks, from, j, end, date); ok {
					// "<Southern Cross Ltd> of Colorado": an American firm.
					nm, _, _ := doc.Span(span)
					doc.Mentions = append(doc.Mentions, annals.Mention{Kind: annals.ActorMention, Tokens: span, Name: nm, Code: code, Entity: -1, Type: "ORG"})
					i = span.End
					continue
				}
				if span, code, ok := formFirm(toks, start, from, j, end); ok {
					// "<Airod Sdn Bhd> said": a Malaysian firm.
					nm, _, _ := doc.Span(span)
					doc.Mentions = append(doc.Mentions, annals.Mention{Kind: annals.ActorMention, Tokens: span, Name: nm, Code: code, Entry: formFirmEntry, Entity: -1, Type: "ORG"})
					i = span.End
					continue
				}
			}
		}
		if a == nil && !r.imported() && theWest(toks, i, j, end) {
			doc.Mentions = append(doc.Mentions, annals.Mention{Kind: annals.ActorMention, Tokens: annals.Range{Start: spanStart, End: j + 1}, Name: "the West", Code: "WST", Entity: -1, Type: "COUNTRY"})
			i = j + 1
			continue
		}
		if a == nil {
			// A role word on its own, or one that precedes an actor or a person.
			gend, g := j, (*dict.Agent)(nil)
			if begins&dict.BeginsAgent != 0 {
				gend, g = r.dict.MatchAgent(toks, j)
			}
			if g != nil && (r.stanceNoun(toks, j, gend, end) || r.stanceOpposition(toks, j, gend, end)) {
				i = gend // "expressed opposition to the merger": a stance, no party
				continue
			}
			if g != nil && r.officialAdjective(toks, j, gend, end) {
				i = gend // "the official Soviet news agency Tass": the agency is the actor
				continue
			}
			if g != nil {
				g, gend = r.sectorOffice(toks, g, j, gend, end) // "Industry Secretary": GOV
			}
			if g != nil && r.privateCounsel(toks, g, j, gend) {
				g = nil // "WPPSS attorney Ron English": a lawyer, no judiciary
			}
			// A role word before a noun modifies it: "official statement",
			// "police violence", "military operation"; not a noun of time
			// (roleBeforeDay).
			if g != nil && gend < end && (toks[gend].Tag == annals.NN || toks[gend].Tag == annals.NNS) && toks[gend-1].Tag != annals.NNS && toks[gend].Flags&annals.Cap == 0 && !r.roleBeforeDay(toks, start, j, gend) && !r.roleModifiesNoun(toks, gend, end) {
				g, gend = r.firmOfficer(toks, g, gend)
			}
			if g != nil && !r.imported() && unionInName(toks, j, gend, end) {
				g = nil // "Union Carbide", "First Union Bank": a firm, no labour union
			}
			if g != nil && toks[j].Tag != annals.VB && !toks[j].Tag.IsVerb() {
				// "President Vladimir Putin", "Secretary-General Antonio Guterres".
				if pend, p := r.dict.MatchActor(toks, gend); p != nil && p.Type == "PERSON" {
					r.add(doc, annals.Mention{Kind: annals.ActorMention, Tokens: annals.Range{Start: spanStart, End: pend}}, p, date, nil)
					i = pend
					continue
				}
				if !r.imported() && firmTitle(toks, j, gend, end) {
					bus := *g
					bus.Code = "BUS" // "its president and chief operating officer": a firm's
					g = &bus
				}
				m := annals.Mention{
					Kind: annals.AgentMention, Tokens: annals.Range{Start: spanStart, End: gend},
					Name: g.Name, Code: g.Code, Entry: g.Entry, Entity: -1, Role: g.RoleText,
				}
				// "Foreign Secretary Dominic Raab": a titled person nobody
				// listed; after "brokerage firm" the name is the firm's.
				if pend, ok := r.titledName(toks, gend, end); ok && !firmNoun(&toks[gend-1]) {
					m.Tokens.End = pend
					m.Type = "PERSON"
					m.Name, _, _ = doc.Span(annals.Range{Start: gend, End: pend})
					if code := bodyOfTitle(doc, start, spanStart); code != "" && !r.imported() {
						m.Kind, m.Code = annals.ActorMention, code // "MITI Vice Minister Makoto Kuroda"
					} else if !r.imported() && g.Code != "BUS" && afterFirmName(toks, start, spanStart) {
						i = pend
						continue // "American Express Co President Louis Gerstner": no state's
					}
				}
				if r.dict.NoCountry == "" && m.Type != "PERSON" {
					if code, oend := r.ownerOf(toks, m.Tokens.End, end, date); code != "" {
						// "the Prime Minister of Tunisia": Tunisia's.
						m.Kind, m.Code, m.Tokens.End = annals.ActorMention, ComposeAgent(code, g), oend
					}
				}
				if nc := r.dict.NoCountry; nc != "" {
					// PETRARCH and TABARI code a role word that names no
					// country as an actor of no country: "---GOV", or a
					// prefix agent's own code ("NGO"); one followed by
					// "of" or "in" and an actor belongs to it ("activists in
					// Arnor" is ARNOPP).
					m.Kind = annals.ActorMention
					if code := r.ofActor(toks, m.Tokens.End, end, date); code != "" {
						m.Code = ComposeAgent(code, g)
					} else if code := r.listCountry(doc, m.Tokens.Start, date); code != "" {
						m.Code = composeList(code, g) // "Danish media and government"
					} else if !g.Prefix {
						m.Code = nc + g.Code
					}
				}
				doc.Mentions = append(doc.Mentions, m)
				i = m.Tokens.End
				continue
			}
			if toks[i].Flags&annals.Hyphen != 0 {
				r.hyphenated(doc, si, i, date)
			}
			i++
			continue
		}
		if r.otherPerson(toks, start, j, aend, a, seen) {
			i = aend // "Mario Branco Peres": someone else than Shimon Peres
			continue
		}
		if aend < end && (aend == j+1 && toks[aend].Tag == annals.SYM && toks[aend].Start == toks[j].End || (aend == j+1 || a.Type == "COUNTRY") && (currencySet.Has(toks[aend].Norm) || currencyNounSet.Has(toks[aend].Norm) && toks[aend].Tag.IsNoun())) {
			i = aend // "US$", "US dollars", "the West German mark": a currency, not an actor
			continue
		}
		if !r.imported() && (regionPrefix(toks, j, start, a) || namesAffair(toks, aend, end, a) || firmPlace(toks, j, aend, start, end)) {
			i = aend
			continue
		}
		if a.Kind == "capital" && !r.imported() && aend-j == 1 {
			if gend := capitalGovernment(toks, aend, end); gend > 0 {
				// "the leftist Managua government": the state whose seat it is.
				r.add(doc, annals.Mention{Kind: annals.ActorMention, Tokens: annals.Range{Start: spanStart, End: gend}}, a, date, nil)
				i = gend
				continue
			}
		}
		if a.Kind == "capital" && aend < end && (toks[aend].Tag == annals.NN || toks[aend].Tag == annals.NNS) && aend-j == 1 && !(dayAdverbs[toks[aend].Norm] && j > start && (toks[j-1].Tag == annals.IN || toks[j-1].Tag == annals.TO)) {
			i = aend // "a Kabul car bombing": the city names a place, not the government
			continue
		}
		m := annals.Mention{Kind: annals.ActorMention, Tokens: annals.Range{Start: spanStart, End: aend}}
		if !r.imported() {
			if fend, role, ok := r.placeNamedFirm(toks, aend, end, a); ok {
				// "the London Metal Exchange", "the Jakarta Post": a market or a newspaper.
				i = r.addPlaceNamedFirm(doc, m, a, date, fend, role)
				continue
			}
		}
		if !r.imported() && a.Type == "COUNTRY" {
			if nend, role, ok := r.nationalBodyAfter(toks, spanStart, j, aend, end); ok {
				// "the American Soybean Association", "British Sugar Plc": no state.
				i = r.addBody(doc, m, a, date, nend, role)
				continue
			}
			if bend, b, ok := r.ownInstitution(toks, aend, end, a, date); ok {
				// "Britain's Export Credits Guarantee Department": the body.
				m.Tokens.End = bend
				r.add(doc, m, b, date, nil)
				i = bend
				continue
			}
		}
		roleText := ""
		var agent *dict.Agent
		var more []*dict.Agent // further role words (imported dictionaries)
		// Actor + modifiers + agent: "Afghan police", "EU envoys".
		// The role word is tried before each modifier is skipped, so "US
		// special forces" finds "special forces", not "forces".
		k := aend
		gend, g := r.dict.MatchAgent(toks, k)
		for n := 0; g == nil && k < end && n < r.maxModifiers() && (modifier(&toks[k]) || possessedNoun(toks, aend, k) || r.joinedModifier(toks, k, end) || r.fieldNoun(&toks[k]) || r.partyName(toks, aend, k)); n++ {
			if r.partyName(toks, aend, k) && k-aend < 6 {
				n-- // a party's name is one word however long: "ruling Liberal Democratic Party"
			}
			k++
			gend, g = r.dict.MatchAgent(toks, k)
		}
		if g != nil {
			g, gend = r.sectorOffice(toks, g, k, gend, end) // "British Industry Secretary"
		}
		if g != nil && g.Code == "OPP" && !r.imported() && ruling(toks, aend, k) {
			// "Britain's ruling Conservative Party": the party in power.
			gov := *g
			gov.Code, gov.RoleText = "GOV", "ruling party"
			g = &gov
		}
		if g != nil && g.Code == "BUS" && !r.imported() && stateOwned(toks, aend, gend) {
			// "Indonesia's state oil company": the state's, as in firmAfter.
			gov := *g
			gov.Code = "GOV"
			g = &gov
		}
		if g != nil && !r.imported() && toks[gend-1].Tag.IsVerb() {
			// "The Soviet Union accused Japan": a role word the tagger
			// reads as the verb ("accused", "suspect") is no agent.
			g = nil
		}
		if g == nil && a.Type == "COUNTRY" && k == aend {
			if sg := r.sharedAgent(toks, aend, end); sg != nil {
				// "Indian and Australian businessmen": India's firms too.
				agent = sg
			}
		}
		if g == nil && agent == nil && a.Type == "COUNTRY" {
			if lg := r.listedNoun(doc, spanStart, aend, end); lg != nil {
				// "Algerian and Spanish producers": Spain's firms.
				agent, roleText = lg, lg.RoleText
				m.Tokens.End = aend + 1
			}
		}
		if g == nil && !r.imported() && a.Type == "COUNTRY" {
			if bend, ok := r.bodyAfter(toks, aend, end); ok {
				// "Japan's Fair Trade Commission": the state's body. A role
				// word found first keeps its role ("U.S. Defence Department").
				i = r.addBody(doc, m, a, date, bend, "GOV")
				continue
			}
			if tend, ok := r.tradeBodyAfter(toks, aend, end); ok {
				// "Canadian Forest Industry Council": the country's firms' body.
				i = r.addBody(doc, m, a, date, tend, "BUS")
				continue
			}
			if fend, role, ok := r.firmAfter(toks, spanStart, j, aend, end); ok {
				// "French state-owned aluminium group Pechiney": the country's firm.
				i = r.addBody(doc, m, a, date, fend, role)
				continue
			}
			if k2 := r.longOffice(toks, aend, end); k2 > 0 {
				// "Tanzania's Agriculture and Livestock Development Minister".
				gend, g = r.dict.MatchAgent(toks, k2)
			} else if jg, jend := r.jointPortfolio(toks, aend, end); jg != nil {
				gend, g = jend, jg // "British Trade and Industry Secretary"
			}
		}
		if g != nil {
			roleText = g.RoleText
			agent = g
			m.Tokens.End = gend
			// "UN Secretary-General Antonio Guterres": the person is the actor.
			if pend, p := r.dict.MatchActor(toks, gend); p != nil && p.Type == "PERSON" {
				m.Tokens.End = pend
				a, agent = p, nil
			} else if pend, ok := r.titledName(toks, gend, end); ok {
				// An unknown person with a title: affiliated with the actor.
				m.Tokens.End = pend
				m.Type = "PERSON"
			} else if pend, ok := r.postedName(toks, g, gend, end); ok {
				m.Tokens.End = pend // "Portuguese Ambassador to Peking Octavio Valerio"
				m.Type = "PERSON"
			} else {
				more, m.Tokens.End = r.moreAgents(toks, gend, end)
			}
		}
		n := len(doc.Mentions)
		r.add(doc, m, a, date, agent)
		if len(doc.Mentions) > n {
			pm := &doc.Mentions[len(doc.Mentions)-1]
			if roleText != "" {
				pm.Role = roleText
			}
			if c := r.blocAgentCode(toks, pm, agent); c != "" {
				pm.Code = c // "EC business leaders": the region's firms, not the bloc
			}
			pm.Code = stack(pm.Code, more)
			if prefix != nil {
				pm.Code = ComposeAgent(pm.Code, prefix)
			}
		}
		i = m.Tokens.End
	}
}

// ofActor returns the code of the actor named after a role word by "of",
// "in" or "from" (and "the") at token i, or "".
func (r *Recognizer) ofActor(toks []annals.Token, i, end int, date int32) string {
	if i+1 >= end {
		return ""
	}
	switch toks[i].Norm {
	case "of", "in", "from":
	default:
		return ""
	}
	i++
	if toks[i].Norm == "the" && i+1 < end {
		i++
	}
	if _, a := r.dict.MatchActor(toks, i); a != nil {
		return a.CodeAt(date)
	}
	return ""
}

// titledName returns the end of a capitalised name right after a title
// ("EU spokesperson Nabila Massrali"): two to four capitalised tokens.
func (r *Recognizer) titledName(toks []annals.Token, i, end int) (int, bool) {
	j := i
	for j < end && j-i < 4 && toks[j].Flags&annals.Cap != 0 && (toks[j].Tag == annals.NNP || toks[j].Tag == annals.NNPS) {
		if k, a := r.dict.MatchActor(toks, j); a != nil && a.Type != "PERSON" && k > j {
			break
		}
		j++
	}
	return j, j-i >= 2
}

// addBody adds the mention m of the country a, widened to end at the body
// named after it ("Japan's Fair Trade Commission", "Canadian Forest Industry
// Council", "French state-owned aluminium group Pechiney"), as an
// organisation coded the country's role: GOV for a state body, BUS for a
// trade body or a firm. It returns the token after the body.
func (r *Recognizer) addBody(doc *annals.Doc, m annals.Mention, a *dict.Actor, date int32, end int, role string) int {
	if pm := r.addWidened(doc, m, a, date, end); pm != nil {
		pm.Code = Compose(pm.Code, role)
		pm.Type = "ORG"
	}
	return end
}

// addWidened adds the mention m of actor a widened to end at token end,
// and returns it, or nil when a is no actor on the date.
func (r *Recognizer) addWidened(doc *annals.Doc, m annals.Mention, a *dict.Actor, date int32, end int) *annals.Mention {
	m.Tokens.End = end
	n := len(doc.Mentions)
	r.add(doc, m, a, date, nil)
	if len(doc.Mentions) == n {
		return nil
	}
	return &doc.Mentions[n]
}

func (r *Recognizer) add(doc *annals.Doc, m annals.Mention, a *dict.Actor, date int32, g *dict.Agent) {
	code := a.CodeAt(date)
	if code == "" {
		return // not an actor on this date
	}
	if g != nil {
		code = ComposeAgent(code, g)
	}
	m.Name, m.Code, m.Entry, m.Entity = a.Name, code, a.Entry, -1
	if m.Type == "" {
		m.Type = a.Type
	}
	m.Capital = a.Kind == "capital"
	doc.Mentions = append(doc.Mentions, m)
}

// hyphenated finds actors inside a hyphenated token: "EU-US", "US-led",
// "Saudi-backed".
func (r *Recognizer) hyphenated(doc *annals.Doc, si, i int, date int32) {
	t := doc.Tokens[i]
	src := doc.SourceOf(si)[t.Start:t.End]
	off := int(t.Start)
	for len(src) > 0 {
		part, rest, _ := strings.Cut(src, "-")
		if part != "" && !madeBy(rest) && !sponsorOfName(doc, i, rest) {
			var flags annals.TokFlag
			if part[0] >= 'A' && part[0] <= 'Z' {
				flags |= annals.Cap
				if len(part) > 1 && strings.ToUpper(part) == part {
					flags |= annals.AllCaps
				}
			}
			word := combiningForm(strings.ToLower(part), rest, flags) // "Sino-British" (combining_forms.go)
			if a := r.dict.MatchActorWord(word, flags); a != nil && !(a.Kind == "capital" && basedIn(rest)) {
				r.add(doc, annals.Mention{
					Kind: annals.ActorMention, Tokens: annals.Range{Start: i, End: i + 1},
					Part: annals.Range{Start: off, End: off + len(part)},
				}, a, date, nil)
			}
		}
		off += len(part) + 1
		src = rest
	}
}

// madeBy reports whether the rest of a hyphenated word after a name says
// where a thing was made: "Chinese-made missiles", "Soviet-built jets".
// The maker's country does not act in the story; "U.S.-flagged" and
// "U.S.-owned" ships and firms do stand for their country.
func madeBy(rest string) bool {
	next, _, _ := strings.Cut(rest, "-")
	switch strings.ToLower(next) {
	case "made", "built", "designed", "manufactured", "supplied":
		return true
	}
	return false
}

// allCaps reports whether a sentence is written in capitals (wire headlines).
func allCaps(toks []annals.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Flags&annals.Punct != 0 || toks[i].Tag == annals.QUOTE {
			continue
		}
		words++
		if toks[i].Flags&annals.AllCaps != 0 {
			caps++
		} else if (words-caps)*10 > 3*(words+len(toks)-1-i) {
			// Too many words in lower case for the rest to make up,
			// were every token left a word in capitals: most sentences
			// are settled in their first few words.
			return false
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// fieldNoun reports whether token t is a lower-case common noun that may
// name the field of a role word after it: "Swedish trade officials",
// "Guinean natural resources minister" are Sweden's and Guinea's officials. The
// role word must still follow, so "Japanese trade surplus" stays a
// nationality. Only for annals' own dictionaries.
func (r *Recognizer) fieldNoun(t *annals.Token) bool {
	return !r.imported() && (t.Tag == annals.NN || t.Tag == annals.NNS) && t.Flags&annals.Cap == 0
}

// regionPrefix reports whether the America or American matched at token j
// is part of a region's name: "Latin American states", "South America",
// "Central American presidents". A region is no actor, and surely not the
// United States.
func regionPrefix(toks []annals.Token, j, start int, a *dict.Actor) bool {
	if j <= start || a.Type != "COUNTRY" || !strings.HasPrefix(toks[j].Norm, "americ") {
		return false
	}
	switch toks[j-1].Norm {
	case "latin", "south", "central", "north":
		return toks[j-1].Flags&annals.Cap != 0
	}
	return false
}

// namesAffair reports whether a country's name at [.., aend) names an
// affair rather than the country: "the Iran arms scandal", "the Iran
// affair". The country is what the scandal is called after, not a party
// investigated, sold to or acting.
func namesAffair(toks []annals.Token, aend, end int, a *dict.Actor) bool {
	if a.Type != "COUNTRY" {
		return false
	}
	for k := aend; k < end && k < aend+2; k++ {
		switch toks[k].Norm {
		case "scandal", "scandals", "affair":
			return true
		}
		if toks[k].Tag != annals.NN && toks[k].Tag != annals.NNS {
			return false
		}
	}
	return false
}

// foreignFirm reports whether a business role word is marked as foreign to
// the story's country: "creditor banks", "private foreign banks",
// "international bankers". A debtor's creditors are lent from abroad; giving
// them the country the article is about makes the debtor deal with itself.
func foreignFirm(doc *annals.Doc, m *annals.Mention) bool {
	for j := m.Tokens.End - 1; j >= 0 && j >= m.Tokens.Start-3; j-- {
		switch doc.Tokens[j].Norm {
		case "creditor", "creditors", "foreign", "international", "overseas", "lender", "lenders", "multilateral", "western":
			return true
		}
		if j < m.Tokens.Start && !doc.Tokens[j].Tag.IsNoun() && doc.Tokens[j].Tag != annals.JJ {
			return false
		}
	}
	return false
}

// lenderWords name banks as lenders.
var lenderWords = map[string]bool{"banks": true, "bankers": true, "creditors": true, "lenders": true}

// debtWords mark a sentence as about a borrower's debt.
var debtWords = map[string]bool{
	"debt": true, "debts": true, "loan": true, "loans": true, "creditor": true, "creditors": true,
	"lenders": true, "reschedule": true, "rescheduling": true, "rescheduled": true, "refinancing": true,
	"rollover": true, "advisory": true, "moratorium": true, "repayment": true, "repayments": true,
}

// creditorBanks reports whether a bare "banks" or "bankers" (no country of
// its own) stands in a sentence about a state's debt: "Brazil's talks with
// the banks on rescheduling its debt", "the banks agreed to reschedule
// Mexico's debt". A sovereign debtor borrows from banks abroad, so the
// country the story is about is the wrong one to give them; left without a
// country they are coded as no actor.
//
// In a story about a debtor and its creditors (debtStory) the bare
// word is a creditor wherever it stands: "Gros met senior commercial
// bankers", "the authorities have opened negotiations with commercial
// banks" name no debt, yet the banks are the lenders abroad all the same.
func creditorBanks(doc *annals.Doc, first int, m *annals.Mention, debtStory *debtStory) bool {
	if m.Tokens.End == 0 || !lenderSet.Has(doc.Tokens[m.Tokens.End-1].Norm) {
		return false
	}
	if debtStory.sovereign() {
		return true
	}
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	debt := false
	for j := s.Start; j < s.End && !debt; j++ {
		debt = debtWordSet.Has(doc.Tokens[j].Norm)
	}
	if !debt {
		return false
	}
	// The debtor is a state named in the sentence: a country or its government.
	for k := first; k < len(doc.Mentions); k++ {
		p := &doc.Mentions[k]
		if p.Kind != annals.ActorMention || p.Tokens.Start < s.Start || p.Tokens.Start >= s.End || p.Via != "" {
			continue
		}
		if countryOf(p.Code) != "" && (len(p.Code) == 3 || p.Code[3:] == "GOV") {
			return true
		}
	}
	return false
}

// abroadWords, before a role word, mark its holders as of other
// countries than the story's, or of many: "foreign governments", "donor
// governments", "allied leaders", "world leaders".
var abroadWords = map[string]bool{
	"foreign": true, "donor": true, "allied": true, "world": true, "international": true,
	"western": true, "member": true, "multilateral": true,
}

// nationsWords, in an "of" or "from" phrase after a role word, name many
// countries: "finance ministers from African countries", "representatives
// of member states", "central banks of major industrialised nations".
var nationsWords = map[string]bool{
	"countries": true, "member": true, "nations": true, "governments": true,
	"europe": true, "africa": true, "asia": true,
}

// manyCountries reports whether a role word with no country of its own
// names officials of many countries or of others than the story's: a
// marker before it ("foreign governments", "donor governments") or many
// nations after it ("finance ministers from African countries",
// "counterparts from Europe and Japan", "delegations from Third World
// countries"). Giving them the country the story is about makes "Ecuador
// appealed for aid from about 40 foreign governments" an appeal to
// itself; left without a country they are no actor.
func manyCountries(doc *annals.Doc, m *annals.Mention) bool {
	toks := doc.Tokens
	if m.Tokens.End == 0 || m.Code == "BUS" || m.Code == "MED" {
		return false
	}
	if j := m.Tokens.Start - 1; j >= 0 && abroadSet.Has(toks[j].Norm) && !strings.HasSuffix(m.Name, "minister") && !strings.HasSuffix(m.Name, "ministry") {
		return true
	}
	if j := m.Tokens.Start - 1; j >= 1 && toks[j].Norm == "american" && toks[j-1].Flags&annals.Cap != 0 {
		switch toks[j-1].Norm {
		case "latin", "central", "south":
			return true // "Latin American leaders": a region's, not one state's
		}
	}
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	k := m.Tokens.End
	if k >= s.End || toks[k].Norm != "of" && toks[k].Norm != "from" {
		return false
	}
	for j := k + 1; j < s.End && j <= k+7; j++ {
		if toks[j].Tag == annals.COMMA || toks[j].Tag.IsVerb() {
			return false
		}
		if nationsWords[toks[j].Norm] {
			return true
		}
	}
	return false
}

// creditorWords mark a story about a debtor and its creditors.
var creditorWords = map[string]bool{
	"creditor": true, "creditors": true, "reschedule": true, "rescheduling": true, "rescheduled": true,
	"debtor": true, "debtors": true, "moratorium": true, "rollover": true, "refinancing": true,
}

// minCreditorWord and maxCreditorWord bound the lengths of creditorWords,
// so that most tokens are passed over without a lookup
// (TestCreditorWordLengths keeps them true).
const minCreditorWord, maxCreditorWord = 6, 12

// creditorFirst holds the first bytes of creditorWords, a second test
// before the lookup for the tokens of their lengths.
var creditorFirst = func() (first [256]bool) {
	for w := range creditorWords {
		first[w[0]] = true
	}
	return first
}()

// namesState reports whether a state, a country itself or its
// government, is among an article's actors: a debt story is a state's,
// where a firm's talks with its banks are not.
func namesState(doc *annals.Doc) bool {
	for i := range doc.Mentions {
		p := &doc.Mentions[i]
		if p.Kind == annals.ActorMention && countryOf(p.Code) != "" && (len(p.Code) == 3 || p.Code[3:] == "GOV") {
			return true
		}
	}
	return false
}

// debtStory answers whether an article is about a debtor and its
// creditors: two or more of creditorWords, and a state among its actors
// (so a firm's talks with its banks stay a firm's). Two words, not one: a
// single "creditor" in trade news is a country's standing, not a story of
// rescheduled debt.
//
// The state is looked for when the article's debtStory is made, before
// contextualise makes role words actors; the words, a pass over every
// token, are counted at the first question, which only a bare "banks"
// or "bankers" asks (creditorBanks): most articles have none, and the
// answer is the same whenever it is asked, since tokens do not change.
type debtStory struct {
	doc                  *annals.Doc
	state, counted, debt bool
	// talksRead and talksWords hold talks' word pass, made at most once.
	talksRead, talksWords bool
}

// newDebtStory starts the debt question of doc, its state looked for now.
func newDebtStory(doc *annals.Doc) debtStory {
	return debtStory{doc: doc, state: namesState(doc)}
}

// sovereign reports whether the article is a debt story.
func (s *debtStory) sovereign() bool {
	if !s.counted {
		s.counted, s.debt = true, s.state && twoCreditorWords(s.doc.Tokens)
	}
	return s.debt
}

// twoCreditorWords reports whether two or more of toks are creditorWords.
func twoCreditorWords(toks []annals.Token) bool {
	n := 0
	for i := range toks {
		if w := toks[i].Norm; len(w) >= minCreditorWord && len(w) <= maxCreditorWord && creditorFirst[w[0]] && creditorFilter.May(w) && creditorWords[w] {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// unionInName reports whether the role word "Union" at [j, gend) is a word
// of a proper name that runs on after it ("Union Carbide", "First Union
// Bank", "Union Pacific"): a company, not a labour union. A union named as
// such ends its name ("the Teamsters Union") or goes on with "of" ("General
// Union of Workers").
func unionInName(toks []annals.Token, j, gend, end int) bool {
	if gend != j+1 || gend >= end || toks[j].Norm != "union" || toks[j].Flags&annals.Cap == 0 {
		return false
	}
	next := &toks[gend]
	return next.Tag == annals.NNP && next.Flags&annals.Cap != 0 && next.Norm != "of"
}

// firmSuffixes end a company's name.
var firmSuffixes = map[string]bool{
	"corp": true, "corporation": true, "inc": true, "ltd": true, "limited": true,
	"co": true, "plc": true, "llc": true, "ag": true, "gmbh": true, "nv": true,
}

// firmPlace reports whether a place matched at [j, aend) belongs to a
// company's name: the seat after "Ltd of" ("Wright Engineers Ltd of
// British Columbia", "Swiss Reinsurance Co of Zurich"), or a word inside a
// name that runs on to a company suffix after another proper name
// ("Okamoto U.S.A. Inc"), also when that name opens the sentence ("Trust
// America Service Corp said"). Such a firm is no state; a place that begins a
// name ("Kuwait Petroleum Corp") may be a state's company and stays.
func firmPlace(toks []annals.Token, j, aend, start, end int) bool {
	if j-2 >= start && toks[j-1].Norm == "of" && firmSuffixes[strings.TrimSuffix(toks[j-2].Norm, ".")] {
		return true
	}
	if j-1 < start || toks[j-1].Tag != annals.NNP || j-1 == start && toks[j-1].Flags&annals.Hyphen != 0 {
		return false // "State-owned Korea Electric Power Corp" opens with no name word
	}
	for k := aend; k < end && k < aend+4; k++ {
		if firmSuffixes[strings.TrimSuffix(toks[k].Norm, ".")] {
			return true
		}
		if toks[k].Flags&annals.Cap == 0 {
			return false
		}
	}
	return false
}

// digestStories returns, for an article made of short stories that each
// open with a dateline ("BELFAST - Mourners clashed ...", "FREETOWN, Sierra
// Leone - ..."), the index of the story each paragraph belongs to, counting
// the paragraphs before the first dateline as story 0; nil when fewer than
// two paragraphs open with a dateline, as in an ordinary report.
func digestStories(doc *annals.Doc) []int {
	n := 0
	for _, p := range doc.Paragraphs {
		if datelineOpening(doc.Text[p.Start:p.End]) {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	stories := make([]int, len(doc.Paragraphs))
	cur := 0
	for i, p := range doc.Paragraphs {
		if datelineOpening(doc.Text[p.Start:p.End]) {
			cur++
		}
		stories[i] = cur
	}
	return stories
}

// maxDatelineDash is the furthest a dateline's " - " stands from the
// paragraph's start.
const maxDatelineDash = 40

// datelineOpening reports whether a paragraph opens with a dateline: a
// place in capitals, perhaps followed by a country after a comma, then
// " - ".
func datelineOpening(p string) bool {
	// Only the paragraph's opening can hold it: the search stops there
	// rather than at the first dash of the whole paragraph.
	i := strings.Index(p[:min(len(p), maxDatelineDash+len(" - "))], " - ")
	if i <= 1 || i > maxDatelineDash {
		return false
	}
	head := p[:i]
	if c := strings.IndexByte(head, ','); c >= 0 {
		head = head[:c]
	}
	run, longest := 0, 0 // a place name has a word of three capitals at least: not "U.S. - Japan"
	for k := 0; k < len(head); k++ {
		switch b := head[k]; {
		case b >= 'A' && b <= 'Z':
			run++
			longest = max(longest, run)
			continue
		case b == ' ', b == '.', b == '\'', b == '-':
		default:
			return false
		}
		run = 0
	}
	return longest >= 3 && head[0] >= 'A' && head[0] <= 'Z' // longest >= 3: head is not empty (",, Iraq - ")
}

// storyFocus returns the country most named by the actors and places of
// the digest story that token t stands in (places counting twice, the
// first named winning a tie), or "" outside a digest, in the title or the
// undated lead story, or when the story names no country.
func storyFocus(doc *annals.Doc, stories []int, t int) string {
	if stories == nil || t >= len(doc.Tokens) {
		return ""
	}
	story := func(tok int) int {
		s := &doc.Sentences[doc.SentenceOf(tok)]
		if s.Title || s.Para < 0 || s.Para >= len(stories) {
			return -1
		}
		return stories[s.Para]
	}
	want := story(t)
	if want <= 0 {
		// The title and the undated lead story before the first dateline
		// keep the article's own focus: the lead is the story the headline
		// and the digest's filing place speak for.
		return ""
	}
	counts := map[string]int{}
	best := ""
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Tokens.Start >= len(doc.Tokens) || story(m.Tokens.Start) != want {
			continue
		}
		c, w := mentionCountry(doc, m)
		if len(c) != 3 {
			continue
		}
		counts[c] += w
		if best == "" || counts[c] > counts[best] {
			best = c
		}
	}
	return best
}
