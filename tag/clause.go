package tag

import (
	"github.com/annals-project/annals"
)

// speechVerbs are the lemmas of verbs that report speech or thought and
// take a clause as complement: "X said (that) ...".
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "state": true, "declare": true, "add": true, "announce": true,
	"claim": true, "insist": true, "warn": true, "report": true, "deny": true, "confirm": true,
	"note": true, "stress": true, "believe": true, "think": true, "allege": true, "explain": true,
	"argue": true, "acknowledge": true, "admit": true, "assert": true, "write": true, "reply": true,
	"suggest": true, "predict": true, "indicate": true, "reveal": true, "emphasise": true,
	"emphasize": true, "reiterate": true, "promise": true, "vow": true, "pledge": true, "fear": true,
	"know": true, "feel": true, "estimate": true, "conclude": true, "disclose": true, "recall": true,
	"remark": true, "comment": true, "concede": true, "contend": true, "mention": true,
	"observe": true, "assure": true, "inform": true, "remind": true, "expect": true,
	"understand": true, "learn": true, "hear": true, "suspect": true, "testify": true,
	"complain": true, "caution": true, "boast": true, "hope": true, "agree": true,
	"signal": true, "affirm": true, "ask": true, "answer": true, "respond": true,
}

// tellVerbs may put the hearer between the verb and its complement: "told
// reporters (that) ...".
var tellVerbs = map[string]bool{
	"tell": true, "warn": true, "assure": true, "inform": true, "remind": true, "promise": true,
	"caution": true, "ask": true,
}

// frame is an open clause during the left-to-right scan.
type frame struct {
	clause int  // index into doc.Clauses
	comma  bool // closes at the next comma once it has a verb
	verb   bool // a verb group has been seen in it
	minEnd int  // its end may not be trimmed below this (a closed child's end)
}

// clauser splits one sentence into clauses.
type clauser struct {
	doc  *annals.Doc
	toks []annals.Token
	off  int // document index of toks[0]
	sc   *scratch
	hi   int // sentence length
	// firstFinite is the first token where a finite verb group starts, or
	// hi, as the chunker recorded it (sc.firstFinite): the reporting forms
	// ask for every comma whether a finite verb comes before it.
	firstFinite int
}

// clauseSentence appends the clauses of the sentence with tokens r to
// doc.Clauses and sets the Clause of its verb groups. The first clause
// is the main clause and covers the whole sentence; others nest in it.
func clauseSentence(doc *annals.Doc, r annals.Range, sc *scratch) {
	cl := clauser{doc: doc, toks: doc.Tokens[r.Start:r.End], off: r.Start, sc: sc, hi: r.Len()}
	cl.firstFinite = sc.firstFinite
	first := len(doc.Clauses)
	doc.Clauses = append(doc.Clauses, annals.Clause{Kind: annals.MainClause, Tokens: r, Parent: -1, Antecedent: -1})
	sc.stack = append(sc.stack[:0], frame{clause: first})
	if c1, c2, ok := cl.midReport(); ok {
		// "X, officials said, did Y": the sentence is reported by the
		// speech clause between its commas.
		cl.open(annals.Reported, 0, false, -1)
		cl.scan(0, c1+1)
		d := len(sc.stack)
		cl.open(annals.Parenthetical, c1+1, false, -1)
		cl.scan(c1+1, c2)
		cl.closeTo(d, c2)
		sc.stack[len(sc.stack)-1].verb = true
		cl.scan(c2, cl.hi)
	} else if c, ok := cl.inverted(); ok {
		// "X attacked Y, the ministry said": the part before the comma is
		// reported by the short clause after it, the main clause.
		cl.open(annals.Reported, 0, false, -1)
		cl.scan(0, c)
		cl.closeTo(1, c)
		sc.stack[0].verb = true
		cl.scan(c, cl.hi)
	} else {
		cl.scan(0, cl.hi)
	}
	cl.closeTo(1, cl.hi)

	// Each verb group belongs to the innermost clause holding its head:
	// the last opened, since clauses nest and siblings do not overlap.
	for v := len(doc.Verbs) - 1; v >= 0; v-- {
		vg := &doc.Verbs[v]
		if vg.Head < r.Start || vg.Head >= r.End {
			break
		}
		for c := len(doc.Clauses) - 1; c >= first; c-- {
			t := doc.Clauses[c].Tokens
			if vg.Head >= t.Start && vg.Head < t.End {
				vg.Clause = c
				break
			}
		}
	}
}

// open starts a clause of kind at token i under the innermost open clause.
func (cl *clauser) open(kind annals.ClauseKind, i int, comma bool, ante int) {
	st := cl.sc.stack
	parent := st[len(st)-1].clause
	idx := len(cl.doc.Clauses)
	cl.doc.Clauses = append(cl.doc.Clauses, annals.Clause{
		Kind:       kind,
		Tokens:     annals.Range{Start: cl.off + i, End: cl.off + cl.hi},
		Parent:     parent,
		Antecedent: ante,
	})
	cl.sc.stack = append(st, frame{clause: idx, comma: comma, minEnd: cl.off + i + 1})
}

// closeTo closes open clauses until depth remain, ending them at token i
// less any punctuation they end with, which is left to the parent.
func (cl *clauser) closeTo(depth, i int) {
	st := cl.sc.stack
	for len(st) > depth {
		f := st[len(st)-1]
		st = st[:len(st)-1]
		c := &cl.doc.Clauses[f.clause]
		end := cl.off + i
		for end > f.minEnd && trimmable(cl.doc.Tokens[end-1].Tag) {
			end--
		}
		c.Tokens.End = end
		if p := &st[len(st)-1]; p.minEnd < end {
			p.minEnd = end
		}
	}
	cl.sc.stack = st
}

func trimmable(t annals.Tag) bool {
	return t == annals.COMMA || t == annals.STOP || t == annals.PUNCT
}

// clauseMarkers are the tags scan opens or closes a clause at. Unlike the
// sets of lexicon.go it stays a variable: scan's loop tests it at every
// token, and made a constant it cost some 2.4 million instructions more
// over 3,000 Reuters articles (the compiler then moves the shift count
// through CX at each token, where it keeps the loaded set in a register).
var clauseMarkers = bit(annals.COMMA) | bit(annals.WDT) | bit(annals.WP) | bit(annals.IN) | bit(annals.WRB) | bit(annals.CC)

// scan walks tokens [lo, hi) opening and closing clauses at their markers.
func (cl *clauser) scan(lo, hi int) {
	toks := cl.toks
	pending, speaker := -1, -1 // where a reported complement starts, and the speech clause
	base := len(cl.sc.stack)   // frames below are not this scan's to close
	vgAt := cl.sc.vgAt[:len(toks)]
	for i := lo; i < hi; i++ {
		if i == pending {
			for k := len(cl.sc.stack) - 1; k >= base-1; k-- {
				if cl.sc.stack[k].clause == speaker {
					cl.closeTo(k+1, i)
					cl.open(annals.Reported, i, false, -1)
					break
				}
			}
			pending = -1
		}
		// One test of a bit, then one switch on the tag: most tokens match
		// no marker, and are told so at once rather than after a test per
		// marker.
		if tk := &toks[i]; clauseMarkers.has(tk.Tag) {
			switch tk.Tag {
			case annals.COMMA:
				st := cl.sc.stack
				for k := len(st) - 1; k >= base; k-- {
					if st[k].comma && st[k].verb {
						if !cl.listAhead(i, hi) {
							cl.closeTo(k, i)
						}
						break
					}
				}
			case annals.WDT, annals.WP:
				if i == 0 {
					break
				}
				a := i - 1
				if toks[a].Tag == annals.COMMA && a > 0 {
					a--
				}
				if np := cl.sc.npOf[a]; np >= 0 {
					ante := cl.doc.Chunks[np].Head
					cl.open(annals.Relative, i, toks[i-1].Tag == annals.COMMA, ante)
				}
			case annals.IN, annals.WRB:
				if subordinator(tk.Norm) && cl.verbBefore(i+1, hi) {
					cl.open(annals.Subordinate, i, true, -1)
				}
			case annals.CC:
				if cl.sc.stack[len(cl.sc.stack)-1].verb && cl.clauseFollows(i+1, hi) && !cl.listBefore(lo, i) {
					// the innermost frame, found here alone since only a
					// conjunction asks for it
					top := &cl.sc.stack[len(cl.sc.stack)-1]
					if cl.doc.Clauses[top.clause].Kind == annals.Coordinate && len(cl.sc.stack) > base {
						cl.closeTo(len(cl.sc.stack)-1, i)
					}
					cl.open(annals.Coordinate, i, false, -1)
				}
			}
		}
		if v := vgAt[i]; v >= 0 {
			vg := &cl.doc.Verbs[v]
			fin := cl.sc.finiteAt[i]
			for len(cl.sc.stack) > base {
				f := cl.sc.stack[len(cl.sc.stack)-1]
				k := cl.doc.Clauses[f.clause].Kind
				if !(f.verb && fin && !f.comma && (k == annals.Relative || k == annals.Subordinate)) {
					break
				}
				// A restrictive clause ends where its parent's verb begins:
				// "the men who attacked the base [were arrested]".
				cl.closeTo(len(cl.sc.stack)-1, i)
			}
			cl.sc.stack[len(cl.sc.stack)-1].verb = true
			if h := vg.Head - cl.off; speechVerb(&toks[h], cl.sc.cands[h], toks[h].Tag) {
				if j := cl.complement(vg, hi); j >= 0 {
					pending, speaker = j, cl.sc.stack[len(cl.sc.stack)-1].clause
				}
			}
		}
	}
}

// verbBefore reports whether a verb group starts in [i, hi) before the
// next comma.
func (cl *clauser) verbBefore(i, hi int) bool {
	for ; i < hi; i++ {
		if cl.toks[i].Tag == annals.COMMA {
			return false
		}
		if cl.sc.vgAt[i] >= 0 {
			return true
		}
	}
	return false
}

// clauseFollows reports whether a clause starts at token i: a verb group
// (sharing the subject: "and killed two soldiers") or a noun phrase
// followed by a finite verb group ("but the EU refused").
func (cl *clauser) clauseFollows(i, hi int) bool {
	for i < hi && cl.toks[i].Tag == annals.RB && cl.sc.vgAt[i] < 0 {
		i++
	}
	if i >= hi {
		return false
	}
	if cl.sc.vgAt[i] >= 0 {
		return true
	}
	return cl.subjectAt(i, hi)
}

// npEnd returns the end of the noun phrase chunk starting at token i, or
// -1 when none starts there.
func (cl *clauser) npEnd(i int) int {
	if i < 0 || i >= cl.hi {
		return -1
	}
	np := cl.sc.npOf[i]
	if np < 0 || cl.doc.Chunks[np].Tokens.Start != cl.off+i {
		return -1
	}
	return cl.doc.Chunks[np].Tokens.End - cl.off
}

// listAhead reports whether the comma at i continues a list of noun
// phrases rather than closing a clause: "hosted the Taliban, the EU and
// the US".
func (cl *clauser) listAhead(i, hi int) bool {
	e := cl.npEnd(i + 1)
	for e > 0 && e+1 < hi {
		switch cl.toks[e].Tag {
		case annals.COMMA:
			e = cl.npEnd(e + 1)
		case annals.CC:
			return cl.npEnd(e+1) > 0
		default:
			return false
		}
	}
	return false
}

// listBefore reports whether the conjunction at i ends a list of noun
// phrases separated by commas ("the base, the bank and"), so joins nouns,
// not clauses.
func (cl *clauser) listBefore(lo, i int) bool {
	// the noun phrase right before i, and the comma before it
	s := i - 1
	for s > lo && cl.sc.npOf[s-1] >= 0 && cl.sc.npOf[s-1] == cl.sc.npOf[i-1] {
		s--
	}
	if s <= lo || cl.sc.npOf[i-1] < 0 || cl.npEnd(s) != i || cl.toks[s-1].Tag != annals.COMMA {
		return false
	}
	return s-2 >= lo && cl.sc.npOf[s-2] >= 0
}

// subjectAt reports whether tokens from i are a noun phrase followed by a
// finite verb group.
func (cl *clauser) subjectAt(i, hi int) bool {
	e := cl.npEnd(i)
	if e < 0 {
		return false
	}

	if e < hi && cl.toks[e].Tag == annals.POS {
		return false
	}
	// a possessive phrase continues the subject: [the Taliban 's] [envoy]
	if e < hi && cl.toks[e-1].Tag == annals.POS {
		if np2 := cl.sc.npOf[e]; np2 >= 0 {
			e = cl.doc.Chunks[np2].Tokens.End - cl.off
		}
	}
	if e >= hi {
		return false
	}
	return cl.sc.vgAt[e] >= 0 && cl.sc.finiteAt[e]
}

// complement returns where the clause reported by the speech verb group
// vg starts, or -1: at "that", at a quotation, or at a subject followed by
// a finite verb, possibly after the hearer and adverbials ("told
// reporters in Doha on Tuesday that ...").
func (cl *clauser) complement(vg *annals.VerbGroup, hi int) int {
	toks := cl.toks
	k := vg.Tokens.End - cl.off
	tell := tellVerbsSet.has(cl.doc.Tokens[vg.Head].Lemma)
	for steps := 0; k < hi && steps < 6; steps++ {
		switch {
		case toks[k].Norm == "that" && (toks[k].Tag == annals.IN || toks[k].Tag == annals.DT || toks[k].Tag == annals.WDT):
			return k
		case toks[k].Tag == annals.QUOTE || (toks[k].Norm == ":" && k+1 < hi):
			if cl.verbAhead(k+1, hi) {
				return k
			}
			return -1
		case toks[k].Tag == annals.COMMA && k+1 < hi && toks[k+1].Tag == annals.QUOTE:
			k++
			continue
		case cl.subjectAt(k, hi):
			return k
		case toks[k].Tag == annals.IN || toks[k].Tag == annals.TO:
			// an adverbial: skip the preposition and its noun phrase
			k++
			if k < hi {
				if np := cl.sc.npOf[k]; np >= 0 {
					k = cl.doc.Chunks[np].Tokens.End - cl.off
				}
			}
			continue
		case toks[k].Tag == annals.RB:
			k++
			continue
		case tell && steps == 0 && cl.sc.npOf[k] >= 0:
			k = cl.doc.Chunks[cl.sc.npOf[k]].Tokens.End - cl.off
			continue
		case toks[k].Tag.IsNoun() && cl.sc.npOf[k] >= 0 && timeWordsSet.has(toks[k].Norm):
			k = cl.doc.Chunks[cl.sc.npOf[k]].Tokens.End - cl.off
			continue
		}
		return -1
	}
	return -1
}

// timeWords are nouns that head adverbial noun phrases ("said Tuesday").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"week": true, "month": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "night": true,
}

func (cl *clauser) verbAhead(i, hi int) bool {
	for ; i < hi; i++ {
		if cl.sc.vgAt[i] >= 0 {
			return true
		}
	}
	return false
}

// inverted finds the comma of a sentence in the inverted reporting form,
// "X attacked Y, the ministry said (on Tuesday)." or "..., said Borrell.",
// and returns its index.
func (cl *clauser) inverted() (int, bool) {
	toks := cl.toks
	// No comma lies after the last or before the first (chunkSentence
	// records both): the walk starts and stops at them.
	for c := min(cl.hi-2, cl.sc.lastComma); c >= 2 && c > cl.firstFinite && c >= cl.sc.firstComma; c-- {
		if toks[c].Tag != annals.COMMA {
			continue
		}
		k := c + 1
		for k < cl.hi && toks[k].Tag == annals.QUOTE {
			k++
		}
		if k >= cl.hi {
			continue
		}
		switch {
		case cl.subjectAt(k, cl.hi):
			np := cl.sc.npOf[k]
			k = cl.doc.Chunks[np].Tokens.End - cl.off
			if k < cl.hi && cl.sc.vgAt[k] < 0 {
				if np2 := cl.sc.npOf[k]; np2 >= 0 {
					k = cl.doc.Chunks[np2].Tokens.End - cl.off
				}
			}
			if k >= cl.hi || cl.sc.vgAt[k] < 0 {
				continue
			}
			v := cl.sc.vgAt[k]
			if !speechVerbsSet.has(cl.doc.Tokens[cl.doc.Verbs[v].Head].Lemma) {
				continue
			}
			k = cl.doc.Verbs[v].Tokens.End - cl.off
		case cl.sc.vgAt[k] >= 0:
			vg := &cl.doc.Verbs[cl.sc.vgAt[k]]
			if !speechVerbsSet.has(cl.doc.Tokens[vg.Head].Lemma) {
				continue
			}
			k = vg.Tokens.End - cl.off
			if k >= cl.hi || cl.sc.npOf[k] < 0 {
				continue
			}
			k = cl.doc.Chunks[cl.sc.npOf[k]].Tokens.End - cl.off
		default:
			continue
		}
		if cl.tailOK(k) {
			return c, true
		}
	}
	return 0, false
}

// midReport finds a speech clause between two commas inside the sentence
// it reports, "The rebels, officials said, attacked the base.", and returns
// the commas' indexes. The part before the first comma must hold no finite
// verb and the part after the second must start with one.
func (cl *clauser) midReport() (c1, c2 int, ok bool) {
	toks := cl.toks
	// The first comma after the first token: none lies before the
	// sentence's first comma (chunkSentence records it), the end when the
	// sentence has none.
	for c1 = max(1, cl.sc.firstComma); c1 < cl.hi-4; c1++ {
		if toks[c1].Tag == annals.COMMA {
			break
		}
	}
	if c1 >= cl.hi-4 || cl.firstFinite < c1 || cl.npEnd(c1+1) < 0 {
		return 0, 0, false
	}
	k := cl.npEnd(c1 + 1)
	if k >= cl.hi {
		return 0, 0, false
	}
	v := cl.sc.vgAt[k]
	if v < 0 || !cl.sc.finiteAt[k] || !speechVerbsSet.has(cl.doc.Tokens[cl.doc.Verbs[v].Head].Lemma) {
		return 0, 0, false
	}
	k = cl.doc.Verbs[v].Tokens.End - cl.off
	if e := cl.npEnd(k); e > 0 {
		k = e // the hearer: "Borrell told reporters"
	}
	for k < cl.hi && (toks[k].Tag == annals.RB || toks[k].Tag == annals.IN) {
		k++
		if e := cl.npEnd(k); e > 0 {
			k = e
		}
	}
	if k >= cl.hi-1 || toks[k].Tag != annals.COMMA {
		return 0, 0, false
	}
	j := k + 1
	for j < cl.hi && toks[j].Tag == annals.RB && cl.sc.vgAt[j] < 0 {
		j++
	}
	if j >= cl.hi || cl.sc.vgAt[j] < 0 || !cl.sc.finiteAt[j] {
		return 0, 0, false
	}
	return c1, k, true
}

// tailOK reports whether tokens from k hold only adverbials and closing
// punctuation, or reach a comma after which anything may follow.
func (cl *clauser) tailOK(k int) bool {
	for ; k < cl.hi; k++ {
		t := cl.toks[k].Tag
		switch {
		case t == annals.COMMA:
			return true
		case t == annals.STOP || t == annals.QUOTE || t == annals.PUNCT:
		case cl.sc.vgAt[k] >= 0:
			return false
		case t == annals.IN || t == annals.TO || t == annals.RB || cl.sc.npOf[k] >= 0:
		default:
			return false
		}
	}
	return true
}
