package quote_test

import "testing"

// TestFirmAndCo holds the rows of issue 4's fifty-second round: "Co"
// closing "NAME of FIRM and Co said" is the firm's tail, the person
// before "of" speaks; "according to X" right after a quote outranks a
// speech verb before it that is a participle of the subject ("the drop
// announced this week was “…”"); an unnamed "ROLE for one of GROUP"
// whose group runs long still carries a he, its own words bringing in no
// one else; a he resolved to "one official" goes on over a paragraph of
// background; "the Bank of Japan official" is an unnamed officer, not
// the bank; a wire's bracketed "<J.Henry Wagg and Co Ltd>" and a name
// joined by "and" to a preposition's object ("by Citicorp and Chase
// Manhattan") are no subject a he stands for; "However, the President of
// X NAME told" makes NAME the subject; a lone "one" is a member of the
// group a subordinate clause names before "they said", or of "Western
// diplomatic sources".
func TestFirmAndCo(t *testing.T) {
	tests := []findRow{
		{"a person before the firm's of, the firm ending and Co",
			"Shares rose.\n\n\"The long range issue here is who wins,\" analyst Mark Stahlman of Sanford C. Bernstein and Co said.",
			[]want{{"The long range issue here is who wins", "direct", "said", "Mark Stahlman", "Mark Stahlman"}}},
		{"a person and comma before the firm's of",
			"Shares rose.\n\n\"I think there will be a swap,\" Jeffrey Miller, of Miller Tabak Hirsch and Co said.",
			[]want{{"I think there will be a swap", "direct", "said", "Jeffrey Miller", "Jeffrey Miller"}}},
		{"according to after the quote outranks a participle in the subject",
			"Rates fell.\n\nMeanwhile, the drop in the M-1 money supply announced this week was \"surprising, much larger than expected,\" according to Kahan.",
			[]want{{"surprising, much larger than expected", "partial", "according to", "Kahan", "Kahan"}}},
		{"regression: according to after a main clause's speech verb names the reporter, not the speaker",
			"The inquiry began.\n\nPelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" according to NBC.",
			[]want{{"breach of his Constitutional responsibilities", "partial", "called", "Pelosi", "Pelosi"}}},
		{"a spokesman for one of a long group carries the he",
			"Spanish exporters are asking the government to clear 33,200 tonnes of seed, a spokesman for one of Spain's major sunflower oil producers said.\n\nHe told Reuters the government was holding back.\n\n\"They are deliberately keeping prices down,\" he said.\n\nHe said consumption was falling. \"We estimate demand at 296,000 tonnes,\" he said.",
			[]want{
				{"They are deliberately keeping prices down", "direct", "said", "he", "a spokesman for one of Spain's major sunflower oil producers"},
				{"We estimate demand at 296,000 tonnes", "direct", "said", "he", "a spokesman for one of Spain's major sunflower oil producers"},
			}},
		{"a he for one official goes on over a paragraph of background",
			"Traders met.\n\n\"We hope we can present the proposal,\" one official said.\n\n\"We have learned to live without quotas,\" he added.\n\nOverall, however, opinion on the talks was mildly pessimistic.\n\n\"Our main difficulty will be to persuade the U.S.,\" he said.",
			[]want{
				{"We hope we can present the proposal", "direct", "said", "one official", ""},
				{"We have learned to live without quotas", "direct", "added", "he", "one official"},
				{"Our main difficulty will be to persuade the U.S.", "direct", "said", "he", "one official"},
			}},
		{"an unnamed officer of a body with an of name",
			"The dollar fell.\n\n\"The market is reacting too much,\" the Bank of Japan official told Reuters.",
			[]want{{"The market is reacting too much", "direct", "told", "the Bank of Japan official", ""}}},
		{"regression: a body with an of name speaking",
			"The dollar fell.\n\n\"The market is reacting too much,\" the Bank of Japan said.",
			[]want{{"The market is reacting too much", "direct", "said", "the Bank of Japan", "Bank of Japan"}}},
		{"a bracketed firm named for its founder is no he",
			"Chancellor of the Exchequer Nigel Lawson said talks went well.\n\nThe applicants, <Baring Brothers and Co Ltd> and <J.Henry Wagg and Co Ltd>, would join \"when the Stock Exchange has been extended,\" he said.",
			[]want{{"when the Stock Exchange has been extended", "partial", "said", "he", "Nigel Lawson"}}},
		{"a name joined by and to a preposition's object is no he",
			"U.K. Chancellor of the Exchequer Nigel Lawson said the accord worked.\n\nHe welcomed the recent moves by Citicorp and Chase Manhattan to increase their provisions.\n\n\"First, it is a blow for realism,\" he said.",
			[]want{{"First, it is a blow for realism", "direct", "said", "he", "Nigel Lawson"}}},
		{"a titled name after However and the article is the subject",
			"Colombia is hopeful, Colombian Coffee Federation president Jorge Cardenas said.\n\nHowever, the President of the Brazilian Coffee Institute Jorio Dauster told Reuters that problems remained.\n\n\"By the end of the meeting it was shown that most were with Brazil,\" he said.",
			[]want{{"By the end of the meeting it was shown that most were with Brazil", "direct", "said", "he", "Jorio Dauster"}}},
		{"one after a subordinate clause's group and they said",
			"Traders met.\n\nAlthough traders were unwilling to reveal details of the formula, they said it would give Brazil unchanged quotas.\n\n\"The main sticking point has been Brazil's attitude,\" one said.",
			[]want{{"The main sticking point has been Brazil's attitude", "direct", "said", "one", "trader"}}},
		{"one after a capitalised adjective, a modifier and the group",
			"Talks stalled.\n\nWestern diplomatic sources were more blunt.\n\n\"They don't want to see a reasonable share,\" one said.",
			[]want{{"They don't want to see a reasonable share", "direct", "said", "one", "Western diplomatic source"}}},
	}
	checkRows(t, tests)
}
