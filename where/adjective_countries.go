package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// adjectiveVote is a country the article names by its nationality
// adjective ("Spanish corn", "the Dutch town", "Chilean officials") and
// the token of its first such mention.
type adjectiveVote struct {
	code string
	at   int
}

// adjectiveCountries returns the countries the article's body names by a
// nationality adjective, in order of first mention. An adjective is no
// place, but it is a weaker vote for the country a story is about, which
// a wire report may never name: one from Madrid speaks of "Spanish corn"
// and names only the countries that buy it.
func (r *Recognizer) adjectiveCountries(doc *annals.Doc) []adjectiveVote {
	var votes []adjectiveVote
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if s.Title {
			continue
		}
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := &doc.Tokens[i]
			if !capital(t) || len(t.Norm) < 3 {
				continue
			}
			p := r.g.demonymCountry(t.Norm)
			if p < 0 {
				continue
			}
			code := r.g.places[p].Country
			if !slices.ContainsFunc(votes, func(v adjectiveVote) bool { return v.code == code }) {
				votes = append(votes, adjectiveVote{code: code, at: i})
			}
		}
	}
	return votes
}

// resolveRanked is resolveKey over the countries the article names; a
// country named only by adjective (ranked holds them among countries,
// see withAdjectiveCountries) changes the answer only from one town to
// a namesake at least half its size: "Spanish corn ... shipped from
// Valencia" is Spain's Valencia, not the small Californian town, but
// "an American army base near Athens" is no Athens of Georgia, nor
// "Traders in London" a Canadian London, nor "Bramalea, Ontario" a town.
func (r *Recognizer) resolveRanked(key string, countries, ranked, admit []string, trusted bool) int32 {
	p := r.g.resolveKey(key, countries, admit, trusted)
	if p < 0 || len(ranked) == len(countries) {
		return p
	}
	q := r.g.resolveKey(key, ranked, admit, trusted)
	if q < 0 || q == p {
		return p
	}
	a, b := &r.g.places[p], &r.g.places[q]
	if a.Kind != KindCity || b.Kind != KindCity || 2*b.Population < a.Population {
		return p
	}
	return q
}

// withAdjectiveCountries ranks the countries named by adjective among
// countries, the countries the article mentions by name in order of
// first mention: each adjective country not already there goes before
// the first country first named after its own first adjective. Such a
// country never names a country outright (it admits no small town): it
// only breaks a tie between namesakes in countries the article names
// ("Valencia" in a story on "Spanish corn" that names the U.S. later).
func (r *Recognizer) withAdjectiveCountries(countries []string, spans []span, votes []adjectiveVote) []string {
	if len(votes) == 0 {
		return countries
	}
	first := func(code string) int {
		at := -1
		for _, sp := range spans {
			if sp.weak {
				continue
			}
			list := r.g.index[sp.key]
			if len(list) == 0 || r.g.places[list[0]].Country != code {
				continue
			}
			if at < 0 || sp.tok.Start < at {
				at = sp.tok.Start
			}
		}
		return at
	}
	for _, v := range votes {
		if slices.Contains(countries, v.code) {
			continue
		}
		k := slices.IndexFunc(countries, func(code string) bool { return first(code) > v.at })
		if k < 0 {
			k = len(countries)
		}
		countries = slices.Insert(countries, k, v.code)
	}
	return countries
}
