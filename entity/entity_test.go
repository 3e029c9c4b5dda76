package entity_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
)

// find returns the entity named name, or nil.
func find(doc *annals.Doc, name string) *annals.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}

// TestSeedPeople checks the mission's requirements on the seed article,
// independently of the golden file.
func TestSeedPeople(t *testing.T) {
	doc := seedDoc(t)
	people := []struct{ name, role, aff, code string }{
		{"Antonio Guterres", "Secretary-General", "United Nations", "IGOUNO"},
		{"Nabila Massrali", "spokesperson", "European Union", "IGOEUREEC"},
		{"Amir Khan Muttaqi", "acting foreign minister", "Taliban", "AFGGOV"},
		{"Josep Borrell", "foreign policy chief", "European Union", "IGOEUREEC"},
	}
	for _, p := range people {
		e := find(doc, p.name)
		if e == nil {
			t.Errorf("no entity %q", p.name)
			continue
		}
		if e.Type != "PERSON" || e.Role != p.role || e.Affiliation != p.aff || e.Code != p.code {
			t.Errorf("%s: got type %s role %q aff %q code %s, want PERSON %q %q %s", p.name, e.Type, e.Role, e.Affiliation, e.Code, p.role, p.aff, p.code)
		}
	}
	// "he also criticized" and "he told reporters" are Guterres, and both are
	// handed to the coder as implied actor mentions.
	for _, phrase := range []string{"he also criticized", "he told reporters"} {
		off := indexOf(t, doc.Text, phrase)
		var got *annals.Mention
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Implied && int(doc.Tokens[m.Tokens.Start].Start) == off {
				got = m
			}
		}
		if got == nil || got.Name != "Antonio Guterres" || got.Code != "IGOUNO" || got.Kind != annals.ActorMention || got.Entry != "coref:actors/people.txt:48" && got.Entry[:6] != "coref:" {
			t.Errorf("%q: implied mention %+v, want Antonio Guterres IGOUNO", phrase, got)
		}
	}
	speakers := map[string]string{
		"enable the US":     "Nabila Massrali",
		"This is an":        "Nabila Massrali",
		"We seek positive":  "Amir Khan Muttaqi",
		"We believe in":     "Amir Khan Muttaqi",
		"We can’t afford":   "Josep Borrell",
		"I am particularly": "Antonio Guterres",
	}
	n := 0
	for _, q := range doc.Quotes {
		for prefix, want := range speakers {
			if len(q.Text) < len(prefix) || q.Text[:len(prefix)] != prefix {
				continue
			}
			n++
			if q.Speaker == nil || q.Speaker.Name != want || q.Speaker.Code == "" {
				t.Errorf("quote %q: speaker %+v, want %s with a code", prefix, q.Speaker, want)
			}
		}
	}
	if n != len(speakers) {
		t.Errorf("found %d of the %d spoken quotations", n, len(speakers))
	}
}

func indexOf(t *testing.T, s, sub string) int {
	t.Helper()
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	t.Fatalf("%q not in text", sub)
	return -1
}

// TestContext covers people no dictionary knows.
func TestContext(t *testing.T) {
	type person struct{ name, role, aff, code string }
	tests := []struct {
		name string
		text string
		want []person
	}{
		{"title with place and capitals", "Chelyabinsk regional Deputy Governor Oleg Klimov said the fire was under control.",
			[]person{{"Oleg Klimov", "regional Deputy Governor", "", ""}}},
		{"capitalised title", "Emergencies Minister Yevgeny Zinichev visited the site on Monday.",
			[]person{{"Yevgeny Zinichev", "Emergencies Minister", "", ""}}},
		{"demonym and role code", "Afghan police chief Abdul Rahman Karimi said three men were arrested.",
			[]person{{"Abdul Rahman Karimi", "police chief", "Afghanistan", "AFGCOP"}}},
		{"appositive after", "Ahmad Zia Saraj, the Taliban's intelligence chief, said the border was closed.",
			[]person{{"Ahmad Zia Saraj", "intelligence chief", "Taliban", "AFGGOV"}}},
		{"appositive before", "The spokesman said that France's foreign minister, Claire Dubois, would travel to Kyiv.",
			[]person{{"Claire Dubois", "foreign minister", "France", "FRAGOV"}}},
		{"speech verb subject", "Maria Lopez said the vote had been fair.",
			[]person{{"Maria Lopez", "", "", ""}}},
		{"no evidence", "The Golden Gate Bridge was closed.", nil},
	}
	st := mustStages(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc("", tc.text, "2021-10-13")
			st.run(t, doc)
			var got []person
			for _, e := range doc.Entities {
				if e.Type == "PERSON" {
					got = append(got, person{e.Name, e.Role, e.Affiliation, e.Code})
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("people %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("person %d: got %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestCoref covers surnames, pronoun gender consistency and role nouns.
func TestCoref(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // mention text (first occurrence after the marker) -> entity name
	}{
		{"pronouns keep their person",
			"Defence Minister Anna Berg said the army was ready. She warned of new attacks. Foreign Minister Erik Holm said talks would go on. He added that envoys would meet. She later left the capital.",
			map[string]string{"She warned": "Anna Berg", "He added": "Erik Holm", "She later": "Anna Berg"}},
		{"surname",
			"Defence Minister Anna Berg said the army was ready. Berg warned of new attacks.",
			map[string]string{"Berg warned": "Anna Berg"}},
		{"role noun",
			"Russian foreign ministry spokeswoman Olga Petrova said Moscow would respond. The spokeswoman added that talks were possible.",
			map[string]string{"The spokeswoman added": "Olga Petrova"}},
	}
	st := mustStages(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc("", tc.text, "2021-10-13")
			st.run(t, doc)
			for marker, want := range tc.want {
				off := indexOf(t, doc.Text, marker)
				found := ""
				for _, e := range doc.Entities {
					for _, m := range e.Mentions {
						if m[0] == off {
							found = e.Name
						}
					}
				}
				if found != want {
					t.Errorf("%q: entity %q, want %q", marker, found, want)
				}
			}
		})
	}
}

// TestImpliedRoleNoun checks that a resolved role-noun subject reaches the coder.
func TestImpliedRoleNoun(t *testing.T) {
	doc := newDoc("", "Russian foreign ministry spokeswoman Olga Petrova said Moscow would respond. The spokeswoman accused Washington of lying.", "2021-10-13")
	mustStages(t).run(t, doc)
	for _, m := range doc.Mentions {
		if !m.Implied {
			continue
		}
		tx, _, _ := doc.Span(m.Tokens)
		if tx != "The spokeswoman" || m.Name != "Olga Petrova" || m.Code != "RUSGOV" || m.Entry != "coref:context" || m.Type != "PERSON" {
			t.Errorf("implied mention %q %+v", tx, m)
		}
		e := doc.Entities[m.Entity]
		if e.Name != "Olga Petrova" {
			t.Errorf("implied mention entity %d is %q", m.Entity, e.Name)
		}
		return
	}
	t.Errorf("no implied mention for the spokeswoman:\n%s%+v\n%+v\n%+v", format(doc), doc.Mentions, doc.Verbs, doc.Tokens[12:16])
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := newDoc("", "Maria Lopez said so.", "2021-10-13")
	if err := mustStages(t).res.Annotate(ctx, doc); err == nil {
		t.Error("Annotate with a canceled context returned nil")
	}
}

// TestQuoteSpeakers checks that a speaker the quote stage resolved by the
// clause structure around the quote, or named in full in its span, is not
// replaced by the nearest-mention rule of the coreference pass.
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text, prefix, want string
	}{
		{"pronoun after an opening quote: the previous sentence's subject",
			`Refusing to give up power, President Kofi Mensah agreed to a deal in which Prime Minister Kwame Boateng took office. "Only God will remove me," he declared.`,
			"Only God", "Kofi Mensah"},
		{"full name in the span over a namesake",
			`Former President Barack Obama spoke on Monday. Obama praised the crowd. Former First Lady Michelle Obama said, "Vote early and vote safely."`,
			"Vote early", "Michelle Obama"},
		{"pronoun for a person the entities do not hold",
			`Artist Jo Lane said, "Boundaries matter." Actress Denise Crosby is to appear in the final season of Suits. Underwhelmed with her role, she left the series. "This is not what I wanted," she said.`,
			"This is not", "Denise Crosby"},
		{"he never stands for a war",
			`Hassan Karimi was speaking at the opening of Defence Week, a commemoration of the eight-year Iran–Iraq War, which features parades. "Foreign forces must leave the region now," he said.`,
			"Foreign forces", "Hassan Karimi"},
		{"a decision is the court's",
			"The Supreme Court heard the appeal.\n\nThe summary of the decision read in part: \"The advice was unlawful and of no effect.\"",
			"The advice", "Supreme Court"},
	}
	st := mustStages(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc("", tc.text, "2021-10-13")
			st.run(t, doc)
			for _, q := range doc.Quotes {
				if len(q.Text) < len(tc.prefix) || q.Text[:len(tc.prefix)] != tc.prefix {
					continue
				}
				if q.Speaker == nil || q.Speaker.Name != tc.want {
					t.Errorf("speaker %+v, want %s", q.Speaker, tc.want)
				}
				return
			}
			t.Errorf("no quote %q", tc.prefix)
		})
	}
}

// TestThingNotPerson checks that a name whose head is a thing or event
// noun never becomes a person, even as a quote's speaker or the subject of
// a speech verb.
func TestThingNotPerson(t *testing.T) {
	tests := []struct{ text, thing string }{
		{`"Countries must cut emissions," the Kyoto Protocol says.`, "Kyoto Protocol"},
		{`The Kyoto Protocol states: "Countries must cut emissions."`, "Kyoto Protocol"},
		{"Kofi Mensah spoke at the Geneva Summit. The Geneva Summit declared that talks would go on.", "Geneva Summit"},
	}
	st := mustStages(t)
	for _, tc := range tests {
		doc := newDoc("", tc.text, "2021-10-13")
		st.run(t, doc)
		if e := find(doc, tc.thing); e != nil && e.Type == "PERSON" {
			t.Errorf("%q: %s taken for a person", tc.text, tc.thing)
		}
	}
}
