package where

import annals "github.com/annals-project/annals"

// Round 97 (issue 5), read from the Reuters read sets: countrySells
// keeps out the buyer that a capitalised seller trades with ("Finland
// exports finished products to the USSR"), two countries trading as
// parties. A firm is no such party: what a company sells to a country is
// goods shipped into it, the flow the annotators keep ("Toshiba Machine
// sold four milling machines to the Soviet Union", as "transfer of
// submarine technology to the Soviet Union" and "export to Japan" are
// kept). So the buyer stays out only when the seller named before the
// verb is itself a place (a country, or a capital standing for one,
// "Moscow sells"); a seller the gazetteer does not know is a firm or a
// person, and the "to" is read as goods going to a place.

// placeSells is countrySells for a seller the gazetteer knows as a
// place: the capitalised run that ends right before the verb of sale.
func (r *Recognizer) placeSells(doc *annals.Doc, si, i int) bool {
	v := sellVerbAt(doc, si, i)
	if v < 0 {
		return false
	}
	return r.placeRunEndsAt(doc, si, v-1)
}

// sellVerbAt returns the verb of sale whose "to" is token i of sentence
// si, when countrySells takes the phrase for a capitalised seller's
// trade, or -1.
func sellVerbAt(doc *annals.Doc, si, i int) int {
	if !countrySells(doc, si, i) {
		return -1
	}
	start := doc.Sentences[si].Tokens.Start
	for k := i - 1; k > start && k >= i-maxSellGap; k-- {
		if t := &doc.Tokens[k]; !capital(t) && sellVerbs[t.Norm] {
			return k
		}
	}
	return -1
}

// placeRunEndsAt reports whether the capitalised run that ends at token
// k of sentence si ends with a name the gazetteer knows, one word or
// more: "Finland", "the Soviet Union", "West Germany".
func (r *Recognizer) placeRunEndsAt(doc *annals.Doc, si, k int) bool {
	s := &doc.Sentences[si]
	if k < s.Tokens.Start || !capital(&doc.Tokens[k]) {
		return false
	}
	j := k
	for j > s.Tokens.Start && capital(&doc.Tokens[j-1]) && k-j < maxNameWords {
		j--
	}
	src := doc.SourceOf(si)
	var buf []byte
	for ; j <= k; j++ {
		if sp, ok := r.match(doc, si, j, src, &buf); ok && sp.tok.End == k+1 {
			return true
		}
	}
	return false
}
