package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestThreatsIntents checks round 48's acts in clauses the coder used to miss or
// misattribute: a threat whose threatened act has no pattern of its own is
// still a threat against the party named after it; "his country" after a
// speech verb is the speaker's own country; and an intent stated by one
// party's own plan or decision ("plans to hold talks with France") is that
// party's alone, with no reciprocal event, while an arranged meeting ("is
// due to hold talks") and a list of parties keep theirs.
func TestThreatsIntents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// A threatened act with no pattern: the threat itself.
		{"threatened to block firms", "The British Prime Minister threatened to block Japanese financial firms from London.", []string{"GBRGOV JPNBUS 131"}},
		{"threatened to block Japan", "The United States threatened to block Japan from the talks.", []string{"USA JPN 131"}},
		{"a threatened act with its own pattern", "Kenya is threatening to revoke the licences of Ugandan banks.", []string{"KEN UGABUS 132"}},
		{"a threat to no party", "Thatcher threatened to resign.", nil},
		{"a threat to a thing", "Britain threatened to block the merger.", nil},
		{"no threat", "Britain tried to block Japanese financial firms from London.", nil},
		// "his country" reported by its speaker.
		{"said his country", "U.S. Secretary of State George Shultz said his country welcomed China's interest in joining GATT.", []string{"USA CHN 051"}},
		{"reiterated his country would", "Iranian Premier Mir-Hossein Mousavi reiterated his country would retaliate for U.S. Navy attacks on Gulf oil platforms.", []string{"IRN USAMIL 130"}},
		{"said that his nation", "The Japanese foreign minister said that his nation had rejected the American proposal.", []string{"JPN USA 127"}},
		{"his country's firms are not the country", "Shultz said his country's firms welcomed China's interest in joining GATT.", nil},
		{"a speaker after the clause", "His country welcomed China's interest, Shultz said.", nil},
		{"a firm has no country of its own", "The company said his country welcomed China's interest.", nil},
		{"no speech verb", "In a speech, Shultz and his country welcomed nothing.", nil},
		// One party's plan or decision: no reciprocal intent.
		{"plans to hold talks", "The Japanese Finance Ministry said it plans to hold formal financial talks with France.", []string{"JPNGOV FRA 036"}},
		{"plans to hold talks on", "Japan plans to hold talks with France on trade next week.", []string{"JPN FRA 036"}},
		{"agreed to talks", "European Community foreign ministers agreed to formal talks with Hungary.", []string{"IGOEUREEC HUN 036"}},
		{"decided to continue talks", "Argentine ministers decided to continue talks with Japan.", []string{"ARGGOV JPN 036"}},
		{"an arranged meeting stays joint", "Japan is due to hold talks with France on trade next week.", []string{"FRA JPN 036", "JPN FRA 036"}},
		{"a list of parties stays joint", "France and Italy agreed to hold talks.", []string{"FRA ITA 036", "ITA FRA 036"}},
		{"talks held stay joint", "Japan resumed talks with France.", []string{"FRA JPN 046", "JPN FRA 046"}},
	}
	checkCodings(t, p, tests)
}
