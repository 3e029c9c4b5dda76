package quote_test

import "testing"

// TestBareSpokesman holds the rows of issue 4's forty-second round: a bare
// "the spokesman" or "the official" standing for the unnamed person an
// earlier sentence brought in with the body they speak for ("a spokesman
// for Goldman Sachs", "a Cathay spokesman"), named by that phrase.
func TestBareSpokesman(t *testing.T) {
	tests := []findRow{
		{"the spokesman after a spokesman for a firm",
			"Harlow Trading Corp received forged bonds, a spokesman for Harlow Trading Corp said.\n\nHe said the loss was insured.\n\n\"We expect no further losses,\" the spokesman said.",
			[]want{{"We expect no further losses", "direct", "said", "the spokesman", "spokesman for Harlow Trading Corp"}}},
		{"the spokeswoman after a firm's spokeswoman",
			"Marlo SpA expects to buy a bank this year, a Marlo spokeswoman said.\n\n\"We are looking at several banks,\" the spokeswoman said.",
			[]want{{"We are looking at several banks", "direct", "said", "the spokeswoman", "Marlo spokeswoman"}}},
		{"the official after a department's official",
			"Moscow will buy more corn this year, an Agriculture Department official said.\n\nLower crops elsewhere stirred demand.\n\n\"They have always bought when they needed to,\" the official said.",
			[]want{{"They have always bought when they needed to", "direct", "said", "the official", "Agriculture Department official"}}},
		{"regression: a lone organisation word names no body",
			"The Treasury repeated that only two people speak on the dollar.\n\nA Department spokesman commented on remarks by an aide.\n\n\"Only two people are authorized,\" the spokesman said.",
			[]want{{"Only two people are authorized", "direct", "said", "the spokesman", ""}}},
		{"regression: an introduction four paragraphs back is too far",
			"Prices fell, a Marlo spokesman said.\n\nTrade was thin.\n\nStocks rose.\n\nBonds fell.\n\nRates held.\n\n\"We are not worried,\" the spokesman said.",
			[]want{{"We are not worried", "direct", "said", "the spokesman", ""}}},
	}
	checkRows(t, tests)
}
