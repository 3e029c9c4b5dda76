package entity_test

import "testing"

// TestMissionHead checks that a person in apposition to the head of a
// state's or an international body's delegation or office takes that
// state's government or that body, and that the surname later does too.
func TestMissionHead(t *testing.T) {
	const next = " Denman urged Japan to cut its tariffs."
	tests := []struct {
		name, text, person, code string
	}{
		{"an IGO's delegation in a capital", "Roy Denman, Head of the EC Delegation in Washington, said the bill was misguided.", "Roy Denman", "IGOEUREEC"},
		{"an IGO's delegation here", "Roy Denman, head of the EC delegation here, said the bill was misguided.", "Roy Denman", "IGOEUREEC"},
		{"a state's delegation", "Roy Denman, head of the Malaysian delegation, said the bill was misguided.", "Roy Denman", "MYSGOV"},
		{"a state's mission to the UN", "Roy Denman, head of the British mission to the United Nations, said the bill was misguided.", "Roy Denman", "GBRGOV"},
		// Silent: the apposition goes on past the mission, so it is no title.
		{"apposition runs on", "Roy Denman, head of the EC delegation's trade team, said the bill was misguided.", "Roy Denman", ""},
		{"a mission noun with no place", "Roy Denman, head of the EC delegation in talks with Japan, said the bill was misguided.", "Roy Denman", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, surname := personAndSource(t, tc.text+next, tc.person, "Denman")
			if got != tc.code {
				t.Errorf("%s coded %q, want %q", tc.person, got, tc.code)
			}
			if tc.code != "" && surname != tc.code {
				t.Errorf("Denman coded %q, want %q", surname, tc.code)
			}
		})
	}
}
