package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// shortNameEntry is the Entry of a mention that names a listed firm by
// the short name shortFirmNames learnt: no dictionary line codes it, and
// like the firm's full name it does not count towards the story's country.
const shortNameEntry = "firm:short name"

// shortNameTails end a listed firm's full name but are dropped when the
// wire names it again: "Anheuser-Busch Companies Inc <BUD.N>" is then
// "Anheuser-Busch", "Cable and Wireless PLC" "Cable and Wireless".
var shortNameTails = map[string]bool{
	"corp": true, "corporation": true, "inc": true, "ltd": true, "limited": true,
	"co": true, "plc": true, "llc": true, "ag": true, "gmbh": true, "nv": true,
	"companies": true, "company": true, "group": true, "holdings": true,
	"spa": true, "sa": true, "bhd": true, "sdn": true, "pty": true,
}

// shortFirmNames returns, for each firm the actor layer coded from its
// ticker or its seat ("Union Carbide <UK> of the United States",
// "Anheuser-Busch Companies Inc <BUD.N>"), the name the wire uses for it
// afterwards: its words less the ticker and the legal suffix. The
// article's later "Ramnath said the ministry is now holding talks with
// Union Carbide" then names the same American firm. A name of one word
// is kept only when it is a proper noun of four letters or more that the
// article never writes in lower case ("Benetton", not "General" or
// "National"), so that a common word is not made a firm wherever it
// stands capitalised. Only a firm of another country than the one the
// story is about is named so: a foreign firm's short name then stands for
// its dealings with the story's state (talks, contracts), while a firm in
// its own country's news is mostly in takeovers and lawsuits before its
// courts, firms' business the conventions leave uncoded. Mentions from
// index first on are the article's.
func shortFirmNames(doc *annals.Doc, first int) []firmAlias {
	var aliases []firmAlias
	var focus string
	focusKnown := false
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Entry != "" || m.Type != "ORG" || m.Implied ||
			len(m.Code) != 6 || !strings.HasSuffix(m.Code, "BUS") {
			continue
		}
		s, e := m.Tokens.Start, m.Tokens.End
		if toks[s].Norm == "<" {
			s++ // "<Southern Cross Ltd> of Colorado"
		}
		// The name ends at the ticker, the closing bracket or "of".
		n := s
		for n < e && toks[n].Norm != "<" && toks[n].Norm != ">" && toks[n].Norm != "of" {
			n++
		}
		full := n
		for n > s && shortNameTailSet.Has(strings.TrimSuffix(toks[n-1].Norm, ".")) {
			n--
		}
		if n == full && !tickerAt(toks, full, e) {
			continue // neither a suffix nor a ticker: no longer name to shorten
		}
		if n == s || toks[s].Flags&annals.Cap == 0 || toks[n-1].Norm == "&" || toks[n-1].Norm == "and" {
			continue
		}
		if n-s == 1 && !properWord(doc, &toks[s]) {
			continue
		}
		if !focusKnown {
			focus, _, _ = topCountries(doc)
			focusKnown = true
		}
		if m.Code[:3] == focus {
			continue
		}
		aliases = append(aliases, firmAlias{norms(toks, s, n), m.Code, shortNameEntry})
	}
	return aliases
}

// properWord reports whether a one-word firm name can stand for the firm:
// a proper noun of four letters or more that the article never writes in
// lower case. It scans the article's tokens, once per such firm.
func properWord(doc *annals.Doc, t *annals.Token) bool {
	if t.Tag != annals.NNP || len(t.Norm) < 4 {
		return false
	}
	for k := range doc.Tokens {
		u := &doc.Tokens[k]
		if u.Norm == t.Norm && u.Flags&annals.Cap == 0 {
			return false
		}
	}
	return true
}
