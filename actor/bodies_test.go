package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStateBodies checks state bodies named through their country: a
// listed institution after the country's possessive, an unlisted body's
// proper name after the country, and the role words and firms that keep
// their own codes.
func TestStateBodies(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a listed body after its country's possessive", "Britain's Export Credits Guarantee Department met Nigeria.",
			"Britain's Export Credits Guarantee Department", "GBRGOV"},
		{"a central bank after its country's possessive", "West Germany's Bundesbank met France.", "West Germany's Bundesbank", "DEUGOV"},
		{"a listed body after its country's name", "Kenya met the U.S. Federal Reserve Board.", "the U.S. Federal Reserve Board", "USAGOV"},
		{"an unlisted body after a possessive", "Japan's Fair Trade Commission met Kenya.", "Japan's Fair Trade Commission", "JPNGOV"},
		{"an unlisted body after a nationality", "Kenya signed a deal with the British Overseas Development Administration.",
			"the British Overseas Development Administration", "GBRGOV"},
		{"an export credit agency by its role words", "Kenya met the French export credit agency.", "the French export credit agency", "FRAGOV"},
		{"a role word keeps its role", "The U.S. Defence Department met Kenya.", "The U.S. Defence Department", "USAMIL"},
		{"a name that runs on is no body", "Kenya's Office Depot met Uganda.", "Kenya", "KEN"},
		{"a bare head is left to the role words", "Kenya met Britain's Department of Trade.", "Britain's Department", "GBRGOV"},
		{"another country's institution is not joined", "Kenya's Bank of England deal failed.", "Kenya's Bank of England", ""},
		{"a creditors' club", "Kenya met the London Club.", "the London Club", "IGOBUS"},
		{"a donor group", "The Consultative Group met in Paris.", "The Consultative Group", "IGO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
