package entity

import "github.com/annals-project/annals"

// Round 56: a person whose title names a body the dictionary does not list
// but the actor stage coded ("Dennis Benbow, chairman of the Australian
// Petroleum Exploration Association", "Australian Petroleum Exploration
// Association (APEA) chairman Dennis Benbow") takes that body's code, so
// that "He" in the next sentence stands for a coded party. The actor stage
// found such bodies by their shape (a country word before a trade body's
// noun, a firm's suffix); the dictionary lookups of title and apposition
// see only listed names.

// bodyCode returns the code and end of a coded, non-person actor mention
// of the actor stage that starts at token k (a determiner before it
// skipped), or "" when none does.
func (s *state) bodyCode(k int) (string, int) {
	if k >= len(s.owner) || s.owner[k] != -1 {
		return "", 0 // no actor there: spare the scan of the mentions
	}
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		st := m.Tokens.Start
		if st < k || st > k+1 || st == k+1 && s.toks[k].Norm != "the" {
			continue
		}
		if ok, code := s.affiliating(m); ok {
			return code, m.Tokens.End
		}
	}
	return "", 0
}

// bodyBefore returns the code and start of a coded, non-person actor
// mention that ends right before token end, or before a parenthesised
// acronym that does ("... Association (APEA) chairman"), starting at or
// after lo; "" when none does.
func (s *state) bodyBefore(end, lo int) (string, int) {
	if end-3 >= lo && s.toks[end-1].Norm == ")" && s.toks[end-3].Norm == "(" {
		end -= 3
	}
	if end <= lo || s.owner[end-1] != -1 {
		return "", 0 // no actor ends there: spare the scan of the mentions
	}
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Tokens.End != end || m.Tokens.Start < lo {
			continue
		}
		if ok, code := s.affiliating(m); ok {
			return code, m.Tokens.Start
		}
	}
	return "", 0
}

// affiliating reports whether mention m is a body a person can hold an
// office of: an actor, coded by its own words, that is no person, place or
// country (a country's officials are the dictionary's roles), and names a
// sector (a firm's BUS, a union's LAB) so the person is coded as its
// officer.
func (s *state) affiliating(m *annals.Mention) (bool, string) {
	if m.Kind != annals.ActorMention || m.Implied || m.Type == "PERSON" || m.Type == "COUNTRY" || m.Capital || m.Role != "" {
		return false, ""
	}
	c := m.Code
	if len(c) != 6 {
		return false, ""
	}
	switch c[3:] {
	case "BUS", "LAB":
		return true, c
	}
	return false, ""
}

// firmTails are the legal-form words a firm's full name may add after the
// name the dictionary lists: "Chase Manhattan Bank N.A.", "Daiwa
// Securities Co Ltd".
var firmTails = map[string]bool{
	"n.a.": true, "na": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"co": true, "co.": true, "ltd": true, "ltd.": true, "plc": true, "ag": true,
	"nv": true, "n.v.": true, "sa": true, "s.a.": true, "spa": true, "gmbh": true,
}

// firmTail returns the token after the legal-form words that follow a
// named affiliation ending at token k, before the sentence end; k itself
// when none follow.
func (s *state) firmTail(k, end int) int {
	for n := 0; k < end && n < 2 && firmTails[s.toks[k].Norm]; n++ {
		k++
	}
	return k
}
