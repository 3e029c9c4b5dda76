package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPartyGroups checks how parties and their members are coded: a
// longer party name ending in "Democratic Party" is not America's and takes
// the country of its phrase or story; "Democrats" and "Republicans" named as
// a group in an American story are the American parties, unless a word of
// another party's name, a count or a lower-case "republicans" says
// otherwise; a party named as ruling is the government.
func TestPartyGroups(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	portugal := "Portuguese Prime Minister Anibal Cavaco Silva met President Mario Soares in Lisbon.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a ruling party with its country", "Sweden's ruling Social Democratic Party gave full power to the government to decree sanctions.", "Sweden's ruling Social Democratic Party", "SWEGOV"},
		{"a longer name in the story's country", portugal + "Cavaco Silva's minority Social Democratic Party was toppled in a censure vote.", "Party", "PRTOPP"},
		{"a ruling longer name", portugal + "Left-wing parties voted against the ruling Social Democratic Party.", "Party", "PRTGOV"},
		{"a state's American party", "Officials of the Iowa Democratic Party counted the votes.", "Democratic Party", "USA"},
		{"the American party itself", "Martin-Trigona is a candidate for the Democratic Party's presidential nomination.", "the Democratic Party", "USA"},
		{"Democrats criticized", "Reagan criticized Democrats for failing to pass a budget.", "Democrats", "USA"},
		{"other Republicans", "Reagan vetoed the bill. Other Republicans have urged him to sign it.", "Republicans", "USA"},
		{"the Democrats", "Reagan vetoed the bill. The Democrats called on the administration to act.", "The Democrats", "USA"},
		{"Social Democrats", "West German Social Democrats criticized Reagan's trade policy.", "Democrats", "(none)"},
		{"Irish Republicans", "Irish Republicans in Boston criticized Reagan's policy on Ulster.", "Republicans", "(none)"},
		{"lower-case republicans", "Police in Belfast said republicans attacked a British army post.", "republicans", "(none)"},
		{"a count of members", "Reagan lost the vote, with three Democrats joining seven Republicans to oppose the measure.", "Republicans", "(none)"},
		{"another country's story", "Italy's Republicans left the coalition in Rome, Italian officials said.", "Republicans", "(none)"},
		{"the ruling party's name", "Two British opinion polls showed the ruling Conservative Party would retain power.", "Party", "GBRGOV"},
		{"the ruling party", "South Korea's ruling party announced a reform package.", "South Korea's ruling party", "KORGOV"},
		{"ruling beside opposition", "Japan's ruling and opposition parties agreed to reopen talks on the budget.", "opposition parties", "JPNOPP"},
		{"the opposition party", "Two British opinion polls showed the opposition Labour Party losing ground.", "the opposition Labour Party", "GBROPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
