package where_test

import (
	"strings"
	"testing"
)

// TestStreetNames checks that a district the article also writes before a
// street's word ("Streatham High Road") is still found after "in", while
// a name written before another capitalised word, as a firm's or a
// person's is, stays out.
func TestStreetNames(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    string // a place that must be found, or "" for none
		notWant string // a place that must not be found
	}{
		{"district before its high road",
			"He stabbed two people on Streatham High Road in London, Britain. Police responded to the incident in Streatham on Sunday.",
			"Streatham/GBR", ""},
		{"district before a street",
			"Crowds gathered on Streatham Street in London, Britain. Police responded to the incident in Streatham on Sunday.",
			"Streatham/GBR", ""},
		{"the name before a firm's word",
			"Shares of Streatham Holdings rose in Britain. Police responded to the incident in Streatham on Sunday.",
			"", "Streatham/GBR"},
		{"street word only as a prefix of a longer word",
			"Shares of Streatham Roadways rose in Britain. Police responded to the incident in Streatham on Sunday.",
			"", "Streatham/GBR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		d := annotateTagged(t, tg, "", tt.text)
		got := "|" + strings.Join(places(t, d), "|") + "|"
		if tt.want != "" && !strings.Contains(got, "|"+tt.want+"|") {
			t.Errorf("%s: %q: got %q, want %q among them", tt.name, tt.text, got, tt.want)
		}
		if tt.notWant != "" && strings.Contains(got, "|"+tt.notWant+"|") {
			t.Errorf("%s: %q: got %q, want no %q", tt.name, tt.text, got, tt.notWant)
		}
	}
}
