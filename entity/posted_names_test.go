package entity_test

import "testing"

// TestPostedEnvoy checks that an envoy whose post is named between his
// title and his name is named without the post and coded for the state
// that sent him, and that the surname later is too.
func TestPostedEnvoy(t *testing.T) {
	const next = " Valerio urged China to act."
	tests := []struct {
		name, text, person, code string
	}{
		{"ambassador to a capital", "Portuguese Ambassador to Peking Octavio Valerio said the talks went well.", "Octavio Valerio", "PRTGOV"},
		{"ambassador to a country", "Portuguese ambassador to China Octavio Valerio said the talks went well.", "Octavio Valerio", "PRTGOV"},
		{"ambassador to the country", "The Portuguese ambassador to the United States Octavio Valerio said the talks went well.", "Octavio Valerio", "PRTGOV"},
		// Negative: a plain title keeps its own country.
		{"ambassador without a post", "Portuguese Ambassador Octavio Valerio said the talks went well.", "Octavio Valerio", "PRTGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, found, surname := personAndSource(t, tc.text+next, tc.person, "Valerio")
			if !found || got != tc.code {
				t.Errorf("%s coded %q (found %v), want %q", tc.person, got, found, tc.code)
			}
			if surname != tc.code {
				t.Errorf("Valerio coded %q, want %q", surname, tc.code)
			}
		})
	}
}
