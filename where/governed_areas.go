package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Round 57 (issue 5), read from the read sets' misses of a region named
// like its city: a governor heads a state, a prefecture or a province,
// never a town, so the name the text gives a governorship is that
// division, and so are the article's other mentions of the name ("a
// seat to watch would be the governorship of Fukuoka ... if the LDP wins
// in Fukuoka", "failed to restore a governorship in Fukuoka").

// governorWords are the offices whose "of" (or, for the seat, "in")
// names the division they govern.
var governorWords = map[string]bool{"governor": true, "governorship": true, "governorships": true}

// governedKeys returns the keys of the known names that the text gives
// a governor or a governorship: "governor of Sao Paulo", "the
// governorship of Fukuoka", "a governorship in Fukuoka". A name that
// opens with a lower-case word or is no known name ("governor of the
// Bank of Japan") gives none.
func (r *Recognizer) governedKeys(doc *annals.Doc, buf *[]byte) []string {
	var keys []string
	for si := range doc.Sentences {
		// Most sentences have no office, and classify said so.
		if !r.sentenceMay(si, markGovernor) {
			continue
		}
		s := &doc.Sentences[si]
		for i := s.Tokens.Start; i+2 < s.Tokens.End; i++ {
			// The prefix first: most words are no office.
			if w := doc.Tokens[i].Norm; !strings.HasPrefix(w, "governor") || !governorWords[w] {
				continue
			}
			p := doc.Tokens[i+1].Norm
			if p != "of" && (p != "in" || doc.Tokens[i].Norm == "governor") || !capital(&doc.Tokens[i+2]) {
				continue
			}
			if sp, ok := r.exact(doc, si, i+2, doc.SourceOf(si), buf); ok {
				keys = append(keys, sp.key)
			}
		}
	}
	return keys
}
