package where_test

import (
	"testing"
)

// TestRecoveryWeather checks issue 5's twenty-first-round rules, drawn from a
// gold-free look at what Reuters wire copy names and annals leaves out,
// each with rows it must keep out.
func TestRecoveryWeather(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// A country's economic recovery is its economy's.
		{"recovery", "The officials said the move could hurt Australia's economic recovery.", "Australia/AUS"},
		{"recovery", "France's economic recovery will take several years, the minister said.", "France/FRA"},
		{"recovery", "Brazil's recovery plan failed.", ""},
		{"recovery", "Brazil's economic recovery plan failed.", ""},
		// A figure the tagger reads as a verb, whose own verb it reads
		// as a noun: an article or an amount after it shows the verb.
		{"verb", "Taiwan's foreign exchange reserves hit a new high of 51 billion dlrs.", "Taiwan/TWN"},
		{"verb", "Australia's broad money supply rose 10.3 pct in the year ended January.", "Australia/AUS"},
		{"verb", "Japan's motorcycle exports rose 18 pct from January.", "Japan/JPN"},
		{"verb", "Peru's trade credit lines rose.", ""},
		{"verb", "Japan's export growth target is unrealistic.", ""},
		// What the weather strikes is a land, a country included.
		{"storm", "Blizzards lashed Greece today, piling up snow.", "Greece/GRC"},
		{"storm", "A quake struck northern Ecuador and southern Colombia.", "Ecuador/ECU|Colombia/COL"},
		{"storm", "HEAVY SNOWS HIT GREECE, ITALY", "Greece/GRC|Italy/ITA"},
		{"storm", "Iran struck Israel on Monday.", ""},
		{"storm", "The decision hit Brazil hard.", ""},
		// Two narrowing words joined by "and" before one area.
		{"parts", "Cold weather also hit southern and eastern Italy.", "Italy/ITA"},
		{"parts", "Dry weather covered grain areas in western and central Algeria.", "Algeria/DZA"},
		{"parts", "Talks in the north and Japan's offer helped.", ""},
		// A verb of going after a speaking verb takes the "to".
		{"motion", "He said he would go to Wellington for talks with New Zealand.", "Wellington/NZL"},
		{"motion", "He said they will then return to Geneva for negotiations.", "Genève/CHE"},
		{"motion", "He said it had sold the plant to Japan.", ""},
		{"motion", "He said he would give the plant to Japan.", ""},
		// English exonyms the spelling folds cannot reach.
		{"exonym", "Talks resumed in Geneva on Monday.", "Genève/CHE"},
		{"exonym", "The bonds will be listed in Berne and Zurich.", "Bern/CHE|Zürich/CHE"},
		{"exonym", "Refinery closures in Antwerp were studied.", "Antwerpen/BEL"},
		{"exonym", "The firm is based in Geneva, Ill.", "Geneva/USA|Illinois/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
