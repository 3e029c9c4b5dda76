package where

import "bytes"

// LoadFresh decodes the embedded data anew, bypassing Load's sharing, so
// that BenchmarkLoad measures the real cost.
var LoadFresh = load

// TownsLoaded reports whether g has decoded its small-town tier, so that
// a test can check the tier stays unread until a cue needs it.
func TownsLoaded(g *Gazetteer) bool { return g.townsLoaded.Load() }

// LoadTownsFresh decodes the second tier anew, for its benchmark.
func LoadTownsFresh(g *Gazetteer) (any, error) { return g.loadTowns() }

// TownNames counts the places and names of the decoded second tier, and
// checks that every place row parses, for the test of the embedded data.
func TownNames(g *Gazetteer) (places, names, bad int, err error) {
	t, err := g.smallTowns()
	if err != nil {
		return 0, 0, 0, err
	}
	t.eachPlace(func(off int32) {
		places++
		if c := t.place(off); c.ID == 0 || c.Name == "" || len(c.Country) != 3 {
			bad++
		}
	})
	return places, bytes.Count(t.raw[t.names:], []byte{'\n'}), bad, nil
}

// WithDefaults returns a Recognizer that reads the kinds of names given
// as places with no cue (see defaults), for the measured comparison;
// WithDefaults(g, false, false, 0) is the cue-only recogniser.
func WithDefaults(g *Gazetteer, countries, regions bool, cityPop int) *Recognizer {
	r := NewRecognizer(g)
	r.dflt = defaults{countries: countries, regions: regions, cityPop: cityPop}
	return r
}

// WithoutMemo returns a copy of r that keeps no per-article memo, so that
// every rule measures runs and scans sentences itself: the definition
// the memo must agree with.
func WithoutMemo(r *Recognizer) *Recognizer {
	c := *r
	c.memos = nil
	return &c
}
