package where

import "github.com/annals-project/annals"

// exactTown is the second tier's town of a name the gazetteer lacks,
// written beside the region or country whose folded key is in, when the
// name is no slip but the town itself: "in Wettolsheim, France" is the
// village of that name in France, not Wittelsheim one letter away. A
// spelling of a known city is guessed only for a name that no town of
// that area bears, so this is asked before a guess is kept. It returns
// noTown when the tier places no town of the name there, or the name is
// one that notTown keeps out of the tier. It decodes the tier into
// *tier on first use.
func (r *Recognizer) exactTown(doc *annals.Doc, u span, key, in string, tier **townTier) (townRef, error) {
	if in == "" || commonWords[key] || notPlaces[key] {
		return noTown, nil
	}
	if r.notTown(doc, key, doc.SourceOf(doc.SentenceOf(u.tok.Start))[u.start:u.end], in) {
		return noTown, nil
	}
	if *tier == nil {
		t, err := r.g.smallTowns()
		if err != nil {
			return noTown, err
		}
		*tier = t
	}
	return r.g.town(*tier, key, in, nil), nil
}
