package where

import annals "github.com/annals-project/annals"

// Round 95 (issue 5), read from the Wikinews read sets, whose headers
// (heldout8.tsv, heldout11.tsv, heldout12.tsv) count a place's possessive
// as a location when what it owns lies or happens inside it: "Montana's
// reservations", "Following South Carolina's primary", "the United
// States' power plants"; dev8.tsv keeps "Britain's June 11 general
// election" so too. As with its output and its ports (ownFigure),
// the possessive then says where, not who: a vote is held in the state,
// a road or a beach lies in the land. Its officials, efforts, policies,
// firms and its people ("South Carolina's 54 delegates", an origin) stay
// an actor's or are left out, and a noun the head qualifies ("the
// primary campaign") makes the phrase something else, which ownFigure's
// own check keeps out.

// heldWithin are the nouns of what lies or is held inside a land: the
// votes held there, what it holds there, and its own land and waters.
// Its fleet ("Kuwait's 22-tanker fleet", left out by dev35.tsv though
// heldout11.tsv keeps "Iran's air fleet") and its railways ("France's
// state railways, the SNCF", a firm) are owned as an actor owns, and are
// not read.
var heldWithin = map[string]bool{
	// Votes held in the land.
	"primary": true, "primaries": true, "caucus": true, "caucuses": true,
	"referendum": true, "election": true, "elections": true,
	// Its people counted there, a statistic as its output is ("Canada's
	// population increased", dev8.tsv's "Pakistan's annual population
	// growth rate"). Its provinces and cities are not read: a title
	// governs them as often ("the premiers of Canada's eastern
	// provinces", "deputies from Yugoslavia's republics").
	"population": true,
	// What it holds there.
	"reservations": true, "hospitals": true, "prisons": true,
	"roads": true, "highways": true, "airports": true,
	// Its land and waters.
	"beaches": true, "coast": true, "coastline": true, "forests": true,
	"rivers": true, "lakes": true, "mountains": true,
}

// headsHeldWithin reports whether token n heads a noun of heldWithin
// after a possessive (ownFigure's loop).
func headsHeldWithin(doc *annals.Doc, n int) bool {
	return heldWithin[doc.Tokens[n].Norm]
}
