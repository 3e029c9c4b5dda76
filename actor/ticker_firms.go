package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 40: firms that say their own country. A news wire names a listed
// company with its ticker ("Toshiba Corp <TSBA.T>", "Pechiney <PUKG.PA>"),
// and the exchange the ticker is quoted on says where the firm is from.
// Such a firm is its country's business (BUS): the event coder keeps it
// only opposite a political actor, as the conventions ask, and drops its
// dealings with other firms.

// exchangeCountries maps a ticker's exchange suffix ("TSBA.T": Tokyo) to
// the country of the firms listed there.
var exchangeCountries = map[string]string{
	"n": "USA", "o": "USA", "a": "USA", "ob": "USA", "pk": "USA",
	"t": "JPN", "os": "JPN",
	"pa": "FRA", "l": "GBR", "f": "DEU", "de": "DEU", "mi": "ITA", "ma": "ESP", "mc": "ESP",
	"as": "NLD", "br": "BEL", "s": "CHE", "z": "CHE", "vx": "CHE", "st": "SWE", "co": "DNK",
	"ol": "NOR", "he": "FIN", "vi": "AUT", "to": "CAN", "v": "CAN", "m": "CAN",
	"hk": "HKG", "hkg": "HKG", "si": "SGP", "ax": "AUS", "kl": "MYS", "nz": "NZL", "j": "ZAF", "ks": "KOR",
	"tw": "TWN", "bo": "IND",
}

// tickerCountry returns the country of a ticker's exchange ("avmd.pa" is
// Paris's), or "" for an exchange not listed.
func tickerCountry(norm string) string {
	i := strings.LastIndexByte(norm, '.')
	if i < 0 {
		// "<WX>", "<SLB>": a New York listing, which foreign firms share
		// ("French-controlled Schlumberger Ltd <SLB>", "NEC Corp <NIPNY>").
		return ""
	}
	return exchangeCountries[norm[i+1:]]
}

// tickerAt reports whether tokens [i, i+3) are a ticker in angle brackets:
// one upper-case word such as "<TSBA.T>" or "<WX>". A bracketed name of
// several words ("<Airod Sdn Bhd>") is an unlisted firm's name, no ticker.
func tickerAt(toks []annals.Token, i, end int) bool {
	if i+2 >= end || toks[i].Norm != "<" || toks[i+2].Norm != ">" {
		return false
	}
	t := &toks[i+1]
	return t.Flags&annals.AllCaps != 0 && t.Tag.IsNoun() && !strings.ContainsAny(t.Norm, " '")
}

// tickerFirm recognises a firm named before its ticker at token i:
// "Avions Marcel Dassault-Breguet Aviation <AVMD.PA>" is a French firm. The
// name runs back over capitalised nouns (and "&") to the sentence's start
// (start) or the last mention, from; a name that runs on back into a
// mention ("U.S. West Inc <USW>") is left alone, and so is a possessive
// before the ticker ("Dupont Co's <DD> Conoco Inc"). It returns the span, ticker included,
// and the code.
func (r *Recognizer) tickerFirm(toks []annals.Token, start, from, i, end int) (span annals.Range, code string, ok bool) {
	if !tickerAt(toks, i, end) {
		return span, "", false
	}
	c := tickerCountry(toks[i+1].Norm)
	bare := c == "" && bareUSTicker(toks[i+1].Norm)
	if bare {
		c = "USA"
	}
	if c == "" {
		return span, "", false
	}
	s := i
	for s > from && s > i-8 && (toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Tag.IsNoun() && toks[s-1].Tag != annals.POS || toks[s-1].Norm == "&") {
		s--
	}
	if s == i || toks[s].Norm == "&" || s > start && toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Tag.IsNoun() {
		return span, "", false // "U.S. West Inc <USW>": the name runs on into an actor's
	}
	if bare && s > start && (toks[s-1].Flags&annals.Cap != 0 || toks[s-1].Tag == annals.POS) {
		return span, "", false // "French-controlled Schlumberger Ltd <SLB>": a foreign firm's New York listing
	}
	if s-1 >= start && stateWordSet.Has(toks[s-1].Norm) {
		return annals.Range{Start: s, End: i + 3}, c + "GOV", true // "state-owned Rover Group Plc <BLLL.L>"
	}
	return annals.Range{Start: s, End: i + 3}, c + "BUS", true
}

// ownNamedFirm reports whether a mention is a firm named by its own name,
// a ticker or a company suffix ending it ("Boeing Co <BA>", "Amoco Canada
// Petroleum Co Ltd"), with no country word owning it ("Japan's Toshiba
// Corp"). Such a firm says where it is listed or registered, not where the
// story happens: counting it towards the story's country made the officers
// and bankers of American takeover news a government's.
func ownNamedFirm(toks []annals.Token, m *annals.Mention) bool {
	if (m.Entry == shortNameEntry || m.Entry == formFirmEntry) && m.Kind == annals.ActorMention {
		return true // "Union Carbide" after "Union Carbide <UK>": the firm's name too
	}
	if m.Kind != annals.ActorMention || !strings.HasSuffix(m.Code, "BUS") || m.Tokens.End < 2 || m.Tokens.End > len(toks) {
		return false
	}
	last := m.Tokens.End - 1
	if !(last >= 2 && tickerAt(toks, last-2, m.Tokens.End) || firmSuffixes[strings.TrimSuffix(toks[last].Norm, ".")]) {
		return false
	}
	for k := m.Tokens.Start; k < m.Tokens.End; k++ {
		if toks[k].Tag == annals.POS || toks[k].Flags&annals.Cap == 0 && toks[k].Tag != annals.SYM && toks[k].Norm != "&" {
			return false
		}
	}
	return true
}

// basedIn reports whether the rest of a hyphenated word after a capital
// says a party is seated there: "the London-based International Stock
// Exchange", "a Tokyo-based trading house". The city is where the party
// sits, not its government.
func basedIn(rest string) bool {
	next, _, _ := strings.Cut(rest, "-")
	switch strings.ToLower(next) {
	case "based", "headquartered", "registered", "listed":
		return true
	}
	return false
}

// mentionsEnd returns the end of the last mention that ends by token j in
// a sentence opening at start, or start: a firm's name runs back no further.
// Places are found before actors, so a later place ("... to Egypt") must
// not cut a name short.
func mentionsEnd(doc *annals.Doc, start, j int) int {
	from := start
	for i := range doc.Mentions {
		if e := doc.Mentions[i].Tokens.End; e > from && e <= j {
			from = e
		}
	}
	return from
}

// ownerFirm returns the code of a firm that owns the role word of mention
// i through "its", with lower-case modifiers between ("Volkswagen
// AG <VOWG.F> said it has dismissed the head of its foreign exchange
// department"): the last actor named before it in the sentence, when that
// is a firm named as one (BUS, an organisation). A firm's department or
// officers are the firm's, not the government of the story's country. It
// returns "" otherwise. Mentions from index first on are this run's, in
// text order.
func ownerFirm(doc *annals.Doc, first, i int) string {
	m := &doc.Mentions[i]
	t := m.Tokens.Start
	k := t - 1
	for k > t-4 && k >= 0 && doc.Tokens[k].Flags&annals.Cap == 0 && (doc.Tokens[k].Tag == annals.JJ || doc.Tokens[k].Tag == annals.NN) {
		k--
	}
	if k < 0 || doc.Tokens[k].Norm != "its" || m.Name == "government" {
		return "" // "exporters ... urging their government": their country's
	}
	s := doc.Sentences[doc.SentenceOf(t)].Tokens
	for j := i - 1; j >= first; j-- {
		p := &doc.Mentions[j]
		if p.Tokens.Start < s.Start {
			break
		}
		if p.Kind != annals.ActorMention || p.Tokens.End > k {
			continue
		}
		if p.Type == "ORG" && len(p.Code) == 6 && p.Code[3:] == "BUS" && countryOf(p.Code) != "" {
			return p.Code
		}
		return ""
	}
	return ""
}

// firmNoun reports whether a role word's head names a firm, so that a
// capitalised name after it is the firm's, not a titled person's:
// "brokerage firm Merrill Lynch", "brokerage house Hoare Govett Ltd".
func firmNoun(t *annals.Token) bool {
	switch lemma(t) {
	case "firm", "house", "company", "corporation", "bank", "institution":
		return true
	}
	return false
}

// tradeHeads end the name of a trade body: "Canadian Forest Industry
// Council", "American Petroleum Institute".
var tradeHeads = map[string]bool{
	"association": true, "council": true, "federation": true, "confederation": true,
	"chamber": true, "institute": true,
}

// tradeWords, in a name that ends with a trade head, say its members are
// firms or traders, not states, scholars or citizens: "Semiconductor
// Industry Association"; "Japan Foreign Trade Council" has none and stays
// as it was.
var tradeWords = map[string]bool{
	"industry": true, "industries": true, "manufacturers": true, "producers": true, "exporters": true,
	"importers": true, "bankers": true, "banks": true, "growers": true, "traders": true, "commerce": true,
	"employers": true, "business": true, "merchants": true, "dealers": true, "refiners": true,
	"processors": true, "millers": true, "shippers": true, "brokers": true, "retailers": true, "makers": true,
}

// tradeBodyAfter returns the end of a trade body named after its country at
// token aend ("Canadian Forest Industry Council", "the American Petroleum
// Institute"): capitalised nouns, none another actor, at most six, that end
// in a trade head and hold a trade or industry word. A trade body speaks
// for its country's firms (BUS).
func (r *Recognizer) tradeBodyAfter(toks []annals.Token, aend, end int) (int, bool) {
	k := aend
	if k < end && toks[k].Tag == annals.POS {
		k++
	}
	start, trade := k, false
	for ; k < end && k-start < 6; k++ {
		t := &toks[k]
		if t.Flags&annals.Cap == 0 || !t.Tag.IsNoun() {
			return 0, false
		}
		if e, b := r.dict.MatchActor(toks, k); b != nil && e > k {
			return 0, false // another actor inside: "Japan's Toyota Motor"
		}
		if tradeHeadSet.Has(t.Norm) && k > start {
			if !trade || k+1 < end && toks[k+1].Flags&annals.Cap != 0 && toks[k+1].Tag == annals.NNP {
				return 0, false
			}
			return k + 1, true
		}
		trade = trade || tradeWordSet.Has(t.Norm) || industrySet.Has(t.Norm)
	}
	return 0, false
}
