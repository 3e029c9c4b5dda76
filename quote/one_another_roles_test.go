package quote_test

import "testing"

// TestOneAnotherRoles holds the rows of issue 4's forty-ninth round: "One" and
// "Another" opening a sentence are no names but the role they stand for
// ("Another added" after "a dealer said" is another dealer), modifiers
// and a place after them included ("One senior trader in Riyadh"); a
// people's adjective modifies the role after it ("another Japanese bank
// official") and owns no document ("The French statement" is its
// earlier issuer's); the person before "of" a broker's kind or a
// partnership ("of stockbroker Hoare Govett", "of Phillips and Drew")
// speaks; a possessive names a document's issuer ("Hawkeye's annual
// report"); and a role of a body written in lower case between a name's
// comma and the cue ("Bob Wilson, executive officer of local 174 said")
// leaves the name the speaker.
func TestOneAnotherRoles(t *testing.T) {
	tests := []findRow{
		{"sentence-opening Another after a role",
			"Dealers were wary.\n\n\"The pact may not hold,\" a dealer said. Another added, \"They will push the dollar down.\"",
			[]want{{"The pact may not hold", "direct", "said", "a dealer", ""}, {"They will push the dollar down.", "direct", "added", "Another", "dealer"}}},
		{"sentence-opening Another after one role",
			"Aides were calm.\n\n\"It does not mean that,\" one official said. Another commented, \"Baker will miss him.\"",
			[]want{{"It does not mean that", "direct", "said", "one official", ""}, {"Baker will miss him.", "direct", "commented", "Another", "official"}}},
		{"regression: One of them stays a member of the group",
			"The children spoke.\n\nOne of them said, \"It made me the person I am today.\"",
			[]want{{"It made me the person I am today.", "direct", "said", "One of them", ""}}},
		{"One, modifiers, role and place",
			"Banks rose.\n\nOne senior currency trader in Riyadh said: \"Business has gained pace.\"",
			[]want{{"Business has gained pace.", "direct", "said", "One senior currency trader in Riyadh", ""}}},
		{"one, role and place after the quote",
			"Banks rose.\n\n\"Business has gained pace,\" one senior official in Tokyo said.",
			[]want{{"Business has gained pace", "direct", "said", "one senior official in Tokyo", ""}}},
		{"people's adjective before a role",
			"Banks lent.\n\n\"We have yet to see a clear picture,\" said another Japanese bank official.",
			[]want{{"We have yet to see a clear picture", "direct", "said", "another Japanese bank official", ""}}},
		{"people's adjective before a document issued earlier",
			"Ships were hit.\n\n\"All states have the right to act,\" the Foreign Ministry spokesman said in a statement.\n\nThe French statement described the target as \"an Iranian military platform.\"",
			[]want{{"All states have the right to act", "direct", "said", "the Foreign Ministry spokesman", ""}, {"an Iranian military platform.", "partial", "described", "The French statement", "Foreign Ministry spokesman"}}},
		{"regression: people's adjective and a document with no issuer before",
			"Talks stalled.\n\nThe Greek statement today said, \"Greece is not prepared to give up its rights.\"",
			[]want{{"Greece is not prepared to give up its rights.", "direct", "said", "Greek", "Greek"}}},
		{"analyst of a broker named by its kind",
			"Oil was found.\n\n\"The field seems to be shallow,\" Christopher Osborne of stockbroker Hoare Govett said.",
			[]want{{"The field seems to be shallow", "direct", "said", "Christopher Osborne", "Christopher Osborne"}}},
		{"analyst of a partnership",
			"Oil was found.\n\n\"The oil seems to flow well,\" Carol Bell of Phillips and Drew told Reuters.",
			[]want{{"The oil seems to flow well", "direct", "told", "Carol Bell", "Carol Bell"}}},
		{"regression: a firm's name with Co stays the firm's person",
			"Oil was found.\n\n\"The field is big,\" Paul Spedding of stockbroker Kleinwort Grieveson and Co told Reuters.",
			[]want{{"The field is big", "direct", "told", "Paul Spedding", "Paul Spedding"}}},
		{"the report after an owner's possessive",
			"Hawkeye lost money.\n\nAuditors qualified the results, Hawkeye's annual report showed.\n\n\"The restructuring has improved our condition,\" the report said.",
			[]want{{"The restructuring has improved our condition", "direct", "said", "the report", "Hawkeye"}}},
		{"role of a lower-case body before the cue",
			"Talks went on.\n\n\"Members rejected the latest offer,\" Bob Wilson, executive officer of local 174 said.",
			[]want{{"Members rejected the latest offer", "direct", "said", "Bob Wilson", "Bob Wilson"}}},
	}
	checkRows(t, tests)
}
