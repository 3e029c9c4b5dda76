package quote_test

import "testing"

// TestRolePronouns holds the rows of issue 4's thirty-sixth round: a he or she
// that stands for a person the article introduces only by role, across a
// sentence of background or after that person's quote; and a country
// named between a person and the pronoun, which is no one the pronoun
// can stand for.
func TestRolePronouns(t *testing.T) {
	tests := []findRow{
		{"role subject, a background paragraph between",
			"A leading Madrid broker said the central bank was tightening policy.\n\nConsumer prices rose 8.3 pct last year.\n\n\"Money supply is the main weapon,\" he said.",
			[]want{{"Money supply is the main weapon", "direct", "said", "he", "A leading Madrid broker"}}},
		{"role quoted, then he in the next paragraph",
			"\"Rates will not move this week,\" one dealer said.\n\n\"They would wait for the next tender,\" he added.",
			[]want{
				{"Rates will not move this week", "direct", "said", "one dealer", ""},
				{"They would wait for the next tender", "direct", "added", "he", "one dealer"},
			}},
		{"regression: a later role is the one the he stands for",
			"\"Rates will not move this week,\" one dealer said.\n\nA Western diplomat warned that buyers would stay away.\n\n\"Investors are not interested,\" he said.",
			[]want{
				{"Rates will not move this week", "direct", "said", "one dealer", ""},
				{"Investors are not interested", "direct", "said", "he", "A Western diplomat"},
			}},
		{"regression: a named person since the role",
			"\"Rates will not move this week,\" one dealer said.\n\nTrade Minister Paul Adou said exports would rise.\n\n\"Investors are not interested,\" he said.",
			[]want{
				{"Rates will not move this week", "direct", "said", "one dealer", ""},
				{"Investors are not interested", "direct", "said", "he", "Paul Adou"},
			}},
		{"a country between the person and his pronoun",
			"Agriculture Minister Paul Adou told reporters prices would recover.\n\nHe said his country would lead an African initiative.\n\nIvory Coast has been chosen to speak for the producers.\n\n\"An initiative is likely very soon,\" he said.",
			[]want{{"An initiative is likely very soon", "direct", "said", "he", "Paul Adou"}}},
	}
	checkRows(t, tests)
}
