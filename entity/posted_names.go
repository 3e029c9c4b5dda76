package entity

import "github.com/annals-project/annals"

// postEnd returns where the name may start inside a titled person's
// mention r that names the post between the title and the name
// ("Portuguese Ambassador to Peking Octavio Valerio", "ambassador to the
// United States Nobuo Matsunaga"): the token after the host that follows
// "to", and that "to", where the title ends. The host is no part of the
// name, nor his affiliation: the sending state before the title is. It
// returns r.Start and 0 when r names no post.
func (s *state) postEnd(r annals.Range) (name, title int) {
	for k := r.Start; k+2 < r.End; k++ {
		if s.toks[k].Norm != "to" {
			continue
		}
		j := k + 1
		if s.toks[j].Norm == "the" {
			j++
		}
		if end, a := s.r.dict.MatchActor(s.toks, j); a != nil && a.Type != "PERSON" && end < r.End {
			return end, k
		}
	}
	return r.Start, 0
}

// ownWordsCode returns the code the actor stage gave a titled person's
// mention from its own words where the words before the name do not
// resolve the title, so the person has no code of his own: an office of
// several portfolios ("Brazilian Science and Technology Minister Renato
// Archer"), a body before the title ("MITI Deputy Director General Masaji
// Yamamoto"). contextCodes lends it to the surname, as it does a code
// from the story's context. It returns "" for a context code and for no
// mention.
func (s *state) ownWordsCode(mention int) string {
	if mention < 0 || mention >= len(s.doc.Mentions) {
		return ""
	}
	m := &s.doc.Mentions[mention]
	if m.Kind != annals.ActorMention || m.Via != "" || m.Implied || len(m.Code) < 6 || nonCountryRoots[m.Code[:3]] {
		return ""
	}
	return m.Code
}
