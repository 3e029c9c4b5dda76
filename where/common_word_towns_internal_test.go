package where

import (
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/annals-project/annals/where/internal/fold"
)

// TestTierOwnNames checks that the second tier finds each of its places by
// the place's own name when the name has a name's shape (capitalised, not
// in capitals, of 3 letters or more, without digits), common words
// included: "Delta" finds Delta, Pennsylvania, and "Purchase" Purchase,
// New York, under the common word's mark.
func TestTierOwnNames(t *testing.T) {
	g := loaded(t)
	tier, err := g.smallTowns()
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	tier.eachPlace(func(off int32) {
		name := tier.place(off).Name
		if !nameShaped(name) {
			return
		}
		for _, k := range []string{fold.Key(name), fold.Key(fold.ASCII(name))} {
			refs, _ := strings.CutPrefix(tier.refs(k), "*")
			refs, _ = strings.CutPrefix(refs, commonWordMark)
			for r := range strings.SplitSeq(refs, ",") {
				if r == strconv.Itoa(int(off)) {
					return
				}
			}
		}
		if lost++; lost <= 5 {
			t.Errorf("no name line of the tier finds %q (row at %d)", name, off)
		}
	})
	if lost > 5 {
		t.Errorf("%d places in all are not found by their own names", lost)
	}
	for _, tt := range []struct {
		key    string
		common bool
	}{
		{"delta", true}, {"purchase", true}, {"palisade", true},
		{"randolph", false}, {"lanuza", false},
	} {
		refs := tier.refs(tt.key)
		if refs == "" {
			t.Errorf("refs(%q) is empty", tt.key)
		}
		if common := strings.HasPrefix(refs, commonWordMark); common != tt.common {
			t.Errorf("refs(%q) = %q: marked as a common word %v, want %v", tt.key, refs, common, tt.common)
		}
	}
}

// nameShaped reports whether n has the shape of a name the tier keeps:
// its first letter upper case, a lower-case letter in it, no digit, and
// at least 3 letters once folded.
func nameShaped(n string) bool {
	first, lower := true, false
	for _, r := range n {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			if first && !unicode.IsUpper(r) {
				return false
			}
			first = false
			lower = lower || unicode.IsLower(r)
		}
	}
	letters := 0
	for _, c := range []byte(fold.Key(n)) {
		if c >= 'a' && c <= 'z' {
			letters++
		}
	}
	return lower && letters >= 3
}
