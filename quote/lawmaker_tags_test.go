package quote_test

import "testing"

// TestLawmakerTags holds the rows of issue 4's fifty-first round: a
// lawmaker's party-and-state tag ("R-Texas", "(D-Ark.)") is no speaker,
// the lawmaker before it is; an acronym speaker ("GM") is named by the
// fullest form the article spells out ("General Motors"); a capitalised
// role after a name, its closing comma left out and a plural possessive
// or a bracketed acronym inside it, still gives the name; and a firm's
// name modifying a role noun after an indefinite ("one former General
// Motors human relations executive") stays in the role phrase.
func TestLawmakerTags(t *testing.T) {
	tests := []findRow{
		{"a party tag set off by commas",
			"A bill was introduced.\n\n\"Time is running out,\" Rep. Joe Barton, R-Texas, said in a statement.",
			[]want{{"Time is running out", "direct", "said", "Joe Barton", "Joe Barton"}}},
		{"a party tag in brackets",
			"A bill was introduced.\n\n\"We will act,\" Sen. David Pryor (D-Ark.) said.",
			[]want{{"We will act", "direct", "said", "Sen. David Pryor", "David Pryor"}}},
		{"regression: a hyphenated name is no party tag",
			"A bill was introduced.\n\n\"We will act,\" said Anne Dubois-Ravel.",
			[]want{{"We will act", "direct", "said", "Anne Dubois-Ravel", "Anne Dubois-Ravel"}}},
		{"an acronym spelled out earlier",
			"General Motors Corp said it backs the choice.\n\nGM also said the country owes him \"a great debt of gratitude\" for his work.",
			[]want{{"a great debt of gratitude", "partial", "said", "GM", "General Motors"}}},
		{"an acronym spelled out with of",
			"The Organisation for Economic Cooperation and Development met.\n\n\"Growth will slow,\" the OECD said.",
			[]want{{"Growth will slow", "direct", "said", "the OECD", "Organisation for Economic Cooperation and Development"}}},
		{"regression: an acronym never spelled out stays",
			"The talks went on.\n\n\"Growth will slow,\" the OECD said.",
			[]want{{"Growth will slow", "direct", "said", "the OECD", "OECD"}}},
		{"a capitalised role with a plural possessive, comma left out",
			"Employers want change. \"The way to do it is not to raise wages,\" Bumpei Otsuki, President of the Japan Federation of Employers' Associations told a press conference.",
			[]want{{"The way to do it is not to raise wages", "direct", "told", "Bumpei Otsuki", "Bumpei Otsuki"}}},
		{"a capitalised role with a bracketed acronym, comma left out",
			"Funds were found. \"There is every reason to believe that,\" Ramon Diaz, Chairman of the Presidential Commission on Good Government (PCGG) told reporters.",
			[]want{{"There is every reason to believe that", "direct", "told", "Ramon Diaz", "Ramon Diaz"}}},
		{"a firm modifying a role after one",
			"Talks begin soon.\n\n\"You are going to see a rough set of negotiations,\" says one former General Motors human relations executive.",
			[]want{{"You are going to see a rough set of negotiations", "direct", "says", "one former General Motors human relations executive", ""}}},
		{"a party modifying a role after one",
			"Talks begin soon.\n\n\"We're falling by our own hand,\" said one Republican political strategist.",
			[]want{{"We're falling by our own hand", "direct", "said", "one Republican political strategist", ""}}},
	}
	checkRows(t, tests)
}
