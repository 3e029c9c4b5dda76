package quote

import (
	"strings"
	"testing"
)

// TestRolesLower checks rolesLower against a lookup of strings.ToLower in
// roles, and that its filter lets every role through.
func TestRolesLower(t *testing.T) {
	words := []string{"", "Spokesman", "SPOKESMAN", "spokesman", "Minister", "Prime", "Zürich", "Ärztin", "x", "Chief-Executive",
		"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "SPOKESPERSONSPOKESPERSON"}
	var roleWords []string
	for w := range roles.words {
		roleWords = append(roleWords, w)
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	if r := rolesLower.filter.Rejected(roleWords); len(r) > 0 {
		t.Errorf("the filter rejects %q", r)
	}
	for _, w := range words {
		if got, want := rolesLower.has(w), roles.words[strings.ToLower(w)]; got != want {
			t.Errorf("rolesLower.has(%q) = %v, want %v", w, got, want)
		}
	}
}
