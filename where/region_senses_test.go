package where_test

import "testing"

// TestRegionSenses checks that a name the article ties to a region of one
// country is not a namesake town abroad in its bare mentions, while a
// town of the region's own country keeps its reading.
func TestRegionSenses(t *testing.T) {
	checkPlaceChoices(t, []placeChoice{
		{"a region called a state, then bare beside a town of it",
			"Australia's Victoria state signed a contract with a Chinese trust company. The new plant will be a sister plant to Victoria's Portland smelter. Officials hope for more investment in Victoria.",
			"Victoria/AUS", "Victoria/USA"},
		{"a great city of the region's own country keeps its name",
			"The company is based in White Plains, New York. Its shares are traded in New York.",
			"New York City/USA", ""},
	})
}
