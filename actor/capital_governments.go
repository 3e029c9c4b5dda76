package actor

import "github.com/annals-project/annals"

// capitalGovernment returns the end of a word of rule right after a
// capital ending at token aend ("the leftist Managua government", "the
// Kabul regime", "the Baghdad government"), or -1. A capital before a
// common noun usually names the city as a place ("a Kabul car bombing"),
// but before a word for who rules it names the state whose seat it is:
// wire copy writes "the Managua government" for Nicaragua's government, to
// vary the country's name or to mark a regime it does not recognise. The
// phrase is then that government, not a government of the story's main
// country. City councils and mayors are named with their own words
// ("city council", "municipal"), so the words here are the state's.
func capitalGovernment(toks []annals.Token, aend, end int) int {
	if aend >= end {
		return -1
	}
	switch toks[aend].Norm {
	case "government", "regime", "authorities", "administration", "leadership", "junta":
		return aend + 1
	}
	return -1
}
