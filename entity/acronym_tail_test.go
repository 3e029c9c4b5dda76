package entity_test

import "testing"

// TestAcronymAfterTitleBody covers a body named in full with its acronym in
// brackets inside a person's apposition: the apposition still ends at its
// comma, so the person takes the body's code and the verb after it codes.
func TestAcronymAfterTitleBody(t *testing.T) {
	tests := []struct {
		name, text, person, code string
	}{
		{"an international body", "John Smith, managing director of the International Monetary Fund (IMF), urged Brazil to act.",
			"John Smith", "IGOBUSIMF"},
		{"a regional body", "John Smith, director of the European Community (EC), criticised Japan.",
			"John Smith", "IGOEUREEC"},
		{"a national business body", "Eishiro Saito, chairman of the Federation of Economic Organisations (Keidanren), urged Takeshita to act.",
			"Eishiro Saito", "JPNBUS"},
		// Silent: a year in brackets is no acronym.
		{"a year in brackets", "John Smith, managing director of the International Monetary Fund (1985), urged Brazil to act.",
			"John Smith", ""},
		// Silent: the apposition goes on past the acronym, so it is no title.
		{"apposition runs on", "John Smith, managing director of the International Monetary Fund (IMF) in Washington, urged Brazil to act.",
			"John Smith", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, found, src := personAndSource(t, tc.text, tc.person, tc.person)
			if found && code != tc.code {
				t.Errorf("%s coded %q, want %q", tc.person, code, tc.code)
			}
			if !found && tc.code != "" {
				t.Fatalf("no person %q", tc.person)
			}
			if src != tc.code {
				t.Errorf("the verb's source coded %q, want %q", src, tc.code)
			}
		})
	}
}
