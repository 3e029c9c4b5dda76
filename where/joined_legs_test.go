package where_test

import "testing"

// TestJoinedLegs checks issue 5's forty-seventh round, read from the misses
// of all the read Reuters sets: after a cue, two known towns joined by a
// hyphen or a slash written against both (a freight leg, a range of
// ports, a metropolitan pair) are both places. A pair the article also
// writes as a firm's name, one qualifying a noun after "the", and a pair
// with a capitalised word after it are left out.
func TestJoinedLegs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: a leg after a cue, alone, in a list, before an area noun.
		{"leg", "", "It took a 31,000 tonner from Antwerp-Hamburg for a similar voyage at 4,250 dlrs daily.", "Antwerpen/BEL|Hamburg/DEU"},
		{"leg", "", "Several vessels were booked from Antwerp-Hamburg range, including one bound for Singapore.", "Antwerpen/BEL|Hamburg/DEU|Singapore/SGP"},
		{"leg", "", "It agreed to sell the stations in Philadelphia, Miami, Fort Worth-Dallas and Houston.", "Philadelphia/USA|Miami/USA|Fort Worth/USA|Dallas/USA|Houston/USA"},
		{"leg", "", "It will sell gasoline into the Houston and Dallas/Fort Worth metropolitan areas.", "Houston/USA|Dallas/USA|Fort Worth/USA"},
		{"leg", "", "Texas Commerce plans to add banks in the Dallas-Fort Worth area.", "Dallas/USA|Fort Worth/USA"},
		// Drop: the pair is a firm's name here or elsewhere in the article.
		{"leg", "", "Wheeling-Pittsburgh Steel Corp said its chief quit. He sold his stake in Wheeling-Pittsburgh to Lubensky.", ""},
		{"leg", "", "He joined Amsterdam-Rotterdam Bank last year.", ""},
		// Drop: with "the", the pair qualifies a facility.
		{"leg", "", "The union handed out brochures at the Dallas-Fort Worth airport.", ""},
		// Keep: twin towns are one place, a race names no place.
		{"leg", "", "Funds went to a shelter in Kitchener-Waterloo, Ontario.", "Kitchener/CAN|Ontario/CAN"},
		{"leg", "", "He won the race in Paris-Roubaix style.", ""},
		// Keep: a town known whole with its hyphen, and no cue at all.
		{"leg", "", "The plant is in Winston-Salem, the company said.", "Winston-Salem/USA"},
		{"leg", "", "Antwerp-Hamburg rates firmed.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
