package event

import (
	annals "github.com/annals-project/annals"
)

// This file holds force postures whose only "target" names the maker or
// owner of the weapon or force. A display of force (root 15) is aimed at
// a party only when the text names one: "Egypt would build the U.S.
// M-1A1 battle tank", "plans to increase the protective U.S. military
// presence", "launch its H-1 rockets, an American Japanese hybrid" name
// no foe; the country word leads a noun and says whose design or force
// it is.

// postureOwner reports whether the target mention mi stands after the
// verb and leads a noun phrase it only modifies: the next word is a noun
// or an adjective of the same phrase, and no preposition stands before it
// ("flew over Cyprus yesterday" names the land flown over).
func (sc *sentCtx) postureOwner(vg *annals.VerbGroup, mi int) bool {
	if mi < 0 || mi >= len(sc.doc.Mentions) {
		return false
	}
	r := sc.doc.Mentions[mi].Tokens
	if r.Start < vg.Tokens.End || r.End >= sc.end {
		return false
	}
	if r.Start > sc.start {
		if p := sc.doc.Tokens[r.Start-1].Tag; p == annals.IN || p == annals.TO {
			return false
		}
	}
	t := &sc.doc.Tokens[r.End]
	return t.Tag.IsNoun() || t.Tag == annals.JJ || t.Tag == annals.CD
}
