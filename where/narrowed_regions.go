package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// narrowingWords are the lower-case words that narrow a land to a part
// of it: the directions, and the interior or coast of a state ("interior
// Rhode Island", "coastal Rhode Island", "upstate New York").
var narrowingWords = map[string]bool{
	"interior": true, "coastal": true, "upstate": true, "downstate": true,
}

// narrowedRegion returns the region that sp means when a narrowing word
// stands right before it, or -1. A city is narrowed too ("in western
// Sao Paulo", "in central Tokyo"), so the region is chosen only where
// the gazetteer gives the bare name to the region and writes the city
// by a longer one, as a great city: "from western Washington into northwest Oregon" is
// Washington State, not Washington, D.C., and "in western New York" the
// state, not New York City, since no one narrows those cities so.
func (r *Recognizer) narrowedRegion(doc *annals.Doc, sp *span) int32 {
	k := sp.tok.Start - 1
	if k < 0 || sp.row > 0 || sp.box || sp.in != "" {
		return -1
	}
	t := &doc.Tokens[k]
	if t.Flags&(annals.Cap|annals.AllCaps|annals.Punct) != 0 || !(compassWordsFilter.May(t.Norm) && compassWords[t.Norm]) && !(narrowingWordsFilter.May(t.Norm) && narrowingWords[t.Norm]) {
		return -1
	}
	region, city := int32(-1), false
	for _, p := range r.g.index[sp.key] {
		c := &r.g.places[p]
		switch {
		case c.Kind == KindRegion && fold.Key(c.Name) == sp.key:
			region = p
		case c.Kind != KindCity || c.Population < greatCapital:
			// Small namesakes (Washington, Pennsylvania) are not what a
			// reader takes the name for.
		case fold.Key(c.Name) == sp.key:
			return -1 // the city bears the bare name: "central Tokyo"
		default:
			city = true
		}
	}
	if !city {
		return -1
	}
	return region
}
