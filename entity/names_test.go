package entity_test

import (
	"testing"
)

// TestNameBoundaries checks that a person's name found by pattern neither
// keeps the words before it that only describe the person (an occupation,
// an age, a party) nor takes the front of a longer name for a person.
func TestNameBoundaries(t *testing.T) {
	tests := []struct {
		name, in   string
		person     string // the one PERSON entity wanted; "" for none
		role       string
		notPersons []string
	}{
		{"organisation word after the run", `The National Crime Agency said, "The site is closed."`, "", "", []string{"National Crime"}},
		{"organisation word inside the run", `The Humane Society said, "We are outraged."`, "", "", []string{"Humane Society"}},
		{"dash inside a body's name", `African Export–Import Bank president Okey Oramah said, "The fees are high."`, "Okey Oramah", "president", []string{"African Export"}},
		{"capitalised title before the name", `Moderator Chris Wallace said, "The debate is over."`, "Chris Wallace", "Moderator", nil},
		{"whip title", `Minority Whip Dick Durbin said, "The vote is close."`, "Dick Durbin", "Minority Whip", nil},
		{"party label", `Republican Larry Hogan said, "I will veto the bill."`, "Larry Hogan", "", []string{"Republican Larry Hogan"}},
		{"age", `Fourteen-year-old Zoe Hale said, "I was scared."`, "Zoe Hale", "", []string{"Fourteen-year-old Zoe Hale"}},
		{"hyphened particle ends the name", `Journalist Nabil Hasan al-Quaety said, "We report the war."`, "Nabil Hasan al-Quaety", "Journalist", []string{"Nabil Hasan"}},
		{"caption credit after the name", "AIP chairman Markham Robinson spoke.\n\nImage: Markham Robinson Image.", "Markham Robinson", "chairman", []string{"Markham Robinson Image"}},
	}
	st := mustStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc("", tt.in, "2020-01-01")
			st.run(t, doc)
			var persons []string
			for _, e := range doc.Entities {
				if e.Type == "PERSON" {
					persons = append(persons, e.Name)
				}
			}
			for _, bad := range tt.notPersons {
				for _, p := range persons {
					if p == bad {
						t.Errorf("%q is a person; persons %q", bad, persons)
					}
				}
			}
			if tt.person == "" {
				return
			}
			e := find(doc, tt.person)
			if e == nil || e.Type != "PERSON" {
				t.Fatalf("no person %q; persons %q", tt.person, persons)
			}
			if e.Role != tt.role {
				t.Errorf("%q role %q, want %q", tt.person, e.Role, tt.role)
			}
		})
	}
}
