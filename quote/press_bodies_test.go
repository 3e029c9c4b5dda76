package quote_test

import "testing"

// TestPressBodies holds the rows of issue 4's fiftieth round: a paper named
// after its press noun ("the Kuwaiti daily Al-Watan said") is the body a
// later "it" goes on quoting, and a body in an indirect question ("did
// not say whether only OPEC …") is no subject an "it" stands for; a
// document named by one research noun takes its issuer from another
// ("a government study", "the Federal Trade Commission (FTC) report",
// "the study"), the short form in brackets passed over; an "it" after a
// sentence opened by a body's noun ("The ministry cited") is that body,
// its proper name kept whole over "and"; a doer's noun closing the
// sentence after an abbreviation ("one big U.S. roaster") and lower-case
// modifiers before a people's adjective ("a senior Korean trade
// official") stay in the role; "The Commission" after "the Securities
// and Exchange Commission" is the whole name; and "vice-chairman" is a
// role, so that the name before it speaks ("Leading the calls …, Sir
// Marcus Fox, vice-chairman of …, said").
func TestPressBodies(t *testing.T) {
	tests := []findRow{
		{"a paper named after its press noun, quoted on as it",
			"Supplies rose, the Kuwaiti daily Al-Watan said.\n\nIt did not say whether only OPEC members were behind the rise.\n\n\"Prices may fall further next week,\" it said.",
			[]want{{"Prices may fall further next week", "direct", "said", "it", "Al-Watan"}}},
		{"regression: a bare press noun names no paper",
			"Supplies rose, the daily said.\n\nIt gave no figures.\n\n\"Prices may fall further next week,\" it said.",
			[]want{{"Prices may fall further next week", "direct", "said", "it", ""}}},
		{"one research noun's issuer for another",
			"Quotas will not help, a government study said.\n\nIn fact, the Federal Trade Commission (FTC) report said, quotas could hurt.\n\nOther factors added little, it said.\n\n\"We find no industry-specific changes,\" the study said.",
			[]want{{"We find no industry-specific changes", "direct", "said", "the study", "Federal Trade Commission"}}},
		{"it after a sentence opened by a body's noun",
			"The yen is too strong, the Ministry of Trade and Industry said.\n\nTrade is changing.\n\nThe ministry cited a survey of buyers.\n\n\"Whole industries have felt the pinch,\" it said.",
			[]want{{"Whole industries have felt the pinch", "direct", "said", "it", "Ministry of Trade and Industry"}}},
		{"a doer's noun after an abbreviation closing the sentence",
			"Many doubt the pact.\n\n\"It is a real test of the quotas,\" said one big U.S. roaster.",
			[]want{{"It is a real test of the quotas", "direct", "said", "one big U.S. roaster", ""}}},
		{"lower-case modifiers before a people's adjective",
			"In Seoul, officials are worried.\n\n\"We are aware of the threat,\" said a senior Korean trade official who asked not to be named.",
			[]want{{"We are aware of the threat", "direct", "said", "a senior Korean trade official", ""}}},
		{"a body's capitalised head after its name joined by and",
			"Markets fell, a spokesperson for the Securities and Exchange Commission said.\n\nThe Commission said it is \"concerned about current market conditions and is watching.\"",
			[]want{{"concerned about current market conditions and is watching.", "partial", "said", "The Commission", "Securities and Exchange Commission"}}},
		{"a hyphenated vice-role in apposition after an opening participle",
			"Polls were out.\n\nLeading the calls urging Thatcher to go, Sir Marcus Fox, vice-chairman of the committee, said: \"I have always felt it would be June.\"",
			[]want{{"I have always felt it would be June.", "direct", "said", "Sir Marcus Fox", "Marcus Fox"}}},
	}
	checkRows(t, tests)
}
