package where

import "github.com/annals-project/annals"

// Issue 5, read from the read sets' misses of countries read as parties:
// a country that opens a clause as what a force strikes, in the passive
// ("Spain is being affected by a two-month-old wave of strikes",
// "Yugoslavia was swept by strikes", "Greece was hit by heavy snow"), is
// the land the strikes, weather or slump happen in: a place, as the
// annotators mark a place affected. The subject of an active verb stays
// a party, as does a clause negated ("are not affected by").

// afflictVerbs are the participles of striking a land.
var afflictVerbs = map[string]bool{
	"affected": true, "hit": true, "swept": true, "struck": true, "ravaged": true,
	"battered": true, "plagued": true, "crippled": true, "gripped": true, "paralysed": true,
	"paralyzed": true, "rocked": true, "shaken": true, "flooded": true, "devastated": true,
	"lashed": true, "buffeted": true,
}

// passiveBe are the forms of "be" of a passive, "being" and "been" taken
// after them.
var passiveBe = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
}

// afflictAdverbs may stand between "be" and the participle: "was badly
// hit", "has also been affected".
var afflictAdverbs = map[string]bool{
	"badly": true, "hard": true, "severely": true, "seriously": true, "heavily": true,
	"also": true, "again": true, "already": true, "particularly": true, "worst": true,
	"being": true, "been": true,
}

// maxByGap is the most words between the participle and its "by": "was
// affected more than before by".
const maxByGap = 4

// afflictedSubject recognises, with no cue before it, a country that
// opens a clause, with its article or without, as the subject of one of
// afflictVerbs in the passive with its agent after "by". It appends the
// span and returns the end of the name.
func (r *Recognizer) afflictedSubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	k, ok := r.clauseSubjectEnd(doc, si, i)
	if !ok || !afflictedBy(doc, si, k) {
		return 0, false
	}
	return r.countryRun(doc, si, i, k, src, buf, spans)
}

// afflictedBy reports whether the words from token k of sentence si are
// a passive of afflictVerbs with "by" after it: "is being affected by",
// "was badly hit by", "has been swept by".
func afflictedBy(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k >= end || !passiveBe[doc.Tokens[k].Norm] {
		return false
	}
	k++
	for a := 0; a < 3 && k < end && afflictAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	if k >= end || !afflictVerbs[doc.Tokens[k].Norm] {
		return false
	}
	for n := k + 1; n < end && n <= k+maxByGap; n++ {
		w := &doc.Tokens[n]
		if w.Norm == "by" {
			return true
		}
		if !word(w) {
			return false
		}
	}
	return false
}
