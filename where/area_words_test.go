package where_test

import "testing"

// TestAreaWords checks issue 5's fifty-first round, read from the misses of
// the sets dev34.tsv to dev38.tsv and the older sets of their shape: a
// known region, or a large city, before a lower-case area word is a
// place with no cue before it, alone or as a list before a plural. A
// name qualifying an institution, a small town sharing a common word's
// name, a country before "states" and a first name before "area" stay out.
func TestAreaWords(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a name, or a list of names, before an area word.
		{"area", "", "Only the Montreal area was affected today and service was normal elsewhere.", "Montréal/CAN"},
		{"area", "", "Negotiations on a loan for the modernisation of the Haldia and Madras ports had been completed.", "Haldia/IND|Chennai/IND"},
		{"area", "", "The cable will link the mainland with eastern Sabah and Sarawak states, the agency reported.", "Sabah/MYS|Sarawak/MYS"},
		{"area", "", "China and Australia's Victoria state signed a joint venture contract.", "Victoria/AUS"},
		{"area", "", "The party president, speaking in Saltillo, Coahuila state, said the party would never permit it.", "Saltillo/MEX|Coahuila/MEX"},
		// Must drop: the area qualifies an institution or a figure; a
		// small town named as a common word; a country before "states".
		{"area", "", "The IFC is interested in a Sabah state government pulp and paper project.", ""},
		{"area", "", "The tariffs would double California state and local costs for fingerprinting.", ""},
		{"area", "", "He answered remarks by West Berlin state central bank president Dieter Hiss.", ""},
		{"area", "", "It will drill for prospects in the Gulf of Mexico's Mobile Bay area.", ""},
		{"area", "", "He said the Delta region and the Pacific region saw prices rise.", ""},
		{"area", "", "The Gulf states and the U.S. states that produce oil were hit.", ""},
		// One name before a plural: a group named by a region, which
		// the event coder took as a story's focus.
		{"area", "", "Utilities opposed exports of electricity to the New England states, a spokeswoman said.", ""},
		// Must keep out: a first name before an area word that is no
		// division; must keep: the region theArea already read.
		{"area", "", "He said Victoria area would see more rain.", ""},
		{"area", "", "He visited the Tokyo area last week.", "Tokyo/JPN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
