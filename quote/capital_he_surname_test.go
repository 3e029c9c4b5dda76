package quote_test

import "testing"

// TestCapitalHeSurname holds the rows of issue 4's forty-eighth round: a
// capitalised "He" or "She" inside a sentence before a given name is a
// surname ("But He Weiling"), and the article's later "He said" and the
// "he" after it are that person; a role word opening a sentence before
// the surname of someone named in full ("Villager Li") is no part of the
// name; "Another worker in a collective said" is the next sentence's
// "she"; a surname first written as a possessive ("James Baker's aide")
// is still a reporter's name; "the UAW chief" is the person named with
// the body unless an unnamed officer was introduced; an adjective
// compound ("Oil-dependent") opens no person's name, and "Attiya" is
// "al-Attiya"; wire copy's straight mark after a firm's ">" or a year is
// an apostrophe; a firm reported with its ticker after "the" ("…, the ANZ
// Banking Group Ltd <ANZA.S> said") is the story's lead firm; "one
// official in Tokyo" and "an officer on a firm's desk" are unnamed roles.
func TestCapitalHeSurname(t *testing.T) {
	tests := []findRow{
		{"surname He mid-sentence, then He and he",
			"Reform will take decades.\n\nBut He Weiling, an adviser to the institute, said reform is safe.\n\n\"The hard part is balance,\" He said.\n\nHe said prices will rise slowly.\n\n\"We must be careful. We have no model,\" he said.",
			[]want{{"The hard part is balance", "direct", "said", "He", "He Weiling"}, {"We must be careful. We have no model", "direct", "said", "he", "He Weiling"}}},
		{"regression: an ordinary he after a named speaker",
			"Reform will take decades.\n\nTom Blake, an adviser to the institute, said reform is safe.\n\n\"The hard part is balance,\" he said.",
			[]want{{"The hard part is balance", "direct", "said", "he", "Tom Blake"}}},
		{"regression: a surname Lee before he",
			"Rates rose.\n\nJohn Lee, an economist, said rates will rise.\n\n\"The hard part is timing,\" he said.",
			[]want{{"The hard part is timing", "direct", "said", "he", "John Lee"}}},
		{"role word before a surname named in full",
			"\"We had no shoes,\" said Li Wenxian, a farmer. Now he and other villagers live in concrete homes.\n\nVillager Li said the plant opened in 1975.\n\n\"We borrowed money to build it,\" he said.",
			[]want{{"We had no shoes", "direct", "said", "Li Wenxian", "Li Wenxian"}, {"We borrowed money to build it", "direct", "said", "he", "Li Wenxian"}}},
		{"another worker in a collective, then she",
			"\"We had no shoes,\" said Li Wenxian, a farmer.\n\nAnother worker in a tea collective said work was hard.\n\n\"The lazy used to laugh at us,\" she said.",
			[]want{{"We had no shoes", "direct", "said", "Li Wenxian", "Li Wenxian"}, {"The lazy used to laugh at us", "direct", "said", "she", "Another worker in a tea collective"}}},
		{"surname first written as a possessive",
			"Tom Dar, James Baker's closest aide, is leaving.\n\nOfficials said Dar will join a bank.\n\nBaker acknowledged Dar would be missed.\n\n\"Dar has contributed mightily,\" he said.",
			[]want{{"Dar has contributed mightily", "direct", "said", "he", "Baker"}}},
		{"the body's chief, named with the body",
			"Union leaders met.\n\nUnited Automobile Workers (UAW) president Owen Bieber was cheered by delegates yesterday.\n\n\"It takes two to make peace,\" the UAW chief said.",
			[]want{{"It takes two to make peace", "direct", "said", "the UAW chief", "Owen Bieber"}}},
		{"regression: an unnamed officer introduced before",
			"The SEC charged Nahum Vask.\n\nAn SEC official in Washington said the case is unrelated to Dennis Levine.\n\n\"We can't force them back,\" the SEC official said.",
			[]want{{"We can't force them back", "direct", "said", "the SEC official", ""}}},
		{"adjective compound and al- surname",
			"General Manager Abdulla Khalid al-Attiya said: \"The economy is weak.\"\n\nOil-dependent Qatar, with a tiny population, has five banks.\n\nLoans grew, Attiya said. \"We are overbanked,\" he said.",
			[]want{{"The economy is weak.", "direct", "said", "General Manager Abdulla Khalid al-Attiya", "Abdulla Khalid al-Attiya"}, {"We are overbanked", "direct", "said", "he", "Abdulla Khalid al-Attiya"}}},
		{"wire apostrophe after a firm's bracket and a year",
			"<Acme Bank SAQ>\"s manager, John Doe, said: \"Profits fell.\"\n\nDoe said 1985\"s result was inflated.",
			[]want{{"Profits fell.", "direct", "said", "John Doe", "John Doe"}}},
		{"ticker firm after the, then it",
			"The government must cut spending, the ANZ Banking Group Ltd <ANZA.S> said.\n\nCuts would be insufficient, it said in its monthly Business Indicators publication.\n\n\"For two years, the government has struggled,\" it said.",
			[]want{{"For two years, the government has struggled", "direct", "said", "it", "ANZ Banking Group Ltd"}}},
		{"one official in a city",
			"Markets fell.\n\n\"Control is almost impossible,\" one senior official in Tokyo said.",
			[]want{{"Control is almost impossible", "direct", "said", "one senior official in Tokyo", ""}}},
		{"an officer on a firm's desk",
			"Notes sold well.\n\n\"We have sold 20 pct,\" an officer on Prudential-Bache's syndicate desk said.",
			[]want{{"We have sold 20 pct", "direct", "said", "an officer on Prudential-Bache's syndicate desk", ""}}},
	}
	checkRows(t, tests)
}
