package quote_test

import "testing"

// TestRoleAppositives holds the rows of issue 4's forty-sixth round: a role
// phrase set off by both its commas, or a capitalised title, after the
// name it describes; an unnamed source after "But" or an opening place
// phrase; a firm's partner names and the word after "U.S." that name no
// one; a pair reported speaking before "they said"; a person quoted by
// an agency, or named by a role phrase before "said", as the one last
// reported speaking, while a person inside what was said is not; and a
// panel known only by its noun speaking on as "it".
func TestRoleAppositives(t *testing.T) {
	tests := []findRow{
		{"a role phrase with its closing comma before said",
			"The State of Ohio said that it sold 12 stocks this morning.\n\nAnna Kovacs, director of the Division of Pensions for the state of New Mexico, said, \"the sale was part of our plan.\"",
			[]want{{"the sale was part of our plan.", "direct", "said", "Anna Kovacs", "Anna Kovacs"}}},
		{"a capitalised title after the name of a cue",
			"\"Prices will hold,\" said Peter Lund, Associate Professor of Economics at Oslo University, adding, \"Nobody expects a slump.\"",
			[]want{
				{"Prices will hold", "direct", "said", "Peter Lund", "Peter Lund"},
				{"Nobody expects a slump.", "direct", "adding", "Peter Lund", "Peter Lund"},
			}},
		{"an unnamed source after But without its comma",
			"Farm ministers met on Monday.\n\nBut an official at the Dutch embassy in Rome said the rules were clear. \"We are watching closely,\" she added.",
			[]want{{"We are watching closely", "direct", "added", "she", "an official at the Dutch embassy in Rome"}}},
		{"an unnamed source after an opening place phrase",
			"Trading was heavy, Chairman John Reid said.\n\nIn San Diego, one branch manager commented that clients were calm.\n\n\"Nobody is selling in a panic,\" he said.",
			[]want{{"Nobody is selling in a panic", "direct", "said", "he", "one branch manager"}}},
		{"a partner's name in a firm's name is no one's",
			"\"Bonds are cheap,\" said Mary Holt of Kidder Peabody, Dean Witter and Co. She expects a rally. \"Buy now,\" she said.",
			[]want{
				{"Bonds are cheap", "direct", "said", "Mary Holt", "Mary Holt"},
				{"Buy now", "direct", "said", "she", "Mary Holt"},
			}},
		{"the capitalised word after U.S. names no one",
			"Paul Green, the trade envoy, spoke on Monday.\n\nGreen said the U.S. Hopes Brazil will open its markets.\n\n\"We want results soon,\" he said.",
			[]want{{"We want results soon", "direct", "said", "he", "Paul Green"}}},
		{"a pair reported speaking goes on as they",
			"Swedish economists Lars Berg and Karin Nils Ek said that reform was hard. \"No quick change is possible,\" they said.",
			[]want{{"No quick change is possible", "direct", "said", "they", "Lars Berg and Karin Nils Ek"}}},
		{"a person an agency quoted",
			"The Xinhua agency quoted Li Wen, a provincial delegate, criticising the policy. He said investment had fallen.\n\n\"Some people lost interest in grain,\" he said.",
			[]want{{"Some people lost interest in grain", "direct", "said", "he", "Li Wen"}}},
		{"a person inside what the reporter said",
			"Chancellor Nigel Lawson spoke on Tuesday.\n\nTom Baker, chief economist at Lloyds Securities, said he was not surprised to see Lawson change course.\n\n\"The remarks set a target,\" he said.",
			[]want{{"The remarks set a target", "direct", "said", "he", "Tom Baker"}}},
		{"a panel known by its noun speaks on as it",
			"\"The losses are grave,\" the commission said.\n\nThe report said spending was loose.\n\n\"It is clear the board failed,\" it said.",
			[]want{
				{"The losses are grave", "direct", "said", "the commission", ""},
				{"It is clear the board failed", "direct", "said", "it", "the commission"},
			}},
		{"regression: a name after an inverted said is its subject",
			"Colonel Ramon Cruz said ten were hurt.\n\n\"We will find them,\" said Jose Reyes, the defence secretary; he urged residents to help and \"deny the attackers any victory\".",
			[]want{
				{"We will find them", "direct", "said", "Jose Reyes", "Jose Reyes"},
				{"deny the attackers any victory", "partial", "urged", "he", "Jose Reyes"},
			}},
		{"regression: a firm named after its first partner keeps its fuller name",
			"Prices may fall, bullion dealers Samuel Hart and Co Ltd said in a report.\n\nBut Hart said silver may lag. \"Gold leads,\" it said.",
			[]want{{"Gold leads", "direct", "said", "it", "Samuel Hart and Co Ltd"}}},
	}
	checkRows(t, tests)
}
