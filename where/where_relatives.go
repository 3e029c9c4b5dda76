package where

import annals "github.com/annals-project/annals"

// Issue 5, read from the read sets' misses of names read as parties: a
// name that a relative "where" follows is the place the clause happens
// in ("a severe economic blow to Ecuador, where oil accounts for two
// thirds of exports", "all eyes were turned to Washington where finance
// ministers will meet", "beaten by Japan, where prices were 0.1 pct
// lower"), whatever the sentence does with it before: the clause uses it
// as a location. An interrogative "where" is no relative: one a verb
// asks straight after the name ("asked Brazil where it stood"), and
// "where to" ("told Peru where to ship").

// whereAfterRun reports whether the capitalised run that ends before
// token k of sentence s is followed by a relative "where", with a comma
// between or none: nameRules asks it before whereRelative.
func whereAfterRun(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k < s.Tokens.End && doc.Tokens[k].Norm == "," {
		k++
	}
	return k < s.Tokens.End && doc.Tokens[k].Norm == "where"
}

// whereRelative recognises, with no cue before it or after a weak one
// (annotate asks it there: "uneconomical for the Philippines, where"), a
// country, region or town whose whole name a relative "where" follows.
// A name inside a longer one ("the Gulf of Mexico, where") is left to
// that one. It appends the span and returns the end of the name.
func (r *Recognizer) whereRelative(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !nameOpens(doc, s, i) {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if !whereAfterRun(doc, s, k) {
		return 0, false
	}
	comma := doc.Tokens[k].Norm == ","
	w := k
	if comma {
		w++
	}
	// "where to ship": an interrogative.
	if w+1 >= s.Tokens.End || doc.Tokens[w+1].Norm == "to" {
		return 0, false
	}
	b := i
	if b > s.Tokens.Start && doc.Tokens[b-1].Norm == "the" {
		b--
	}
	if b > s.Tokens.Start {
		p := &doc.Tokens[b-1]
		// "the Bank of Japan, where": the name is another's.
		if p.Norm == "of" && b-1 > s.Tokens.Start && capital(&doc.Tokens[b-2]) {
			return 0, false
		}
		// "asked Brazil where it stood": the verb asks.
		if !comma && p.Tag.IsVerb() {
			return 0, false
		}
	}
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || sp.next() != k {
		return 0, false
	}
	// A country, not a capital of its name ("Mexico, where"); any other
	// name resolves as it would anywhere ("Washington where").
	if b := r.g.container(sp.key); b >= 0 && r.g.places[b].Kind == KindCountry {
		sp.listed = true
	}
	*spans = append(*spans, sp)
	return k, true
}

// skipThe returns the token after j when token j of sentence si is a
// lower-case "the" ("for the Philippines"), else j.
func skipThe(doc *annals.Doc, si, j int) int {
	if j < doc.Sentences[si].Tokens.End && doc.Tokens[j].Norm == "the" && !capital(&doc.Tokens[j]) {
		return j + 1
	}
	return j
}
