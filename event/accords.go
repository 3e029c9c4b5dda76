package event

import "github.com/annals-project/annals"

// agreedByVerb reports whether verb group vg holds the verb "agree"
// ("agreed with X to"), where one side accepts the other's terms and the
// agreement is coded one way. The noun "agreement" heading an event named
// by a noun ("Britain's agreement with France", "the U.S. free trade
// agreements with Canada") is an accord both parties made, coded both
// ways as every other 057 noun is (round 59).
func (sc *sentCtx) agreedByVerb(vg *annals.VerbGroup) bool {
	if !sc.own {
		return sc.wordNear(vg, 0, "agree")
	}
	toks := sc.doc.Tokens
	for i := vg.Tokens.Start; i < min(vg.Tokens.End, sc.end); i++ {
		n := toks[i].Norm
		if len(n) >= 5 && n[:5] == "agree" && n != "agreement" && n != "agreements" {
			return true
		}
	}
	return false
}

// accordDated reports whether an accord (057) is made with mention mi
// and a time expression the when stage found starts right after it:
// "signed a three-year accord with Taipei last year" names Taipei, not
// "Taipei last year" as a thing Taipei's name modifies, so the signing
// stays the act of both parties. Talks and meetings keep their own rules
// for dated partners (round 59).
func (sc *sentCtx) accordDated(code string, mi int) bool {
	if !sc.own || code != "057" || mi < 0 {
		return false
	}
	m := &sc.doc.Mentions[mi]
	return sc.timePhrase(m.Tokens.End, sc.end) > m.Tokens.End
}

// listAccord reports whether code is an accord made (057), which each
// partner of a list makes with the one who signs or reaches it: "the
// United States had signed agreements with Hong Kong and South Korea",
// "reached accords with seven steel-exporting nations". One-way acts
// (backing, visits, aid) keep a list's members from acting back (round 59).
func listAccord(code string) bool {
	return code == "057"
}
