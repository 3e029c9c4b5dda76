package tag

import (
	"github.com/annals-project/annals"
)

// chunkSentence appends the NP, VG and PP chunks and the verb groups of
// the sentence whose tokens are r, in token order, and records in sc which
// chunk each token is in.
func chunkSentence(doc *annals.Doc, r annals.Range, sc *scratch) {
	toks := doc.Tokens[r.Start:r.End]
	npOf, vgAt := sc.npOf[:len(toks)], sc.vgAt[:len(toks)]
	sc.firstComma, sc.lastComma = len(toks), -1
	for i := range toks {
		npOf[i], vgAt[i] = -1, -1
		if toks[i].Tag == annals.COMMA {
			sc.firstComma, sc.lastComma = min(sc.firstComma, i), i
		}
	}
	n := len(toks)
	sc.firstFinite = n
	for i := 0; i < n; {
		tg := toks[i].Tag
		switch {
		case tg == annals.PRP:
			addNP(doc, r, sc, i, i+1, i)
			i++
		case tg == annals.RB || tg == annals.MD || tg.IsVerb():
			if end := verbGroup(doc, r, sc, i); end > i {
				i = end
				continue
			}
			if tg.IsVerb() {
				// A participle or gerund the group rules refused: a
				// modifier at most. Skip it.
				i++
				continue
			}
			i++
		case (tg == annals.IN || tg == annals.TO) && i+1 < n && startsNP(toks, i+1):
			doc.Chunks = append(doc.Chunks, annals.Chunk{Kind: annals.PP, Tokens: annals.Range{Start: r.Start + i, End: r.Start + i + 1}, Head: r.Start + i})
			i++
		case startsNP(toks, i):
			end, head := nounPhrase(toks, i)
			if end > i {
				addNP(doc, r, sc, i, end, head)
				i = end
				continue
			}
			i++
		default:
			i++
		}
	}
}

func addNP(doc *annals.Doc, r annals.Range, sc *scratch, start, end, head int) {
	idx := int32(len(doc.Chunks))
	doc.Chunks = append(doc.Chunks, annals.Chunk{Kind: annals.NP, Tokens: annals.Range{Start: r.Start + start, End: r.Start + end}, Head: r.Start + head})
	for k := start; k < end; k++ {
		sc.npOf[k] = idx
	}
}

// startsNP reports whether a noun phrase can begin at token i.
func startsNP(toks []annals.Token, i int) bool {
	switch toks[i].Tag {
	case annals.DT, annals.PRPS, annals.CD, annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.PRP:
		return true
	case annals.SYM:
		return i+1 < len(toks) && toks[i+1].Tag == annals.CD
	case annals.RB:
		return i+2 < len(toks) && toks[i+1].Tag == annals.JJ && toks[i+2].Tag.IsNoun()
	}
	return false
}

// nounPhrase returns the end and head of the noun phrase starting at i:
// determiners, modifiers and nouns, ending after a possessive 's as the
// CoNLL chunks do ([the Taliban 's] [acting foreign minister]).
func nounPhrase(toks []annals.Token, i int) (end, head int) {
	n := len(toks)
	j := i
	if toks[j].Tag == annals.PRP {
		return j + 1, j
	}
	for d := 0; d < 2 && j < n && (toks[j].Tag == annals.DT || toks[j].Tag == annals.PRPS); d++ {
		j++
	}
	last := -1 // last token that may head the phrase
	lastNoun := -1
loop:
	for j < n {
		switch tg := toks[j].Tag; {
		case tg.IsNoun():
			lastNoun, last = j, j
		case tg == annals.JJ || tg == annals.CD:
			last = j
		case tg == annals.SYM:
			if !(j+1 < n && toks[j+1].Tag == annals.CD) {
				break loop
			}
		case tg == annals.RB:
			if !(j+1 < n && (toks[j+1].Tag == annals.JJ || toks[j+1].Tag == annals.CD)) {
				break loop
			}
		case tg == annals.VBN || tg == annals.VBG:
			// a participle modifier must have a noun after it and
			// something before it: "the wounded soldiers"
			if j == i || !(j+1 < n && (toks[j+1].Tag.IsNoun() || toks[j+1].Tag == annals.JJ)) {
				break loop
			}
			if verbBeforeName(toks, j) {
				break loop
			}
		case tg == annals.POS:
			if lastNoun >= 0 {
				return j + 1, lastNoun
			}
			break loop
		default:
			break loop
		}
		j++
	}
	switch {
	case lastNoun >= 0:
		// Trailing modifiers after the last noun belong elsewhere,
		// except numbers: "Resolution 1973".
		end = lastNoun + 1
		for end < j && toks[end].Tag == annals.CD {
			end++
		}
		return end, lastNoun
	case last >= 0:
		return last + 1, last
	case j > i:
		// determiner standing alone: "this", "all"
		return i + 1, i
	}
	return i, i
}

// verbBeforeName reports whether the participle at j, inside a would-be
// noun phrase, is rather the verb of a reduced clause whose object is a
// name followed by the object's complement: "a resolution [urging] Japan to
// open", "a statement [accusing] Israeli troops of", "Ottawa [accusing]
// Washington of", "a bill [demanding] President Reagan account for". A noun
// before it and a name after it leave no room for a modifier, since names
// seldom take one inside another noun's phrase. The complement is asked for
// because a participle with a bare name object is as often a description
// as an act ("businessmen visiting Tokyo", "territories surrounding
// Karabakh"). Participles within names ("Beijing Trading Co") are
// capitalised, hyphenated ones ("oil-producing") compound with the word
// before, and prepositional ones ("smelters including Penarroya") head no
// clause.
func verbBeforeName(toks []annals.Token, j int) bool {
	tk := &toks[j]
	if tk.Tag != annals.VBG || tk.Has(annals.Cap) || tk.Has(annals.Hyphen) || !toks[j-1].Tag.IsNoun() {
		return false
	}
	switch tk.Norm {
	case "including", "excluding", "following", "concerning", "regarding", "barring", "pending", "according":
		return false
	}
	n := len(toks)
	k := j + 1
	// the name: proper nouns and capitalised adjectives ("Soviet"),
	// perhaps with common nouns after them ("Soviet leaders")
	for k < n && (toks[k].Tag == annals.NNP || toks[k].Tag == annals.NNPS || (toks[k].Tag == annals.JJ && toks[k].Has(annals.Cap))) {
		k++
	}
	if k == j+1 {
		return false
	}
	for k < n && (toks[k].Tag == annals.NN || toks[k].Tag == annals.NNS) {
		k++
	}
	if k >= n {
		return false
	}
	switch toks[k].Tag {
	case annals.VB:
		return true // "demanding Israel withdraw"
	case annals.TO:
		return k+1 < n && (toks[k+1].Tag == annals.VB || toks[k+1].Tag == annals.RB)
	case annals.IN:
		switch toks[k].Norm {
		case "of", "for", "against", "over", "that":
			return true
		}
	}
	return false
}

// verbGroup appends the verb group starting at token i (leading adverbs
// included) and returns its end, or i when no group starts there.
func verbGroup(doc *annals.Doc, r annals.Range, sc *scratch, i int) int {
	toks := doc.Tokens[r.Start:r.End]
	n := len(toks)
	j := i
	for j < n && toks[j].Tag == annals.RB {
		j++
	}
	if j >= n || !(toks[j].Tag.IsVerb() || toks[j].Tag == annals.MD) {
		return i
	}
	lastVerb := -1
	k := j
	for k < n {
		tg := toks[k].Tag
		switch {
		case tg.IsVerb() || tg == annals.MD:
			if lastVerb >= 0 && !follows(toks, lastVerb, k) {
				goto done
			}
			lastVerb = k
			k++
		case tg == annals.RB:
			m := k
			for m < n && toks[m].Tag == annals.RB {
				m++
			}
			if m < n && lastVerb >= 0 && ((toks[m].Tag.IsVerb() && follows(toks, lastVerb, m)) || toks[m].Tag == annals.TO || beSemiAt(toks, lastVerb, m)) {
				k = m
				continue
			}
			goto done
		case lastVerb >= 0 && beSemiAt(toks, lastVerb, k):
			// "is about to", "are due to": the word is not a verb, but
			// the infinitive after it is the group's main verb.
			m := k + 2
			for m < n && toks[m].Tag == annals.RB {
				m++
			}
			if m < n && toks[m].Tag == annals.VB {
				lastVerb = m
				k = m + 1
				continue
			}
			goto done
		case tg == annals.TO:
			m := k + 1
			for m < n && toks[m].Tag == annals.RB {
				m++
			}
			if lastVerb >= 0 && m < n && toks[m].Tag == annals.VB && takesTo(toks, lastVerb) {
				lastVerb = m
				k = m + 1
				continue
			}
			goto done
		default:
			goto done
		}
	}
done:
	if lastVerb < 0 {
		return i
	}
	end := lastVerb + 1
	start := i
	vg := analyseGroup(toks, r.Start, start, end)
	vg.Clause = -1
	sc.vgAt[start] = int32(len(doc.Verbs))
	// The group's tokens before j are adverbs, and j its first verb or
	// modal: the group carries tense when that one is finite. Groups are
	// made in token order, so the first finite one is the first made.
	fin := finiteTags.has(toks[j].Tag)
	sc.finiteAt[start] = fin
	if fin && sc.firstFinite == n {
		sc.firstFinite = start
	}
	doc.Verbs = append(doc.Verbs, vg)
	doc.Chunks = append(doc.Chunks, annals.Chunk{Kind: annals.VG, Tokens: vg.Tokens, Head: vg.Head})
	return end
}

// follows reports whether verb token k continues the group whose last verb
// is token p: an auxiliary or modal followed by the form it governs.
func follows(toks []annals.Token, p, k int) bool {
	pt, kt := toks[p].Tag, toks[k].Tag
	if pt == annals.MD {
		return kt == annals.VB
	}
	switch toks[p].Lemma {
	case "be":
		return kt == annals.VBN || kt == annals.VBG
	case "have", "get":
		return kt == annals.VBN
	case "do":
		return kt == annals.VB
	case "help", "let", "make":
		return kt == annals.VB
	}
	return false
}

// analyseGroup works out the head, tense, negation, modality and voice of
// the verb group toks[start:end]; off converts to document indexes.
func analyseGroup(toks []annals.Token, off, start, end int) annals.VerbGroup {
	vg := annals.VerbGroup{Tokens: annals.Range{Start: off + start, End: off + end}}
	head, firstV := -1, -1
	md := ""
	semi := ""
	for k := start; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Tag.IsVerb():
			head = k
			if firstV < 0 {
				firstV = k
			}
			if k+1 < end && toks[k+1].Tag == annals.TO {
				if m := semiModal(toks, k); m != "" {
					semi = m
				}
			} else if k+1 < end && tk.Lemma == "be" {
				// beSemi answers "" for any verb but "be", most of the
				// group's heads: the test here spares them the call.
				if m := beSemi(toks, k); m != "" {
					semi = m
				}
			}
		case tk.Tag == annals.MD:
			if firstV < 0 {
				firstV = k
			}
			if md == "" {
				md = modalLemma(tk.Lemma)
			}
		case tk.Norm == "not" || tk.Norm == "n't" || tk.Norm == "never":
			vg.Negated = true
		case tk.Norm == "longer" && k > 0 && toks[k-1].Norm == "no":
			vg.Negated = true
		}
	}
	if head < 0 {
		head = firstV
	}
	vg.Head = off + head
	switch {
	case md == "will" || md == "shall" || semi == "be going to" || semi == "be about to" || semi == "be set to" || semi == "be due to":
		vg.Tense = annals.Future
	case toks[firstV].Tag == annals.VBD:
		vg.Tense = annals.Past
	}
	vg.Modal = md
	if semi != "" {
		vg.Modal = semi
	}
	if toks[head].Tag == annals.VBN {
		prevV := -1
		for k := head - 1; k >= start; k-- {
			if toks[k].Tag.IsVerb() || toks[k].Tag == annals.MD {
				prevV = k
				break
			}
		}
		switch {
		case prevV < 0:
			vg.Passive = true // a bare participle: "if attacked", "militants killed in"
		case toks[prevV].Tag.IsVerb() && (toks[prevV].Lemma == "be" || toks[prevV].Lemma == "get"):
			vg.Passive = true
		}
	}
	return vg
}

// modalLemma maps contracted modals to their full lemma.
func modalLemma(l string) string {
	switch l {
	case "'ll", "wo":
		return "will"
	case "'d":
		return "would"
	case "ca":
		return "can"
	}
	return l
}

// semiModals maps the lemma of a verb taking "to" and an infinitive to the
// modality it expresses.
var semiModals = map[string]string{
	"plan": "plan to", "seek": "seek to", "want": "want to", "intend": "intend to",
	"hope": "hope to", "threaten": "threaten to", "try": "try to", "aim": "aim to",
	"expect": "expect to", "agree": "agree to", "be": "be to", "have": "have to",
	"need": "need to", "promise": "promise to", "vow": "vow to", "pledge": "pledge to",
	"refuse": "refuse to", "fail": "fail to", "decide": "decide to", "prepare": "prepare to",
	"attempt": "attempt to", "offer": "offer to", "propose": "propose to", "wish": "wish to",
	"mean": "mean to", "struggle": "struggle to", "vote": "vote to", "move": "move to",
}

// beSemis maps a word that makes "be" a semi-modal of the near future to
// the modality: "is about to resign", "is set to attack", "is due to visit",
// "was scheduled to visit".
var beSemis = map[string]string{
	"about": "be about to", "set": "be set to", "due": "be due to", "scheduled": "be scheduled to",
}

// beSemiAt reports whether token k, after the verb p, makes p a "be"
// semi-modal: "is about to", "are not due to".
func beSemiAt(toks []annals.Token, p, k int) bool {
	return k+1 < len(toks) && toks[k+1].Tag == annals.TO && beSemis[toks[k].Norm] != "" &&
		toks[p].Tag.IsVerb() && toks[p].Lemma == "be"
}

// takesTo reports whether verb token k is a modal-like verb whose "to"
// infinitive belongs in its group: "plans to increase", "is to visit".
// Other verbs keep their own group: "[were told] to [leave]".
func takesTo(toks []annals.Token, k int) bool {
	return semiModal(toks, k) != ""
}

// semiModal returns the modality of verb token k followed by "to".
func semiModal(toks []annals.Token, k int) string {
	l := toks[k].Lemma
	if l == "go" && toks[k].Tag == annals.VBG && k > 0 && toks[k-1].Lemma == "be" {
		return "be going to"
	}
	if m := beSemis[toks[k].Norm]; m != "" && k+1 < len(toks) && toks[k+1].Tag == annals.TO {
		// "is set to": set may be read as a participle of be
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if toks[p].Tag.IsVerb() && toks[p].Lemma == "be" {
				return m
			}
			if toks[p].Tag != annals.RB {
				break
			}
		}
	}
	if m := beSemi(toks, k); m != "" {
		return m
	}
	return semiModals[l]
}

// beSemi returns the modality of a form of "be" at k followed, perhaps
// after adverbs, by about, set or due and "to"; or "".
func beSemi(toks []annals.Token, k int) string {
	if toks[k].Lemma != "be" || !toks[k].Tag.IsVerb() {
		return ""
	}
	m := k + 1
	for m < len(toks) && toks[m].Tag == annals.RB && beSemis[toks[m].Norm] == "" {
		m++
	}
	if m < len(toks) && beSemiAt(toks, k, m) {
		return beSemis[toks[m].Norm]
	}
	return ""
}
