package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBodiesNamedAgain checks bodies named again by a definite noun or a
// pronoun: "both sides" as the object of an appeal, "the two sides" and
// "officials from the two countries" as a subject whose pair stands in the
// same sentence or the one before, "the Fund" or "the Bank" for the one
// international body of that name met earlier, and "it" for a body's
// council named as the subject before. Each rule has rows where it must
// stay silent.
func TestBodiesNamedAgain(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		// "both sides" and "the two countries" as an object: the two
		// parties named before, other than the subject.
		{"both sides urged", "Greek and Turkish warships headed for a clash. Washington urged both sides to exercise restraint.", []string{"USAGOV GRC 0256", "USAGOV TUR 0256"}},
		{"the pair inside the subject is no object", "Greece and Turkey's NATO allies called on both countries to avoid force.", nil},
		{"three parties before: no pair", "Kenya, Uganda and Tanzania clashed on the border. Britain urged both sides to exercise restraint.", []string{"KEN --- 190", "TZA --- 190", "UGA --- 190"}},
		// "the two" as a subject: the members of the two countries, and
		// the pair named earlier in the same sentence.
		{"officials from the two countries", "Kenya's foreign minister met Uganda's president on Monday. Officials from the two countries agreed to build a road.", []string{"KENGOV UGAGOV 0311", "KENGOV UGAGOV 043", "UGAGOV KENGOV 0311", "UGAGOV KENGOV 043"}},
		{"the two sides after their names in the sentence", "Kenyan officials said after talks with Uganda that the two sides agreed to build a road.", []string{"KENGOV UGA 0311", "KENGOV UGA 043", "UGA KENGOV 0311", "UGA KENGOV 043"}},
		{"a subject both nations is left alone", "Kenya and Uganda held talks. Then both nations issued statements on trade.", []string{"KEN UGA 043", "UGA KEN 043"}},
		// "the Fund", "the Bank": the one international body of that
		// name met before, as a subject, an object with an infinitive,
		// or the party of talks.
		{"the Fund urged", "The International Monetary Fund praised Kenya. Kenya urged the Fund to cut its fees.", []string{"IGOBUSIMF KEN 051", "KEN IGOBUSIMF 020"}},
		{"talks with the Fund", "Sudan owes the IMF money. Sudan will hold talks with the Fund in July.", []string{"IGOBUSIMF SDN 036", "SDN IGOBUSIMF 036"}},
		{"the Bank as a subject, not a bank of the country", "The World Bank lent Kenya money. The Bank praised Kenya.", []string{"IGODEVWBK KEN 051", "IGODEVWBK KEN 071"}},
		{"the Bank as an object, not a bank of the country", "The World Bank lent Kenya money. Kenya urged the Bank to cut fees.", []string{"IGODEVWBK KEN 071", "KEN IGODEVWBK 020"}},
		{"two banks before: no reference", "The World Bank and the African Development Bank lent Kenya money. The Bank praised Kenya.", []string{"IGOAFRDEVAFB KEN 071", "IGODEVWBK KEN 071"}},
		{"a longer name is its own", "The World Bank lent Kenya money. The Bank of Japan praised Kenya for its reforms.", []string{"IGODEVWBK KEN 071", "JPNGOV KEN 051"}},
		// The first sentence's tariffs are 163 (round 47); the second,
		// where the Community is only acted on, stays silent.
		{"a body acted on is left alone", "The EC raised tariffs on Japan. Japan said it would stop its surplus with the Community.", []string{"IGOEUREEC JPN 163"}},
		// "it" for a body's council named as the subject before.
		{"it for the NATO Council", "The ruling NATO Council yesterday adopted a report. It called on Turkey to cut spending.", []string{"IGOWSTNAT TUR 020"}},
		{"it for a country's board: no body head", "The Kenya Tourism Board yesterday opened an office. It called on Uganda to cut fees.", nil},
	})
}
