package quote_test

import "testing"

// TestPartialSpeakers holds the rows of issue 4's forty-fifth round: a partial
// quotation in a sentence with no speech verb takes the speaker of the
// verb in the sentence before (partialBefore), unless its own sentence
// has a subject of its own; and a fragment in a sentence whose subject is
// a person set out by role takes that person (roleSubject); "here" between
// a speaker and the cue ("one official here said") is passed over.
func TestPartialSpeakers(t *testing.T) {
	tests := []findRow{
		{"partial after a reported sentence in the same paragraph",
			"Rates were steady.\n\nEconomy minister Ana Moreno said the deficit would narrow this year. The rise in export prices would \"ease the pressure on the peso\" and lift reserves.",
			[]want{{"ease the pressure on the peso", "partial", "", "Economy minister Ana Moreno", "Ana Moreno"}}},
		{"partial opening the paragraph after a reported one",
			"Rates were steady.\n\nAnalyst Ruth Ambler said the sale would take months.\n\nThe plan \"is not a quick fix for anyone\" and lenders know it.",
			[]want{{"is not a quick fix for anyone", "partial", "", "Analyst Ruth Ambler", "Ruth Ambler"}}},
		{"regression: a named subject acting in the quote's own sentence",
			"Talks resumed.\n\nPrice said the tariff was legal. Officials of both firms estimated their joint portfolio at \"well over two billion dlrs by yearend.\"",
			[]want{{"well over two billion dlrs by yearend.", "partial", "", "", ""}}},
		{"regression: a role subject acting in the quote's own sentence",
			"Prices fell.\n\nWard said supplies were ample. Delegates will debate a motion on \"fair prices for growers\" next week.",
			[]want{{"fair prices for growers", "partial", "", "", ""}}},
		{"regression: a speech verb after the quote is not overruled",
			"Prices fell.\n\nWard said supplies were ample. The sale of \"surplus grain stocks\" is another option, Lund said.",
			[]want{{"surplus grain stocks", "partial", "said", "Lund", "Lund"}}},
		{"name in apposition to a role, non-speech verb",
			"Police made arrests.\n\nThe mayor of Leeds, Ann Whitby, thanked \"every officer who worked through the night\".",
			[]want{{"every officer who worked through the night", "partial", "", "Ann Whitby", "Ann Whitby"}}},
		{"a role alone after an opening phrase",
			"A diary was found.\n\nIn the diary, the author sketches a \"long and bitter winter for the town\" ahead.",
			[]want{{"long and bitter winter for the town", "partial", "", "the author", ""}}},
		{"regression: a role in apposition after a speech verb is no subject",
			"Drilling rose.\n\n\"We see an upturn,\" said Ann Lee, an analyst with Brill Inc. \"Many firms are switching to gas drilling now.\"",
			[]want{{"We see an upturn", "direct", "said", "Ann Lee", "Ann Lee"}, {"Many firms are switching to gas drilling now.", "partial", "", "Ann Lee", "Ann Lee"}}},
		{"regression: a document subject is no speaker",
			"Sales rose.\n\nThe report lists a \"steady climb in orders from abroad\" this year.",
			[]want{{"steady climb in orders from abroad", "partial", "", "", ""}}},
		{"here between a role and its cue",
			"Debt talks went on.\n\n\"Many countries fear a rise in rates,\" one official here said.",
			[]want{{"Many countries fear a rise in rates", "direct", "said", "one official", ""}}},
	}
	checkRows(t, tests)
}
