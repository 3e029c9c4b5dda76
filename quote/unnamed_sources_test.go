package quote_test

import "testing"

// TestUnnamedSources holds the rows of issue 4's thirty-eighth round, read
// from the errors of dev7 and dev8: an unnamed role holder placed by a
// name after a preposition ("an analyst in New York said"); a firm's
// plural possessive before a surname; an "it" or "they" for an unnamed
// paper, document or group that an earlier verb's subject brought in, and
// "the paper" after it; "the statement" of an unnamed spokesman, and a
// communique brought in by an aside between subject and verb; a he after
// "Asked …," whose question names someone else; a she after a sentence
// closed by "according to a spokeswoman"; a capitalised title at a firm
// set after an inverted cue's name; "the <firm> official" for the firm's
// named officer; a definite role after the quote it attributes; and a
// name particle after an inverted cue.
func TestUnnamedSources(t *testing.T) {
	tests := []findRow{
		{"a role placed by a city",
			"\"Demand is firm,\" an analyst in New York said.",
			[]want{{"Demand is firm", "direct", "said", "an analyst in New York", ""}}},
		{"a role placed by a firm whose name holds \"and\"",
			"\"Prices will hold,\" a spokesman for Smith Barney and Co Inc said.",
			[]want{{"Prices will hold", "direct", "said", "a spokesman for Smith Barney and Co Inc", ""}}},
		{"regression: a name placed by its firm still speaks",
			"\"Demand is firm,\" Richard Fischer of Merrill Lynch said.",
			[]want{{"Demand is firm", "direct", "said", "Richard Fischer of Merrill Lynch", "Richard Fischer"}}},
		{"a firm's plural possessive before a surname",
			"\"Values are high,\" said Hoare Securities' Hadley.",
			[]want{{"Values are high", "direct", "said", "Hoare Securities' Hadley", "Hadley"}}},
		{"an it, then the paper, for an unnamed weekly",
			"A Hungarian weekly said the reform would be slow.\n\nIt said: \"The change of prices will take some years to complete.\"\n\nThe paper said in an editorial that \"only patience will make the reform work.\"",
			[]want{
				{"The change of prices will take some years to complete.", "direct", "said", "It", "Hungarian weekly"},
				{"only patience will make the reform work.", "partial", "said", "The paper", "Hungarian weekly"},
			}},
		{"an it for an article quoted before",
			"\"Land is being wasted,\" said an article in the official press.\n\n\"It has cost much farmland,\" it said.",
			[]want{
				{"Land is being wasted", "direct", "said", "an article", ""},
				{"It has cost much farmland", "direct", "said", "it", "article"},
			}},
		{"a they passed back over the same they to a numbered group",
			"The three agencies said growth would slow this year.\n\nThe outlook is clouded, they said.\n\nExports are weak, they said.\n\n\"Demand will recover in the second half of the year,\" they said.",
			[]want{{"Demand will recover in the second half of the year", "direct", "said", "they", "three agencies"}}},
		{"regression: a definite document is no antecedent for it",
			"Output will fall, the report said.\n\nImports will rise.\n\n\"This pattern will likely continue,\" it said.",
			[]want{{"This pattern will likely continue", "direct", "said", "it", ""}}},
		{"the statement of an unnamed spokesman stays his",
			"A Treasury spokesman said in a statement that \"the sale was in line with the agreement.\"\n\n\"The views of the producers have been taken into account,\" the statement said.",
			[]want{
				{"the sale was in line with the agreement.", "partial", "said", "A Treasury spokesman", ""},
				{"The views of the producers have been taken into account", "direct", "said", "the statement", "Treasury spokesman"},
			}},
		{"a communique brought in by an aside before the verb",
			"The Joint Trade Committee, in a communique issued late on Friday, said tariffs hurt growth.\n\n\"Ministers called for faster talks on farm trade,\" the communique said.",
			[]want{{"Ministers called for faster talks on farm trade", "direct", "said", "the communique", "Joint Trade Committee"}}},
		{"a he after a question that names someone else",
			"Banker Jean Dumas said the loan was signed.\n\nAsked whether his bank had doubts after the dismissal of Party chief Zhao Lin, he said: \"We have full confidence in the country's direction.\"",
			[]want{{"We have full confidence in the country's direction.", "direct", "said", "he", "Jean Dumas"}}},
		{"a she after a sentence closed by its source",
			"The 50 mln stg fund was used up within days, according to a spokeswoman.\n\n\"Everybody wants a cheap loan,\" she said.",
			[]want{{"Everybody wants a cheap loan", "direct", "said", "she", "a spokeswoman"}}},
		{"a capitalised title at a firm after an inverted cue's name",
			"\"The plan is sound,\" said David Hale, Chief Economist at Kemper Financial Services, who called it a \"sensible first step for the markets.\"",
			[]want{
				{"The plan is sound", "direct", "said", "David Hale", "David Hale"},
				{"sensible first step for the markets.", "partial", "called", "David Hale", "David Hale"},
			}},
		{"the firm's official for its named chairman",
			"Silver could reach nine dlrs, Tom Reed chairman of Acme Mining Co told Reuters.\n\n\"The rally was slow to reach silver,\" the Acme Mining official said.",
			[]want{{"The rally was slow to reach silver", "direct", "said", "the Acme Mining official", "Tom Reed"}}},
		{"a definite role after the quote it attributes",
			"Later, Treasury spokesman John Doe said officials \"do not expect a trade war over the tariffs.\"\n\n\"It is nothing to be alarmed about,\" the departmental spokesman added.",
			[]want{
				{"do not expect a trade war over the tariffs.", "partial", "said", "Treasury spokesman John Doe", "John Doe"},
				{"It is nothing to be alarmed about", "direct", "added", "the departmental spokesman", "John Doe"},
			}},
		{"a name particle after an inverted cue",
			"\"The time has come to act,\" said Dutch trade chief Pieter van Loon.",
			[]want{{"The time has come to act", "direct", "said", "Dutch trade chief Pieter van Loon", "Pieter van Loon"}}},
	}
	checkRows(t, tests)
}
