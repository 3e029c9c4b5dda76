package tag

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// anySuffix is the plain loop nounSuffix and adjectiveSuffix replace.
func anySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// TestSuffixSwitches checks the last-letter switches against the plain
// loop over every word of the lexicon and some short and odd strings.
func TestSuffixSwitches(t *testing.T) {
	nouns := []string{"tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "ist", "ery", "age"}
	adjs := []string{"ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish", "ian", "ese", "ary", "ant", "ent"}
	words := []string{"", "a", "al", "ic", "ty", "ion", "nation", "fusion", "payment", "goodness", "city", "realism",
		"ownership", "balance", "presence", "analyst", "bakery", "shortage", "famous", "careful", "active", "capable",
		"visible", "federal", "public", "reckless", "british", "russian", "chinese", "primary", "tenant", "silent",
		"bless", "cool", "eye", "syrup", "hash", "x-ray", "ionic", "able", "ible", "ence"}
	words = append(words, nouns...)
	words = append(words, adjs...)
	f, err := os.Open("lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w, _, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words read from lexicon.txt", len(words))
	}
	for _, w := range words {
		if got, want := nounSuffix(w), anySuffix(w, nouns...); got != want {
			t.Errorf("nounSuffix(%q) = %v, want %v", w, got, want)
		}
		if got, want := adjectiveSuffix(w), anySuffix(w, adjs...); got != want {
			t.Errorf("adjectiveSuffix(%q) = %v, want %v", w, got, want)
		}
	}
}
