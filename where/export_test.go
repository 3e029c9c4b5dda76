package where

// LoadFresh decodes the embedded data anew, bypassing Load's sharing, so
// that BenchmarkLoad measures the real cost.
var LoadFresh = load

// TownsLoaded reports whether g has decoded its small-town tier, so that
// a test can check the tier stays unread until a cue needs it.
func TownsLoaded(g *Gazetteer) bool { return g.townsLoaded.Load() }

// LoadTownsFresh decodes the small-town tier anew, for its benchmark.
func LoadTownsFresh() (any, error) { return loadTowns() }
