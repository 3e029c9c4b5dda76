package quote_test

import "testing"

// TestDocumentSpeakers holds the rows of issue 4's forty-first round, read from
// the errors of dev7, dev8 and dev11 to dev14 of three kinds: a
// document's words given to whoever issued it (a maker after "by",
// "from" or "issued after a meeting of"; the subject of a sentence the
// document opens, "In a statement …, the French said"; the body before
// "in its report"; a body noun modifying the document, "a bank
// statement"); a body's bare head noun ("the Bank", "A Union statement")
// widened to the name the article gave the body; and a quote after a
// sentence about one named person (a lone word after "the" and capitals
// closing a title are no second person; a role and a full name ending
// the paragraph before).
func TestDocumentSpeakers(t *testing.T) {
	tests := []findRow{
		{"a statement's maker after by",
			"Rebels shelled the port overnight, a radio report said.\n\nThe statement by the Northern Army Command gave no figures. \"Our forces hold the harbour,\" the statement said.",
			[]want{{"Our forces hold the harbour", "direct", "said", "the statement", "Northern Army Command"}}},
		{"a report's maker after by, a possessive leading into the body",
			"British firms won few contracts, a report by Members of Parliament said.\n\nThe report by Parliament's Trade Committee said the rules were unclear. \"The rules must change,\" the report said.",
			[]want{{"The rules must change", "direct", "said", "the report", "Parliament's Trade Committee"}}},
		{"a statement issued after a meeting of a body",
			"Donors pledged 1.2 billion dlrs to Kenya, a statement issued after a two-day meeting of the Nordic Aid Group (NAG) said.\n\n\"The Group praised Kenya's reforms,\" the statement said.",
			[]want{{"The Group praised Kenya's reforms", "direct", "said", "the statement", "Nordic Aid Group"}}},
		{"a statement opening the sentence its maker speaks in",
			"The French government proposed a new debt facility.\n\nIn a statement issued on the eve of the fund's meeting, the French said the plan would help the poorest countries.\n\nThe statement said the \"French government believes new steps are needed.\"",
			[]want{{"French government believes new steps are needed.", "direct", "said", "The statement", "French"}}},
		{"a report opening the sentence, no comma",
			"West German exports will hold up this year.\n\nIn a report the Hamburg institute said exports would rise two pct.\n\n\"The strong mark has not hurt demand,\" the report said.",
			[]want{{"The strong mark has not hurt demand", "direct", "said", "the report", "Hamburg institute"}}},
		{"the body before in its report",
			"Spending on the project reached 7.5 billion dlrs, parliament's Defence Committee said.\n\nThe committee in its report said, \"we support the government's view.\"",
			[]want{{"we support the government's view.", "direct", "said", "its report", "Defence Committee"}}},
		{"a body noun modifying the statement",
			"Nordic Savings Bank said it was issuing its first certificates of deposit.\n\nThey will come in lots of 10 mln crowns, a bank statement said.\n\n\"They will give investors more choice,\" the statement said.",
			[]want{{"They will give investors more choice", "direct", "said", "the statement", "Nordic Savings Bank"}}},
		{"the Bank widened to the body's full name",
			"The Asian Regional Development Bank said it would lend more this year.\n\nIn its annual report, the Bank said Asia needed new investment.\n\n\"Growth will be hard to repeat,\" the report said.",
			[]want{{"Growth will be hard to repeat", "direct", "said", "the report", "Asian Regional Development Bank"}}},
		{"a Union statement as the union named before",
			"The United Steel Workers said members will march on Monday.\n\nThe union said it opposed the bid because \"workers always lose in a takeover.\"\n\nA Union statement said: \"We will not pay for the bankers' fees.\"",
			[]want{
				{"workers always lose in a takeover.", "partial", "said", "The union", "United Steel Workers"},
				{"We will not pay for the bankers' fees.", "direct", "said", "Union", "United Steel Workers"},
			}},
		{"regression: any bank is no bank named",
			"Chemical Bank New York Corp and two others expect approval, U.S. bank officials said.\n\n\"There is no reason for delay,\" one official at a U.S. Bank said.",
			// Since round 49 the unnamed official is a role with no name at all.
			[]want{{"There is no reason for delay", "direct", "said", "one official at a U.S. Bank", ""}}},
		{"a lone word after the is no second person",
			"Sen. Paul Henley and Mark Rowe toured the MidEast Gulf.\n\nRowe voiced concern that rivals might use the situation in the Gulf. \"All the states we met oppose that.\"",
			[]want{{"All the states we met oppose that.", "direct", "", "Rowe", "Mark Rowe"}}},
		{"capitals closing a title are no second person",
			"Two presidents urged action on debt.\n\nTheir view was backed by Anne Morel, France's Minister for Foreign Trade. \"The rich countries have not kept their word.\"",
			[]want{{"The rich countries have not kept their word.", "direct", "", "Anne Morel", "Anne Morel"}}},
		{"a role and a full name ending the paragraph before",
			"The quake left 4,000 homeless, authorities said.\n\nLandslides carried away homes in the province, health minister Jorge Balta told reporters.\n\n\"We fear that up to 300 people died.\"",
			[]want{{"We fear that up to 300 people died.", "direct", "", "health minister Jorge Balta", "Jorge Balta"}}},
	}
	checkRows(t, tests)
}
