package where

import "strings"

// streetWords end the names of streets that wire copy and local news
// write after the district or town they run through ("Streatham High
// Road", "Kensington High Street"): a name the article writes before one
// is a place, not the first word of a firm's or a person's name.
var streetWords = [...]string{"High Road", "High Street", "Road", "Street", "Avenue"}

// streetAfter reports whether text, what follows a name and its space,
// opens with a street word that ends there (before a non-letter or the
// end of the text), so that notTown does not take the name for a firm's.
func streetAfter(text string) bool {
	for _, w := range streetWords {
		if rest, ok := strings.CutPrefix(text, w); ok && (rest == "" || !asciiLetter(rest[0])) {
			return true
		}
	}
	return false
}
