package event

import (
	"github.com/annals-project/annals"
)

// A copula's subject as the actor of the clause that completes "the only
// ...", "the first ...", "the last ...": "Egypt is the only Arab country
// which has signed a peace treaty with Israel", "Shultz is the first U.S.
// official to visit Japan since the sanctions". The complement names the
// subject itself, and the relative clause or infinitive that follows says
// what singles it out, so its verb's actor is the copula's subject. News
// uses the construction to stress an act ("the first to visit", "the only
// one to vote against"); the act was done by the subject. Left alone: a
// relative clause with a subject of its own ("the only country that
// Israel recognises": the pronoun is the object), complements with no word
// of uniqueness or rank ("Egypt is a country which has many problems"
// describes rather than singles out, and seldom states an act), and copulas
// with no actor for their subject.

// rankWords single out the complement of a copula: "the only", "the
// first", "one of the few".
var rankWords = map[string]bool{
	"only": true, "first": true, "last": true, "sole": true, "second": true, "third": true,
	"latest": true, "few": true, "lone": true,
}

// copulaWords are the copulas whose complement names their subject.
var copulaWords = map[string]bool{"be": true, "become": true, "remain": true}

// rankedComplementHost returns the copula verb group whose complement,
// opened by a word of rank, the relative clause or infinitive at vg
// completes, or nil. vg must follow the relative pronoun or "to" at once:
// "which has signed", "to visit".
func (sc *sentCtx) rankedComplementHost(vg *annals.VerbGroup) *annals.VerbGroup {
	toks := sc.doc.Tokens
	k := vg.Tokens.Start - 1
	if k <= sc.start {
		return nil
	}
	switch toks[k].Tag {
	case annals.WDT, annals.WP, annals.TO:
	default:
		return nil
	}
	// Back over the complement's noun phrase to its word of rank, then
	// to its determiner ("the", "one of the") and the copula.
	ranked := false
	j := k - 1
	for n := 0; j > sc.start && n < 8; j, n = j-1, n+1 {
		t := &toks[j]
		if rankWords[t.Norm] {
			ranked = true
			continue
		}
		if t.Norm == "the" || t.Norm == "of" || t.Norm == "one" {
			continue
		}
		switch t.Tag {
		case annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.CD, annals.POS:
			continue
		}
		break
	}
	if !ranked || j <= sc.start || !copulaWords[lemma(&toks[j])] {
		return nil
	}
	for i := range sc.doc.Verbs {
		if v := &sc.doc.Verbs[i]; v.Head == j && v != vg {
			return v
		}
	}
	return nil
}
