package quote_test

import "testing"

// TestFamilyNames holds the rows of issue 4's thirty-ninth round, read from
// the errors of dev11 and dev12 (and those left in dev7 and dev8): a lone
// family name standing for a name that puts it first ("Yao Liu … Yao
// said … he said"), hyphenated given names included ("Chang Chi-Cheng");
// the story's firm written with "of" or a possessive ("General Motors of
// Canada Ltd said", "Contel Corp's unit") for "the company"; a two-word
// run led by a word the article also writes in lower case ("Plant
// Vogtle") is no he; and a numbered group ("the Group of 24") and the
// plural noun it heads as the issuer of its communique, and an "it"
// after the communique's quote as that issuer; a he after a role placed
// by "for" or "at" its employer ("A spokesman for the bank confirmed …").
func TestFamilyNames(t *testing.T) {
	tests := []findRow{
		{"a he for a family-name-first name given by its family name",
			"Yao Liu, president of Chi Shun Hwa Steel Co, said orders fell.\n\nExports dropped, Yao said.\n\nPrices rose, he added.\n\n\"We have lost some orders to South Korea,\" he said.",
			[]want{{"We have lost some orders to South Korea", "direct", "said", "he", "Yao Liu"}}},
		{"a family name with a hyphenated given name",
			"Central bank governor Chang Chi-Cheng told reporters the reserves rose.\n\nChang said, \"The pace of increase in our reserves is much slower now.\"",
			[]want{{"The pace of increase in our reserves is much slower now.", "direct", "said", "Chang", "Chang Chi-Cheng"}}},
		{"regression: a Western name is still found by its last word",
			"Paul Baker, head of the agency, said costs rose.\n\nBaker said prices would fall.\n\n\"We expect a better year,\" he said.",
			[]want{{"We expect a better year", "direct", "said", "he", "Paul Baker"}}},
		{"the company for a firm named with \"of\"",
			"General Motors of Canada Ltd said it will close its Montreal truck centre.\n\n\"The sales volume has been insufficient,\" the company said in a statement.",
			[]want{{"The sales volume has been insufficient", "direct", "said", "the company", "General Motors of Canada Ltd"}}},
		{"the company for a firm named in a possessive",
			"Contel Corp's equipment unit is the likely candidate for sale, analysts said.\n\nThe company said late today it is reviewing all operations in an effort aimed at \"maximizing long-term stockholder value.\"",
			[]want{{"maximizing long-term stockholder value.", "partial", "said", "The company", "Contel Corp"}}},
		{"a run led by a common noun is no he",
			"Chairman Robert Scherer told a news conference the audit was wrong.\n\nScherer said a report projected the utility would not finish Plant Vogtle unit one before the end of 1987, and the plant was late.\n\nNoting \"unit one is finished,\" he said the firm ignored it.",
			[]want{{"unit one is finished", "partial", "said", "he", "Robert Scherer"}}},
		{"a numbered group and the plural noun it heads issue the communique",
			"The Group of 24 developing countries said in a communique that some debt relief is necessary.\n\nThe communique was released on Monday.\n\n\"The debt overhang cuts the capacity to grow,\" the communique said.",
			[]want{{"The debt overhang cuts the capacity to grow", "direct", "said", "the communique", "Group of 24"}}},
		{"an it after a communique's quote is the communique's issuer",
			"The Group of 24 developing countries said in a communique that some debt relief is necessary.\n\n\"The debt overhang cuts the capacity to grow,\" the communique said.\n\nIt added: \"Some kind of debt relief is necessary.\"",
			[]want{
				{"The debt overhang cuts the capacity to grow", "direct", "said", "the communique", "Group of 24"},
				{"Some kind of debt relief is necessary.", "direct", "added", "It", "Group of 24"},
			}},
		{"a he after a role placed by its employer",
			"Bank Leu chairman Hans Weber said the order came on Friday.\n\nA spokesman for the bank confirmed the order. \"Now we have to find out what is on the accounts,\" he said.",
			[]want{{"Now we have to find out what is on the accounts", "direct", "said", "he", "A spokesman for the bank"}}},
		{"regression: a role with \"of\" still runs to its verb",
			"Police named no suspect.\n\nThe head of the internal investigators told the court the file was lost. \"We searched every office,\" he said.",
			[]want{{"We searched every office", "direct", "said", "he", "The head of the internal investigators"}}},
	}
	checkRows(t, tests)
}
