package where

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestPlaceCueWordsComplete guards placeCue's fast path: a token whose
// Norm is not in placeCueWords is answered as a mere preposition, so every
// word placeCue's body compares t.Norm with, and every set it looks t.Norm
// up in, must be covered by placeCueWords (notWeak and placeCueWords
// itself aside: the fast path consults them).
func TestPlaceCueWordsComplete(t *testing.T) {
	b, err := os.ReadFile("recognize.go")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	start := strings.Index(src, "func (r *Recognizer) placeCue(")
	if start < 0 {
		t.Fatal("placeCue not found in recognize.go")
	}
	end := strings.Index(src[start:], "\n}\n")
	body := src[start : start+end]
	for _, m := range regexp.MustCompile(`t\.Norm == "([^"]+)"`).FindAllStringSubmatch(body, -1) {
		if m[1] == "," {
			continue // punctuation is answered before the fast path
		}
		if !placeCueWords[m[1]] {
			t.Errorf("placeCue tests %q, which placeCueWords lacks", m[1])
		}
	}
	sets := map[string]map[string]bool{"pairSeconds": pairSeconds, "routeVerbs": routeVerbs, "appositive": appositive, "leaveVerbs": leaveVerbs, "deliveryTerms": deliveryTerms}
	for _, m := range regexp.MustCompile(`(\w+)\[t\.Norm\]`).FindAllStringSubmatch(body, -1) {
		name := m[1]
		switch name {
		case "notWeak", "placeCueWords":
			continue
		case "wordCues":
			for w := range wordCues {
				if !placeCueWords[w] {
					t.Errorf("wordCues has %q, which placeCueWords lacks", w)
				}
			}
			continue
		}
		set, ok := sets[name]
		if !ok {
			t.Errorf("placeCue looks t.Norm up in %s: add it to placeCueWords and to this test", name)
			continue
		}
		for w := range set {
			if !placeCueWords[w] && !(name == "leaveVerbs" && wordCues[w] != noCue) {
				t.Errorf("%s has %q, which placeCueWords lacks", name, w)
			}
		}
	}
}
