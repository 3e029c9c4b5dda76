package dict

import (
	"slices"
	"sort"
	"testing"
)

// TestHeadOrderMatchesCounting checks compile's order of each head's
// patterns, sorted on counts made once per pattern, against the same
// stable sort counting words and letters at every comparison, over
// every head of the dictionaries, the Phoenix ones too where the shared
// folder has them (their imported patterns are those the letters tell
// apart). A head's patterns were gathered in the dictionary's order, so
// that order, ascending indexes, is the one both sorts start from.
func TestHeadOrderMatchesCounting(t *testing.T) {
	dicts := ownAndPhoenix(t)
	checkHeadOrder(t, "annals", dicts["annals"], 100, 10)
	pd, ok := dicts["phoenix"]
	if !ok {
		t.Skip("no Phoenix dictionaries in the shared folder")
	}
	checkHeadOrder(t, "phoenix", pd, 100, 0)
}

// checkHeadOrder re-sorts each head's patterns of d by counting at every
// comparison and reports where compile's order differs; at least
// verbs and nouns heads of each have several patterns.
func checkHeadOrder(t *testing.T, dictName string, d *Dict, verbs, nouns int) {
	t.Helper()
	for _, tt := range []struct {
		name    string
		heads   map[string][]int32
		several int // at least this many heads have several patterns
		less    func(ids []int32) func(a, b int) bool
	}{
		{"verbs", d.verbs, verbs, func(ids []int32) func(a, b int) bool {
			return func(a, b int) bool {
				va, vb := &d.Verbs[ids[a]], &d.Verbs[ids[b]]
				if wa, wb := va.words(), vb.words(); wa != wb {
					return wa > wb
				}
				return va.Reach != ReachNear && vb.Reach != ReachNear && va.letters() > vb.letters()
			}
		}},
		{"nouns", d.nouns, nouns, func(ids []int32) func(a, b int) bool {
			return func(a, b int) bool { return len(d.Verbs[ids[a]].Items) > len(d.Verbs[ids[b]].Items) }
		}},
	} {
		several := 0
		for h, got := range tt.heads {
			want := slices.Clone(got)
			slices.Sort(want)
			sort.SliceStable(want, tt.less(want))
			if !slices.Equal(got, want) {
				t.Errorf("%s %s: %q: patterns %v, want %v", dictName, tt.name, h, got, want)
			}
			if len(got) > 1 {
				several++
			}
		}
		if several < tt.several {
			t.Errorf("%s %s: %d heads with several patterns, want at least %d", dictName, tt.name, several, tt.several)
		}
	}
}
