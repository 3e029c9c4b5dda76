package quote_test

import "testing"

// TestFirmOfNames holds the rows of issue 4's forty-seventh round: a firm
// whose name runs on over "of" ("Industrial Bank of Japan Ltd") before
// its officer's role and name leaves the officer the speaker; a passive
// speech verb between an earlier cue and a quote lets a pronoun cue
// after the quote name the speaker; a conjunction opening the speaker's
// clause before an appositive role ("when the Press, a daily, said")
// leaves the name the speaker; a document subject before a prepositional
// phrase ("The Boeing statement after the crash said") and a body or
// role subject before a participle's phrase ("A commission set up to …
// says") speak, not the phrase's last noun; "continued to" before a
// quote is no cue; an unclosed quote's own closing ", Dole said." is its
// attribution; and a cue-less quote after one paragraph opening with the
// last speaker's surname is that speaker's.
func TestFirmOfNames(t *testing.T) {
	tests := []findRow{
		{"firm with an of-tail, then role and name, after an inverted cue",
			"Shares rose.\n\n\"A big step forward has been taken,\" said Royal Bank of Scotland Plc chief economist Jane Pole.",
			[]want{{"A big step forward has been taken", "direct", "said", "Royal Bank of Scotland Plc chief economist Jane Pole", "Jane Pole"}}},
		{"regression: a body's of-name alone stays the speaker",
			"Shares rose.\n\n\"A big step forward has been taken,\" said the Bank of Scotland.",
			[]want{{"A big step forward has been taken", "direct", "said", "the Bank of Scotland", "Bank of Scotland"}}},
		{"passive speech verb, then a pronoun cue after the quote",
			"Talks went on.\n\nThe plan, which predicted growth of four pct, would be officially announced \"within three or four weeks,\" he told a news conference.",
			[]want{{"within three or four weeks", "partial", "told", "he", ""}}},
		{"regression: an active verb before the quote keeps its subject",
			"Talks went on.\n\nGomez, who predicted growth of four pct, said the plan would be ready \"within three or four weeks,\" he added.",
			[]want{{"within three or four weeks", "partial", "said", "Gomez", "Gomez"}}},
		{"conjunction before a name in apposition to a role",
			"The party was shaken, the analyst said, when the Herald, a Dunedin daily, said the party was \"on the verge of flying apart\" this week.",
			[]want{{"on the verge of flying apart", "partial", "said", "the Herald", "Herald"}}},
		{"document subject before a prepositional phrase",
			"Repairs were faulty.\n\nThe Airbus statement after the accident said: \"Examination of the wreckage shows a rupture.\"",
			[]want{{"Examination of the wreckage shows a rupture.", "direct", "said", "Airbus", "Airbus"}}},
		{"body subject before a participle's phrase",
			"The airline lost money.\n\nA commission set up to study the affairs of debt-ridden Air Fiji says the airline made \"the worst losses\" in its history.",
			[]want{{"the worst losses", "partial", "says", "A commission", ""}}},
		{"role subject before a participle's phrase",
			"Talks went on.\n\nA banker involved in the Veba placement said \"Nothing has changed in the planning.\"",
			[]want{{"Nothing has changed in the planning.", "direct", "said", "A banker", ""}}},
		{"regression: a finite verb after the role, a body speaking later",
			"Talks went on.\n\nA Kleinwort spokesman declined to comment but the company said a loss was unrelated to \"certain alleged irregularities.\"",
			[]want{{"certain alleged irregularities.", "partial", "said", "the company", ""}}},
		{"regression: a naming participle leaves the name the speaker",
			"Crowds gathered.\n\nA university student named Wong said, \"Even though the weather was bad, we came.\"",
			[]want{{"Even though the weather was bad, we came.", "direct", "said", "Wong", "Wong"}}},
		{"continued to before a quote is no cue",
			"Markets fell.\n\nActing FTC Chairman Ann Rowe said FTC continued to \"closely watch the health of dealers.\"",
			[]want{{"closely watch the health of dealers.", "partial", "said", "Acting FTC Chairman Ann Rowe", "Ann Rowe"}}},
		{"unclosed quote closed by its own attribution",
			"Talks stalled.\n\n\"If we had a reform package, we would be interested in pursuing it, Dole said.",
			[]want{{"If we had a reform package, we would be interested in pursuing it, Dole said.", "direct", "said", "Dole", "Dole"}}},
		{"regression: unclosed quote without an attribution at its end",
			"Talks stalled.\n\n\"If we had a reform package, we would be interested in pursuing it.",
			[]want{{"If we had a reform package, we would be interested in pursuing it.", "direct", "", "", ""}}},
		{"speaker named again in the paragraph between",
			"Volcker is leaving.\n\n\"It is a serious loss,\" Senator Ann Prox said. She declined other comment.\n\nProx's committee will hold hearings on Greenspan.\n\n\"Mr Volcker has been a superb chairman. We will miss him.\"",
			[]want{{"It is a serious loss", "direct", "said", "Senator Ann Prox", "Ann Prox"}, {"Mr Volcker has been a superb chairman. We will miss him.", "direct", "", "Prox", "Ann Prox"}}},
		{"regression: another person opening the paragraph between",
			"Volcker is leaving.\n\n\"It is a serious loss,\" Senator Ann Prox said.\n\nGreenspan's hearings will start soon.\n\n\"Mr Volcker has been a superb chairman. We will miss him.\"",
			[]want{{"It is a serious loss", "direct", "said", "Senator Ann Prox", "Ann Prox"}, {"Mr Volcker has been a superb chairman. We will miss him.", "direct", "", "", ""}}},
	}
	checkRows(t, tests)
}
