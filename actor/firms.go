package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// A firm is often named through its country rather than by an entry of the
// dictionary: "French state-owned aluminium group Pechiney", "the U.S.
// Panhandle-Trunkline <PEL.N> group", "Hungary's state-owned Mogurt trading
// company". The convention codes a firm when a political actor acts on it or
// it on one, so such a phrase is the country's firm (BUS), or its state's
// (GOV) when the phrase says the state owns it, not the country itself.

// firmHeads end a phrase that names a firm. "group" is in a separate set:
// it names rebels and lobbies as often as firms.
var firmHeads = map[string]bool{
	"company": true, "corporation": true, "corp": true, "co": true, "inc": true, "ltd": true, "plc": true,
	"firm": true, "concern": true, "conglomerate": true, "consortium": true, "bank": true,
}

// industryWords, just before "group", make it a business group:
// "aluminium and special metals group", "oil group", "trading group".
var industryWords = map[string]bool{
	"metals": true, "metal": true, "aluminium": true, "aluminum": true, "steel": true, "oil": true, "petroleum": true,
	"gas": true, "energy": true, "chemical": true, "chemicals": true, "mining": true, "engineering": true,
	"electronics": true, "electrical": true, "insurance": true, "banking": true, "financial": true, "finance": true,
	"industrial": true, "trading": true, "textile": true, "textiles": true, "food": true, "foods": true,
	"shipping": true, "motor": true, "motors": true, "car": true, "airline": true, "holding": true,
	"investment": true, "construction": true, "paper": true, "packaging": true, "tobacco": true, "retail": true,
	"retailing": true, "brewing": true, "computer": true, "telecommunications": true, "pharmaceutical": true,
	"pharmaceuticals": true, "drinks": true, "leisure": true, "property": true, "publishing": true, "media": true,
	"timber": true, "sugar": true, "power": true, "utility": true, "aerospace": true, "defence": true, "defense": true,
}

// mediaWords name broadcasters and news agencies, which the role words code
// as media, not as firms dealing with states.
var mediaWords = map[string]bool{
	"broadcasting": true, "broadcast": true, "radio": true, "television": true, "tv": true, "news": true, "press": true,
}

// stateWords say the state owns the firm: "state-owned", "Japan's
// governmental Export-Import Bank", "Indonesia's state oil company".
var stateWords = map[string]bool{
	"state-owned": true, "state-run": true, "state-controlled": true, "government-owned": true,
	"government-controlled": true, "governmental": true, "state": true, "nationalised": true, "nationalized": true,
}

// stateOwned reports whether a word of tokens [i, j) says the state owns
// the firm they name.
func stateOwned(toks []annals.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if stateWordSet.Has(toks[k].Norm) {
			return true
		}
	}
	return false
}

// firmAfter returns the end of a firm named after the country at tokens
// [j, aend) of a phrase opening at spanStart, and its role, BUS or GOV. The
// country must own the phrase, not begin a name: a determiner before it ("the
// U.S. ... group"), "'s" after it, or a common word between it and the head
// ("French state-owned ... group"); "Kuwait Petroleum Corp" stays as the
// dictionary codes it. A proper name right after the head ("group
// Pechiney") is the firm's and joins the span.
func (r *Recognizer) firmAfter(toks []annals.Token, spanStart, j, aend, end int) (int, string, bool) {
	owned := spanStart < j || j > 0 && (toks[j-1].Tag == annals.DT || toks[j-1].Norm == "a" || toks[j-1].Norm == "an")
	state, ticker := false, false
	k := aend
	for n := 0; k < end && n < 9; n, k = n+1, k+1 {
		t := &toks[k]
		w := strings.TrimSuffix(t.Norm, ".")
		if k > aend && (firmHeadSet.Has(w) || w == "group") && t.Tag.IsNoun() {
			break
		}
		if mediaSet.Has(w) {
			return 0, "", false // "the British Broadcasting Corp": a broadcaster, no trading firm
		}
		switch {
		case t.Tag == annals.POS:
			owned = true
		case stateWordSet.Has(t.Norm):
			state, owned = true, true
		case t.Tag == annals.SYM && (t.Norm == "<" || t.Norm == ">"):
			ticker = true // "<PEL.N>": a listed company's ticker
		case t.Tag == annals.JJ || t.Tag == annals.VBN || t.Tag == annals.VBG:
			owned = true
		case (t.Tag == annals.NN || t.Tag == annals.NNS) && t.Flags&annals.Cap == 0:
			owned = true
		case t.Norm == "and" && k > aend && toks[k-1].Flags&annals.Cap == 0:
			// "aluminium and special metals group"
		case t.Tag == annals.NNP || t.Tag == annals.NNPS:
			if t.Flags&annals.Cap == 0 && !ticker {
				return 0, "", false
			}
			if e, a := r.dict.MatchActor(toks, k); a != nil && e > k {
				return 0, "", false // another actor: "U.S. Treasury", "Japan's Toyota"
			}
		default:
			return 0, "", false
		}
	}
	if k >= end || k == aend || !owned && !ticker {
		return 0, "", false
	}
	w := strings.TrimSuffix(toks[k].Norm, ".")
	if w == "group" && !ticker && !state && !industrySet.Has(toks[k-1].Norm) {
		return 0, "", false // "a Lebanese Moslem group", "a pressure group"
	}
	if !firmHeadSet.Has(w) && w != "group" {
		return 0, "", false
	}
	k++
	for k < end && k-aend < 14 && (toks[k].Tag == annals.NNP || toks[k].Tag == annals.NNPS) && toks[k].Flags&annals.Cap != 0 {
		if e, a := r.dict.MatchActor(toks, k); a != nil && e > k {
			break // "Indonesia's state oil company Pertamina": the dictionary knows Pertamina
		}
		k++
	}
	if state {
		return k, "GOV", true
	}
	return k, "BUS", true
}

// usStates are the states of the United States, lower case: a firm "of
// Colorado" is an American firm. Two-word names are written with a space.
var usStates = map[string]bool{
	"alabama": true, "alaska": true, "arizona": true, "arkansas": true, "california": true, "colorado": true,
	"connecticut": true, "delaware": true, "florida": true, "georgia": true, "hawaii": true, "idaho": true,
	"illinois": true, "indiana": true, "iowa": true, "kansas": true, "kentucky": true, "louisiana": true,
	"maine": true, "maryland": true, "massachusetts": true, "michigan": true, "minnesota": true,
	"mississippi": true, "missouri": true, "montana": true, "nebraska": true, "nevada": true,
	"new hampshire": true, "new jersey": true, "new mexico": true, "new york": true, "north carolina": true,
	"north dakota": true, "ohio": true, "oklahoma": true, "oregon": true, "pennsylvania": true,
	"rhode island": true, "south carolina": true, "south dakota": true, "tennessee": true, "texas": true,
	"utah": true, "vermont": true, "virginia": true, "washington": true, "west virginia": true,
	"wisconsin": true, "wyoming": true,
}

// stateAt returns the end of a US state's name at token i, or i.
func stateAt(toks []annals.Token, i, end int) int {
	if i >= end || toks[i].Flags&annals.Cap == 0 {
		return i
	}
	if i+1 < end && toks[i+1].Flags&annals.Cap != 0 && usStates[toks[i].Norm+" "+toks[i+1].Norm] {
		return i + 2
	}
	if usStates[toks[i].Norm] {
		return i + 1
	}
	return i
}

// firmOf recognises a firm named with its seat after its suffix at token i:
// "Wright Engineers Ltd of Uganda", "<Southern Cross Ltd> of Colorado". The
// firm is the seat's country's (BUS); its name runs back over capitalised
// words to the sentence's start or the last mention, from. It returns the
// span and the code, or ok false.
func (r *Recognizer) firmOf(toks []annals.Token, from, i, end int, date int32) (span annals.Range, code string, ok bool) {
	// The flag and index tests come first: most tokens fail them, and
	// they cost less than the suffix lookup.
	if toks[i].Flags&annals.Cap == 0 || i == from || !firmSuffix(toks[i].Norm) {
		return span, "", false
	}
	p := i + 1
	if p < end && toks[p].Norm == ">" {
		p++
	}
	if p+1 >= end || toks[p].Norm != "of" {
		return span, "", false
	}
	p++
	if toks[p].Norm == "the" && p+1 < end {
		p++
	}
	if toks[p].Norm == "america" {
		return span, "", false // "Natural Gas Pipeline Co of America": a name, not a seat
	}
	pend := stateAt(toks, p, end)
	if pend > p {
		code = "USA"
	} else if e, a := r.dict.MatchActor(toks, p); a != nil && (a.Type == "COUNTRY" || a.Kind == "capital") {
		code, pend = a.CodeAt(date), e
		if a.Kind == "capital" && a.Country != "" {
			code = a.Country
		}
		code = countryOf(code)
	}
	if code == "" || pend < end && toks[pend].Flags&annals.Cap != 0 && toks[pend].Tag == annals.NNP {
		return span, "", false // "Ltd of New South Wales": a longer place than the one matched
	}
	s := i
	for s > from && (toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Tag.IsNoun() || toks[s-1].Norm == "<" || toks[s-1].Norm == "&") {
		s--
	}
	if s == i {
		return span, "", false
	}
	return annals.Range{Start: s, End: pend}, code + "BUS", true
}

// firmAlias is a firm's name learnt from an apposition, and its code.
type firmAlias struct {
	words []string // the name's token norms
	code  string
	entry string // the mentions' Entry: shortNameEntry for a listed firm's short name
}

// namedFirms gives the country of a firm named in apposition with a role
// word that has one to every mention of that name and its bracketed short
// form in the article: "the Canadian company, Petrocanada International
// Assistance Corporation (PCIAC)" makes "PCIAC chairman Peter M. Towe"
// Canadian, and "Dina Camiones, a Mexican government company" Mexico's.
// A foreign listed firm's short name is learnt too (shortFirmNames).
// Mentions from index first on are the article's.
func namedFirms(doc *annals.Doc, first int) {
	// Twice, so that a subsidiary takes the country its parent's name
	// learnt: "Dina Camiones, a truck subsidiary of Diesel Nacional, a
	// Mexican government company".
	for range 2 {
		aliases := append(firmAliases(doc, first), shortFirmNames(doc, first)...)
		if len(aliases) == 0 || !applyAliases(doc, first, aliases) {
			return
		}
	}
}

// firmAliases returns the firms' names that appositions give a country.
func firmAliases(doc *annals.Doc, first int) []firmAlias {
	var aliases []firmAlias
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || len(m.Code) != 6 || m.Type == "PERSON" || countryOf(m.Code) == "" {
			continue
		}
		if r := m.Code[3:]; r != "BUS" && r != "GOV" {
			continue
		}
		s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
		e := m.Tokens.End
		head := firmWord(&toks[e-1])
		if !head && e < s.End && firmWord(&toks[e]) {
			head = true
			e++ // "a Mexican government company": the role word, then the head
		}
		// After: "the Canadian company, Petrocanada ... Corporation (PCIAC)".
		if head && e+1 < s.End && toks[e].Tag == annals.COMMA {
			if n := nameRun(toks, e+1, s.End); n > e+1 {
				aliases = append(aliases, firmAlias{norms(toks, e+1, n), m.Code, ""})
				if n+2 < s.End && toks[n].Norm == "(" && toks[n+2].Norm == ")" && toks[n+1].Flags&annals.AllCaps != 0 {
					aliases = append(aliases, firmAlias{[]string{toks[n+1].Norm}, m.Code, ""})
				}
			}
		}
		// Before: "Dina Camiones, a Mexican government company", and a
		// subsidiary, whose parent's country it shares: "<Enim Oil Co
		// Ltd>, a wholly owned subsidiary of <Southern Cross Ltd> of
		// Colorado".
		if c, sub := appositionBefore(toks, s.Start, m.Tokens.Start); c > s.Start && (head || sub) {
			if k := firmNameBefore(toks, s.Start, c); k < c {
				aliases = append(aliases, firmAlias{norms(toks, k, c), m.Code, ""})
			}
		}
	}
	return aliases
}

// applyAliases adds a mention for every unmentioned occurrence of the
// aliases' names and reports whether it added any.
func applyAliases(doc *annals.Doc, first int, aliases []firmAlias) bool {
	toks := doc.Tokens
	added := false
	for si := range doc.Sentences {
		s := doc.Sentences[si].Tokens
		for k := s.Start; k < s.End; k++ {
			if toks[k].Flags&annals.Cap == 0 && toks[k].Norm != "<" {
				continue // no alias begins here, whatever its words: asked once, not per alias
			}
			for _, a := range aliases {
				e := k + len(a.words)
				if e > s.End || !normsAre(toks, k, a.words) {
					continue
				}
				span := annals.Range{Start: k, End: e}
				if overlapping(doc, first, span) >= 0 {
					continue
				}
				nm, _, _ := doc.Span(span)
				insertMention(doc, first, annals.Mention{Kind: annals.ActorMention, Tokens: span, Name: nm, Code: a.code, Entry: a.entry, Entity: -1, Type: "ORG"})
				added = true
				k = e - 1
				break
			}
		}
	}
	return added
}

// subsidiaryWords name a firm owned by the firm after "of".
var subsidiaryWords = map[string]bool{"subsidiary": true, "unit": true, "affiliate": true, "arm": true}

// appositionBefore returns, for a firm mention starting at token b, the
// comma that opens its apposition, "X, a Mexican government company" or
// "X, a wholly owned subsidiary of Y", or -1, and whether the apposition
// names a subsidiary.
func appositionBefore(toks []annals.Token, start, b int) (int, bool) {
	k := b
	sub := false
	if k-2 > start && toks[k-1].Norm == "of" && subsidiaryWords[toks[k-2].Norm] {
		sub = true
		k -= 2
		for k > start && k > b-6 && (toks[k-1].Tag == annals.JJ || toks[k-1].Tag == annals.RB || toks[k-1].Tag == annals.VBN || toks[k-1].Tag == annals.NN) {
			k-- // "a wholly owned", "a truck"
		}
	}
	if k-2 > start && (toks[k-1].Norm == "a" || toks[k-1].Norm == "an") && toks[k-2].Tag == annals.COMMA {
		return k - 2, sub
	}
	return -1, false
}

// firmNameBefore returns the start of a firm's name that ends at token c:
// capitalised nouns, a ticker's brackets and "&", at most eight tokens,
// opening the sentence or after a comma, conjunction or preposition; c when
// there is none.
func firmNameBefore(toks []annals.Token, start, c int) int {
	k := c
	for k > start && k > c-8 && (toks[k-1].Flags&annals.Cap != 0 && toks[k-1].Tag.IsNoun() || toks[k-1].Norm == "<" || toks[k-1].Norm == ">" || toks[k-1].Norm == "&") {
		k--
	}
	if k < c && (k == start || toks[k-1].Tag == annals.COMMA || toks[k-1].Tag == annals.CC || toks[k-1].Tag == annals.IN) {
		return k
	}
	return c
}

// firmWord reports whether a token is a head noun that names a firm.
func firmWord(t *annals.Token) bool {
	switch lemma(t) {
	case "company", "corporation", "firm", "concern", "group":
		return true
	}
	return false
}

// nameRun returns the end of a run of capitalised nouns from token i, at
// most six, that ends a phrase (a comma, a bracket, a full stop or a verb
// follows), or i.
func nameRun(toks []annals.Token, i, end int) int {
	k := i
	for k < end && k-i < 6 && toks[k].Flags&annals.Cap != 0 && (toks[k].Tag == annals.NNP || toks[k].Tag == annals.NNPS) {
		k++
	}
	if k == i || k < end && toks[k].Tag != annals.COMMA && toks[k].Norm != "(" && toks[k].Tag != annals.STOP && !toks[k].Tag.IsVerb() {
		return i
	}
	return k
}

// norms returns the norms of tokens [i, j).
func norms(toks []annals.Token, i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		out = append(out, toks[k].Norm)
	}
	return out
}

// normsAre reports whether the norms of the tokens from i on are words,
// one for one, as slices.Equal(norms(toks, i, i+len(words)), words) does
// but with no slice built: applyAliases asks it at every capitalised
// token for every alias. The caller keeps i+len(words) within toks.
func normsAre(toks []annals.Token, i int, words []string) bool {
	for k, w := range words {
		if toks[i+k].Norm != w {
			return false
		}
	}
	return true
}

// lemma returns a token's lemma, or its norm when the tagger gave none.
func lemma(t *annals.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return t.Norm
}
