package event

import (
	"github.com/annals-project/annals"
)

// Appeals reported through a modal of obligation. "Japan should open its
// markets, Baker said", "the Bundesbank president said the U.S. must cut
// its deficit", "West Germany needs to stimulate growth, Treasury
// officials said", "Japan ought to buy more" all put the speaker's wish on
// another party: an appeal (020). codeSaidAppeal (speech.go) holds the
// rule; this file says which modals lay the duty, who speaks when the
// subject finder stops inside the reported clause, and when an appeal to
// the speaker's own country is still one.

// obligation returns the modal by which vg lays a duty on the subject of
// its clause, the index of the token that opens it (the subject ends right
// before it) and the verb group of the act owed, or act nil when vg lays
// none. "ought" stands as a group of its own before "to" and the act's
// group. "need to" and "have to" count only on the verb itself ("will
// have to pay" is a forecast) and never negated ("does not need to act"
// lifts the duty); "had to" tells what a party was driven to do ("the
// U.S. Government had to take some action"), no appeal.
func (sc *sentCtx) obligation(vi int, vg *annals.VerbGroup) (modal string, md int, act *annals.VerbGroup) {
	toks := sc.doc.Tokens
	md = vg.Tokens.Start
	if md >= sc.end {
		return "", md, nil
	}
	t := &toks[md]
	switch {
	case t.Tag == annals.MD && (t.Norm == "should" || t.Norm == "must"):
		return t.Norm, md, vg
	case t.Tag == annals.MD && t.Norm == "ought":
		if vg.Head != md {
			return "ought to", md, vg
		}
		to := vg.Tokens.End
		if to+1 >= sc.end || toks[to].Norm != "to" {
			return "", md, nil
		}
		for v := vi; v < len(sc.doc.Verbs) && sc.doc.Verbs[v].Tokens.Start <= to+1; v++ {
			if sc.doc.Verbs[v].Tokens.Start == to+1 {
				return "ought to", md, &sc.doc.Verbs[v]
			}
		}
	case (vg.Modal == "need to" || vg.Modal == "have to") && !vg.Negated:
		if l := lemma(t); l == "need" || l == "have" && t.Norm != "had" {
			return vg.Modal, md, vg
		}
	}
	return "", md, nil
}

// speakerAfterComma returns the named actor (or list) that stands between
// the comma closing a reported clause and its speech verb at sv, or nil:
// in "Japan should open its markets if it wants to be a centre like New
// York or London, a leading U.S. banker said" the subject finder may stop
// at London inside the clause; the speaker is the banker after the comma.
func (sc *sentCtx) speakerAfterComma(comma, sv int) []int {
	for k := len(sc.ments) - 1; k >= 0; k-- {
		m := &sc.doc.Mentions[sc.ments[k]]
		if m.Tokens.End > sv || m.Tokens.Start <= comma {
			continue
		}
		if m.Implied {
			return nil
		}
		ms := sc.compound(k)
		if !namedActors(ms) {
			return nil
		}
		for _, mi := range ms {
			if sc.doc.Mentions[mi].Tokens.Start <= comma {
				return nil
			}
		}
		return ms
	}
	return nil
}

// stateSpeakers reports whether every speaker speaks for a state: a bare
// country or one of its organs. What a state says its own country should
// do is its own policy; a country's press, firms, unions, pressure groups
// and opposition telling it what to do appeal to its government ("The
// paper said Indonesia must boost private business", "Taylor, the bankers'
// president, said Canadian negotiators must insure access"), as an
// industry association's "urged the government" is an appeal. A speaker
// whose country was only guessed from the article's ("Volkskas Bank",
// "Secretary Paul Channon" in a story about Japan) counts as the state:
// the guess makes every such target its own country.
func (sc *sentCtx) stateSpeakers(srcs []int) bool {
	for _, s := range srcs {
		m := &sc.doc.Mentions[s]
		code := m.Code
		if len(code) < 6 || m.Via == "context" {
			continue
		}
		switch role := code[3:6]; {
		case privateRole(role), role == "NGO", role == "OPP":
			return false
		}
	}
	return true
}
