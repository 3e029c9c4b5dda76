package event

import "github.com/annals-project/annals"

// conjunctRoles are the words for the one who leads a body, which may
// stand between a conjunction and the body in a list of parties: "Figueroa
// and the head of the central bank of Mexico, Miguel Mancera Aguayo, met"
// names the bank's head as the second party, and the bank stands for him.
var conjunctRoles = map[string]bool{
	"head": true, "chief": true, "president": true, "chairman": true,
	"governor": true, "director": true, "leader": true,
}

// roleOf returns the token after "the head of" (or "the chairman of", and
// so on) when that phrase starts at token i and ends by token to, the
// start of the next actor in a list; i otherwise. Only annals' own
// dictionaries read the phrase, and only after a conjunction (the caller's
// test): a comma alone ("Japan, the head of ...") opens an apposition.
func (sc *sentCtx) roleOf(i, to int) int {
	toks := sc.doc.Tokens
	if !sc.own || i+3 > to || toks[i].Norm != "the" || toks[i+2].Norm != "of" {
		return i
	}
	if r := &toks[i+1]; !conjunctRoles[r.Norm] || !r.Tag.IsNoun() {
		return i
	}
	return i + 3
}

// roleSubject returns the index in sc.ments of the body whose head is the
// subject span ("the head of Bank of Mexico met", "the chairman of the
// World Bank said"): the span is "the" and a role word, "of" follows it,
// and an actor starts right after "of" (or after "the" there). It returns
// -1 otherwise, and for a body that names a place ("the head of Mexico
// City's council" is left alone by the locative test of the caller).
func (sc *sentCtx) roleSubject(span annals.Range) int {
	toks := sc.doc.Tokens
	s, e := span.Start, span.End
	if !sc.own || e-s != 2 || e >= sc.end || sc.roleOf(s, e+1) != e+1 {
		return -1
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start == e+1 || m.Tokens.Start == e+2 && toks[e+1].Norm == "the" {
			if m.Capital && sc.locative(m) {
				return -1
			}
			return k
		}
	}
	return -1
}

// apposedLast reports whether mention index k of sc.ments names again,
// after a comma, the last member of the closed list out: in "Figueroa and
// the head of the central bank of Mexico, Miguel Mancera Aguayo, met" the
// name after the comma is the bank's head, so the subject is the list, not
// the name alone. The two must carry the same code with only the comma
// between them; a list ("Britain and France, Japan") has different codes.
func (sc *sentCtx) apposedLast(out []int, k int) bool {
	if !sc.own || len(out) < 2 {
		return false
	}
	last := &sc.doc.Mentions[out[len(out)-1]]
	cur := &sc.doc.Mentions[sc.ments[k]]
	e := last.Tokens.End
	return last.Code != "" && last.Code == cur.Code && cur.Tokens.Start == e+1 && sc.doc.Tokens[e].Tag == annals.COMMA
}
