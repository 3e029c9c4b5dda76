package quote_test

import "testing"

// TestLastSpeakerPronoun holds the rows of issue 4's forty-fourth round: a he or
// she after the person last reported speaking ("X said. ¶ “…,” he said")
// is that person, named as fully as the article names them, unless
// another person has since been named as a subject.
func TestLastSpeakerPronoun(t *testing.T) {
	tests := []findRow{
		{"a reporter in a clause after another subject",
			"Shipping minister Lord Brabazon said a report was due.\n\nTownsend Thoresen operate two other ships, but Brabazon said it was not planned to pull them out of service.\n\n\"Our investigator is there already,\" he told BBC radio.",
			[]want{{"Our investigator is there already", "direct", "told", "he", "Brabazon"}}},
		{"a surname first full name",
			"South Korean Trade Minister Rha Woong Bae said exports rose.\n\nU.S. Trade Representative Clayton Yeutter met him on Monday.\n\nRha said that 1986 was the first year of a surplus.\n\nAsked if the barriers would fall, he said \"yes, I think so.\"",
			[]want{{"yes, I think so.", "partial", "said", "he", "Rha Woong Bae"}}},
		{"a surname spelt two ways",
			"Deputy minister Janusz Kaczurba spoke on Monday.\n\nWestern envoy John Whitehead visited Warsaw last week.\n\nStressing exports, Kaczura said private firms could do more.\n\n\"We could have some 20,000 small private firms,\" he said.",
			[]want{{"We could have some 20,000 small private firms", "direct", "said", "he", "Janusz Kaczurba"}}},
		{"the full name of a two-word surname",
			"Portuguese Prime Minister Anibal Cavaco Silva said Portugal would hand over Macao.\n\nUnder the accord, Portuguese rule would end in 1999 but the system would be kept until 2050, Cavaco Silva said.\n\n\"The existing way of life will remain,\" he said.",
			[]want{{"The existing way of life will remain", "direct", "said", "he", "Anibal Cavaco Silva"}}},
		{"regression: a person named as a subject since holds the pronoun",
			"Current output is three mln bpd, Nazer said.\n\nKing Fahd of Saudi Arabia, in an interview with Reuters on March 11, said the kingdom wanted stability.\n\n\"Saudi Arabia desires price stability,\" he said.",
			[]want{{"Saudi Arabia desires price stability", "direct", "said", "he", "Fahd"}}},
		{"regression: the reporter of the pronoun's own sentence",
			"Rostenkowski insisted the approach was necessary.\n\nWhite House spokesman Marlin Fitzwater told reporters the administration did not like some provisions, but he added, \"Generally we feel very good.\"",
			[]want{{"Generally we feel very good.", "direct", "added", "he", "Marlin Fitzwater"}}},
		{"regression: a company as the reporter gives no one",
			"Rebel raids endanger the oil bonanza, Franciso Chona, manager of the state oil company Ecopetrol said.\n\n\"It seems the subversion wants to end our bonanza,\" he told reporters.",
			[]want{{"It seems the subversion wants to end our bonanza", "direct", "told", "he", "Franciso Chona"}}},
	}
	checkRows(t, tests)
}
