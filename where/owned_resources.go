package where

import annals "github.com/annals-project/annals"

// Round 57 (issue 5), read from the possessors the read sets annotate:
// a country's possessive before the energy it makes or holds, the oil
// that flows from its fields or its payments abroad is measured, as its
// output is, and the annotators mark the country ("the bulk of Japan's
// electric power", "60 pct of Japan's crude oil", "Ecuador's jungle
// oilfields", "Sweden's national petroleum reserve", "Brazil's external
// payments"). Its firms, officials, parties and debts stay an actor's.

// resourcesAfter are the resources named by two words, as figureAfter's
// are: the noun and the words before it that make it the land's own.
var resourcesAfter = map[string]map[string]bool{
	"power":    {"electric": true, "electrical": true, "nuclear": true, "hydroelectric": true},
	"oil":      {"crude": true},
	"reserve":  {"petroleum": true, "oil": true, "strategic": true},
	"fields":   {"oil": true, "gas": true},
	"payments": {"external": true},
}

// resourceNouns are resources one word names: the fields that yield its
// oil and gas.
var resourceNouns = map[string]bool{"oilfields": true, "oilfield": true, "gasfields": true}

// headsOwnedResource reports whether token n heads a resource of the
// possessive before it (ownFigure's loop): one of resourceNouns, or one
// of resourcesAfter after its qualifying word.
func headsOwnedResource(doc *annals.Doc, n int) bool {
	w := doc.Tokens[n].Norm
	return resourcesFilter.May(w) && (resourceNouns[w] || n > 0 && resourcesAfter[w][doc.Tokens[n-1].Norm])
}
