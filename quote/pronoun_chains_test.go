package quote_test

import "testing"

// TestPronounChains holds the rows of issue 4's fortieth round, read from the
// errors of dev13 and dev14 (and those left in dev7, dev8, dev11 and
// dev12): a he after an unnamed role placed by an employer written with
// dotted or hyphened words ("one U.S. carmaker", "a U.S.-based bank"),
// after a role set off by an aside or opened by "However,", or after an
// attribution led by "one"; a he going on along a chain of he's from a
// quote resolved to a role; runs that are no person (a region's people
// adjective, a sentence-opening gerund or "Neither", a name counted after
// a quantity); a lone name the article writes more often than a one-letter
// variant is not the variant's person; and the wire's trade roles
// (exporter, refiner, processor) as role speakers.
func TestPronounChains(t *testing.T) {
	tests := []findRow{
		{"a role placed by an employer with a dotted name",
			"Carmakers are testing the system.\n\nAn official with one U.S. carmaker said the feature was a gimmick. \"Everyone will want to follow,\" he said.",
			[]want{{"Everyone will want to follow", "direct", "said", "he", "An official with one U.S. carmaker"}}},
		{"a role placed by an employer with a hyphened word",
			"The dollar fell on the remarks.\n\nOne dealer for a U.S.-based bank noted the dollar eased after the remarks. \"They were regarded as negative,\" he said.",
			[]want{{"They were regarded as negative", "direct", "said", "he", "One dealer for a U.S.-based bank"}}},
		{"a role set off by an aside after a linking word",
			"Producers have sold most of their crops, traders said.\n\nHowever, one dealer, although seeing no reason to buy, advised caution. \"Everybody is bearish now,\" he said.",
			[]want{{"Everybody is bearish now", "direct", "said", "he", "one dealer"}}},
		{"a he along a chain of he's from a quote resolved to a role",
			"A senior fund official said the accord was a step forward.\n\nThe official said the fund would warn countries. \"I hope it will be a yellow light,\" he said.\n\nHe also said talks would begin soon on the IMF's lending facility.\n\nThe facility is financed at about 3.8 billion dlrs.\n\nHe said an accord would be hard to reach. \"They will be difficult negotiations,\" he said.",
			[]want{
				{"I hope it will be a yellow light", "direct", "said", "he", "The official"},
				{"They will be difficult negotiations", "direct", "said", "he", "The official"},
			}},
		{"\"Another factor\" brings in no one",
			"The trader said moving the stocks was a problem. \"How quickly they can move the sugar matters,\" he said.\n\nAnother factor was the Cuban harvest, he said.\n\n\"China bought two cargoes last week,\" he added.",
			[]want{
				{"How quickly they can move the sugar matters", "direct", "said", "he", "The trader"},
				{"China bought two cargoes last week", "direct", "added", "he", "The trader"},
			}},
		{"an attribution led by one",
			"Prices will fall further in the near term, one trade source said.\n\nThe market had become vulnerable to the shakeout, he said.\n\nSteep declines could foster a \"three figure mentality,\" he added.",
			[]want{{"three figure mentality", "partial", "added", "he", "one trade source"}}},
		{"a region's people adjective is no he",
			"Coffee institute president Jorio Dauster said he will attend a meeting.\n\nHe told Reuters the meeting, involving Brazil and Central American coffee producers, will review the market.\n\n\"The meeting is set for Saturday,\" he said.",
			[]want{{"The meeting is set for Saturday", "direct", "said", "he", "Jorio Dauster"}}},
		{"a sentence-opening gerund is no she",
			"Blocking Canadian gas imports would not help, said Martha Hesse, chairman of the commission.\n\n\"I firmly believe that,\" she said.\n\nShe said the commission knows the role Canadian gas plays.\n\nCanada shipped 2.48 billion Canadian dlrs worth of gas in 1986.\n\n\"But we do recognize the supplies of Canadian gas,\" she said.",
			[]want{
				{"I firmly believe that", "direct", "said", "she", "Martha Hesse"},
				{"But we do recognize the supplies of Canadian gas", "direct", "said", "she", "Martha Hesse"},
			}},
		{"\"Neither\" opening a sentence is no part of a name",
			"Producer members of the council failed to agree quota shares in March.\n\nNeither Brazil, the largest producer, nor the U.S., the largest consumer, are ready to move, delegates said.\n\n\"Nothing has changed,\" consumer spokesman Abraham Van Overbeeke told reporters.\n\nAt the last meeting, Brazil wanted to keep its share of the market.\n\nBrazilian delegate Marcilio Sette said that, if talks were to resume, the offer Brazil was willing to make in March would no longer stand.\n\n\"No agreement, no quotas,\" he told Reuters.",
			[]want{
				{"Nothing has changed", "direct", "told", "consumer spokesman Abraham Van Overbeeke", "Abraham Van Overbeeke"},
				{"No agreement, no quotas", "direct", "told", "he", "Marcilio Sette"},
			}},
		{"a name counted after a quantity is no he",
			"Prices are well under the 1,600 Special Drawing Rights level, dealers said.\n\n\"We all hoped prices would move,\" one manufacturer said.\n\n\"The market is likely to stay in the doldrums,\" he added.",
			[]want{
				{"We all hoped prices would move", "direct", "said", "one manufacturer", ""},
				{"The market is likely to stay in the doldrums", "direct", "added", "he", "one manufacturer"},
			}},
		{"a lone name written more often than its one-letter variant",
			"President Reagan sent his budget to Congress.\n\nReagan said the deficit would fall. Reagan met aides. Chief of staff Donald Regan attended.\n\n\"My efforts to control spending are not done,\" Reagan said.",
			[]want{{"My efforts to control spending are not done", "direct", "said", "Reagan", "Reagan"}}},
		{"regression: a variant spelling written once still finds the full name",
			"Rebel spokesman Yahya Sarea said the attack was a reply.\n\n\"We will go on,\" Saree said.",
			[]want{{"We will go on", "direct", "said", "Saree", "Yahya Sarea"}}},
		{"a trade role as a speaker",
			"\"The failure of the talks means Brazil must rethink its position,\" one Santos exporter said.\n\n\"We don't intend to put pressure on them,\" he added.",
			[]want{
				{"The failure of the talks means Brazil must rethink its position", "direct", "said", "one Santos exporter", ""},
				{"We don't intend to put pressure on them", "direct", "added", "he", "one Santos exporter"},
			}},
	}
	checkRows(t, tests)
}
