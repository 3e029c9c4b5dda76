package event

import "github.com/annals-project/annals"

// offeredAct reports whether the infinitive vg tells what a party offered,
// with the thing offered between: "offered its warships to escort Kuwaiti
// tankers", "has offered two experts to help". The escort or help is only
// put on offer, not given, so it is coded as the intent (root 03) like
// "offered to help", whose catenative the verb group already carries.
func (sc *sentCtx) offeredAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	to := vg.Tokens.Start - 1
	if !sc.own || to-2 <= sc.start || toks[to].Tag != annals.TO {
		return false
	}
	// The thing offered: a short noun phrase, at most six words.
	j := to - 1
	for n := 0; n < 6 && j > sc.start && offeredWord(toks[j].Tag); n++ {
		j--
	}
	if j == to-1 || !toks[j].Tag.IsVerb() {
		return false
	}
	return lemma(&toks[j]) == "offer"
}

// offeredWord reports whether a word of that tag can belong to the noun
// phrase of the thing offered.
func offeredWord(t annals.Tag) bool {
	return t.IsNoun() || t == annals.DT || t == annals.JJ || t == annals.PRPS || t == annals.CD || t == annals.POS
}
