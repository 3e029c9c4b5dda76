package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// Round 91 (issue 5): a port named by its town. "The ports of Sydney,
// Melbourne and Fremantle", "the harbour of Piraeus": a port or a harbour
// belongs to the town it is named for, so the names after "of" are
// places, as after "the town of". The plural and the harbour nouns are
// also nouns of a land's assets (figureNouns, "New Zealand's ports"), and
// figureOf turned the list away when a capital or a noun followed it
// ("officials at the ports of Tokyo, Osaka, Yokohama and Kobe had
// begun", "the ports of Sydney and Melbourne, shipping sources said"),
// though nothing there is measured. The singular "port" is in geoHeads
// already. Only a lower-case head counts: "the Ports of Auckland" is a
// firm's name.
var portHeads = map[string]bool{
	"port": true, "ports": true, "harbour": true, "harbours": true, "harbor": true, "harbors": true,
}

// portOf reports whether the "of" at token i of sentence si follows a
// lower-case port noun: "the ports of Tokyo and Osaka".
func portOf(doc *annals.Doc, si, i int) bool {
	if i <= doc.Sentences[si].Tokens.Start {
		return false
	}
	p := &doc.Tokens[i-1]
	return word(p) && !capital(p) && portHeads[p.Norm]
}

// townOfNouns name a town before "of", beside settlementNouns' town and
// village: "the Belgian port of Zeebrugge", "the city of Sainte-Therese".
// The noun says what kind of place the name is, so a small town of the
// second tier may follow in any country the article names directly or
// indirectly, as after "in" or "the town of".
var townOfNouns = map[string]bool{
	"port": true, "ports": true, "harbour": true, "harbor": true, "city": true, "cities": true,
}

// adjectiveTownCountry returns in with the country of a demonym that
// directly qualifies the settlement noun before u's "of": "the Belgian
// port of Zeebrugge", "the East German town of Bad Blankenburg". The
// adjective says which country the town lies in, as "Zeebrugge, Belgium"
// would; elsewhere a country named only by its adjective places no small
// town ("a Belgian hospital ... in Genval" needs Belgium placed).
func (r *Recognizer) adjectiveTownCountry(doc *annals.Doc, u span, in []string) []string {
	// The list after a plural noun too (settlement_adjectives.go).
	c := r.settlementCountry(doc, u.tok.Start)
	if c == "" || slices.Contains(in, c) {
		return in
	}
	return append(slices.Clone(in), c)
}
