package quote_test

import "testing"

// TestRoleSpanSpeakers holds the rows of issue 4's thirty-seventh round: a role
// span ("the Drexel spokesman", "The Royal Trust president") that stands
// for a person the article named earlier with that role, the firm's name
// before the role agreeing with the firm named with the person; "the
// report" or "the statement" that an earlier "X said in a report" brought
// in; and a name whose appositive role phrase runs up to the speech verb
// with no closing comma.
func TestRoleSpanSpeakers(t *testing.T) {
	tests := []findRow{
		{"firm modifier agrees with the role phrase",
			"Drexel spokesman Steve Anredder said business was normal.\n\nThe firm was subpoenaed last year.\n\n\"We have done nothing wrong,\" said the Drexel spokesman.",
			[]want{{"We have done nothing wrong", "direct", "said", "the Drexel spokesman", "Steve Anredder"}}},
		{"firm modifier named with the person's firm",
			"Royal Trustco Ltd is expanding abroad, president Michael Cornelissen said.\n\nAnalyst Paul Walsh said the target was attainable.\n\nThe Royal Trust president said the firm would grow, adding \"we have our eyes open.\"",
			[]want{{"we have our eyes open.", "partial", "adding", "The Royal Trust president", "Michael Cornelissen"}}},
		{"regression: a firm modifier that disagrees",
			"Merrill spokesman Steve Anredder said business was normal.\n\n\"We have done nothing wrong,\" said the Drexel spokesman.",
			[]want{{"We have done nothing wrong", "direct", "said", "the Drexel spokesman", ""}}},
		{"a report brought in by its issuer's speech verb, paragraphs before",
			"Farm output will grow by 1.0 pct, the U.S. Embassy said in its annual report.\n\nRice output is flat.\n\nOfficials expect a drawdown.\n\n\"Stocks are low,\" the report said.",
			[]want{{"Stocks are low", "direct", "said", "the report", "U.S. Embassy"}}},
		{"a statement traced past a verb whose subject is unresolved",
			"If the charges are true \"we are angry,\" Acme Holdings said in a statement.\n\n\"Our position is clear,\" the firm said in a prepared statement.\n\n\"The trading took place elsewhere,\" the statement said.",
			[]want{
				{"we are angry", "partial", "said", "Acme Holdings", "Acme Holdings"},
				{"Our position is clear", "direct", "said", "the firm", ""},
				{"The trading took place elsewhere", "direct", "said", "the statement", "Acme Holdings"},
			}},
		{"regression: a statement no speech verb brought in",
			"Embassies received letters over the weekend.\n\n\"Relief is needed,\" the letter said.",
			[]want{{"Relief is needed", "direct", "said", "the letter", ""}}},
		{"a name, then a role phrase with no closing comma before the verb",
			"The stock slipped. H.P. Smith, analyst at Smith Barney, Harris Upham and Co said \"no one order will matter.\"",
			[]want{{"no one order will matter.", "partial", "said", "H.P. Smith", "H.P. Smith"}}},
		{"after the quote: a name, an abbreviated firm and two titles",
			"\"We see no prospect of a return,\" Romilly Humphries, S.A.Y. president and chief executive officer said.",
			[]want{{"We see no prospect of a return", "direct", "said", "Romilly Humphries", "Romilly Humphries"}}},
		{"regression: a firm's name before the comma is no person",
			"\"Prices will rise,\" Acme Corp, the largest refiner said.",
			[]want{{"Prices will rise", "direct", "said", "Acme Corp", "Acme Corp"}}},
	}
	checkRows(t, tests)
}
