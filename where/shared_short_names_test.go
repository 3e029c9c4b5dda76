package where_test

import "testing"

// TestSharedShortNames checks that "Korea" alone is South Korea, as wire
// copy shortens it, except in an article that also names North Korea,
// where it may mean either state or the peninsula; names of firms and
// banks stay out as before.
func TestSharedShortNames(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: the bare name after a place cue, in a list, in an address.
		{"korea", "", "The company is trying to get a license to operate directly in Korea before next year's Olympics.", "South Korea/KOR"},
		{"korea", "", "The FDA detained 15 shipments made by firms in Korea and four from Malaysia.", "South Korea/KOR|Malaysia/MYS"},
		{"korea", "", "Life sold the rights to market its technology in Japan, Korea and Taiwan.", "Japan/JPN|South Korea/KOR|Taiwan/TWN"},
		// Leave out: the article names North Korea, in full or paired.
		{"korea", "", "He was an honorary ambassador in Korea. North and South Korea agreed to reopen talks.", ""},
		{"korea", "", "The FDA detained shipments made by firms in Korea, and troops were sent to North Korea.", "North Korea/PRK"},
		// Leave out, as before: a bank or firm named for the country.
		{"korea", "", "Bank of Korea officials would neither confirm nor deny the report.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
