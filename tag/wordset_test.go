package tag

import "testing"

// TestWordSetsMatchMaps checks each wordSet against the map it is built
// from: every listed word is in the set, and words one letter off a
// listed word, or from another list, are in it exactly when the map has
// them.
func TestWordSetsMatchMaps(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  *wordSet
		m    map[string]bool
	}{
		{"speechVerbs", &speechVerbsSet, speechVerbs},
		{"tellVerbs", &tellVerbsSet, tellVerbs},
		{"timeWords", &timeWordsSet, timeWords},
		{"pluralSense", &pluralSenseSet, pluralSense},
		{"spanWords", &spanWordsSet, spanWords},
		{"pastAsBase", &pastAsBaseSet, pastAsBase},
		{"objectVerbs", &objectVerbsSet, objectVerbs},
		{"namedPasts", &namedPastsSet, namedPasts},
		{"mandative", &mandativeSet, mandative},
	} {
		probes := []string{"", "said", "the", "minister", "acknowledged", "x"}
		for w := range tc.m {
			probes = append(probes, w, w[:len(w)-1], w+"s", "x"+w)
		}
		for w := range speechVerbs {
			probes = append(probes, w)
		}
		for _, w := range probes {
			if got, want := tc.set.has(w), tc.m[w]; got != want {
				t.Errorf("%s: has(%q) = %v, the map says %v", tc.name, w, got, want)
			}
		}
	}
}

// TestSetOfSkipsFalse checks that a word a list maps to false is no
// member: setOf must not read a map's keys as its members.
func TestSetOfSkipsFalse(t *testing.T) {
	s := setOf(map[string]bool{"say": true, "tell": false})
	for w, want := range map[string]bool{"say": true, "tell": false, "ask": false} {
		if got := s.has(w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordSetFilterOverLexicon checks the filter of every word list
// against its map over every word of the lexicon and their -s, -ed and
// -ing forms: the filter may pass a word the list lacks, never turn a
// member away.
func TestWordSetFilterOverLexicon(t *testing.T) {
	_, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		set *wordSet
		m   map[string]bool
	}{
		{&speechVerbsSet, speechVerbs}, {&tellVerbsSet, tellVerbs}, {&timeWordsSet, timeWords},
		{&pluralSenseSet, pluralSense}, {&spanWordsSet, spanWords}, {&pastAsBaseSet, pastAsBase},
		{&objectVerbsSet, objectVerbs}, {&namedPastsSet, namedPasts}, {&mandativeSet, mandative},
	}
	passed := 0
	for i := range store {
		w := store[i].word
		for _, f := range []string{w, w + "s", w + "ed", w + "ing", w[:1]} {
			for _, s := range sets {
				if got, want := s.set.has(f), s.m[f]; got != want {
					t.Errorf("has(%q) = %v, the map says %v", f, got, want)
				}
				if len(f) >= 2 && s.set.lengths[filterSlot(f)]>>(len(f)&31)&1 != 0 {
					passed++
				}
			}
		}
	}
	if passed == 0 {
		t.Error("the filters pass no word")
	}
}
