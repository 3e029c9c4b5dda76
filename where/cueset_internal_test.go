package where

import "testing"

// TestPlaceCueSets checks placeCue's one lookup against the sets it
// stands for: every word of placeCueWords has an entry with the sets it
// belongs to and its wordCues cue, and every word of those sets is in
// placeCueWords (placeCue answers any other word as a mere preposition).
func TestPlaceCueSets(t *testing.T) {
	sets := []struct {
		name string
		set  map[string]bool
		bit  uint8
	}{
		{"pairSeconds", pairSeconds, inPairSeconds},
		{"deliveryTerms", deliveryTerms, inDeliveryTerms},
		{"routeVerbs", routeVerbs, inRouteVerbs},
		{"appositive", appositive, inAppositive},
		{"notWeak", notWeak, inNotWeak},
	}
	if len(placeCueSets) != len(placeCueWords) {
		t.Errorf("placeCueSets has %d words, placeCueWords %d", len(placeCueSets), len(placeCueWords))
	}
	for w := range placeCueWords {
		cw := cueWordOf(w)
		if cw.sets&inPlaceCueWords == 0 {
			t.Errorf("%q: no entry", w)
			continue
		}
		if cw.cue != wordCues[w] {
			t.Errorf("%q: cue %d, wordCues %d", w, cw.cue, wordCues[w])
		}
		for _, s := range sets {
			if got := cw.sets&s.bit != 0; got != s.set[w] {
				t.Errorf("%q: in %s %v, want %v", w, s.name, got, s.set[w])
			}
		}
	}
	for _, s := range sets {
		if s.name == "notWeak" {
			continue // consulted for every preposition
		}
		for w := range s.set {
			if !placeCueWords[w] {
				t.Errorf("%s has %q, which placeCueWords lacks", s.name, w)
			}
		}
	}
	for w := range wordCues {
		if !placeCueWords[w] {
			t.Errorf("wordCues has %q, which placeCueWords lacks", w)
		}
	}
	for _, w := range []string{"the", "said", "with", "Japan", ""} {
		if !placeCueWords[w] && cueWordOf(w) != (cueWord{}) {
			t.Errorf("%q: an entry for a word outside placeCueWords", w)
		}
	}
}

// TestCueNames checks the numbers placeCue's switch compares in place of
// the token's string: each word of placeCueWords carries the number of
// its own word, or noName, so that a number matches exactly when the
// string would; and no two words share one.
func TestCueNames(t *testing.T) {
	seen := map[cueName]string{}
	for w, n := range cueNames {
		if n == noName {
			t.Errorf("%q: numbered noName", w)
		}
		if o, ok := seen[n]; ok {
			t.Errorf("%q and %q share the number %d", w, o, n)
		}
		seen[n] = w
	}
	for w := range placeCueWords {
		if got, want := cueWordOf(w).word, cueNames[w]; got != want {
			t.Errorf("cueWordOf(%q).word = %d, want %d", w, got, want)
		}
	}
}
