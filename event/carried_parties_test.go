package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTwoFurther checks that "the two presidents" takes up a pair named
// together ("X and Y issued") up to two sentences before the one before
// it, when the sentences between name no actor (a quotation, as Reuters
// sets one between), and that it stays silent when the earlier sentence
// names its two actors apart, when the pair lies further back, and when
// three parties are named.
func TestTwoFurther(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings1987(t, p, []codingCase{
		{"pair across a quotation",
			"Peruvian President Alan Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday.\n\n" +
				"\"We affirm the sovereignty of our economic decisions,\" it said.\n\n" +
				"The two presidents also signed agreements aimed at boosting trade.",
			[]string{"MEXGOV PERGOV 057", "PERGOV MEXGOV 057"}},
		{"two sentences between",
			"Peruvian President Alan Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday.\n\n" +
				"Production is expected to begin in early 1990.\n\n" +
				"\"We affirm the sovereignty of our economic decisions,\" it said.\n\n" +
				"The two presidents also signed agreements aimed at boosting trade.",
			[]string{"MEXGOV PERGOV 057", "PERGOV MEXGOV 057"}},
		// Silent: the two actors are named apart, not as a pair.
		{"named apart",
			"Officials said the study will be undertaken with the help of the World Bank.\n\n" +
				"Production is expected to begin in early 1990.\n\n" +
				"The two presidents also signed agreements aimed at boosting trade.",
			nil},
		// Silent: the pair stands three sentences back.
		{"too far back",
			"Peruvian President Alan Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday.\n\n" +
				"Production is expected to begin in early 1990.\n\n" +
				"Output will be 12 mln tonnes initially.\n\n" +
				"\"We affirm the sovereignty of our economic decisions,\" it said.\n\n" +
				"The two presidents also signed agreements aimed at boosting trade.",
			nil},
	})
}

// TestRoleSource checks that a subject "the ministers", "the
// delegation" or "the delegates" that names no one of its own stands for
// the one actor the same noun was attached to in the sentence before or
// the one before that, and replaces the article's country the actor layer
// guessed for it; and that it stays silent when two groups compete, when
// the noun is no subject, and when the verb has nothing after it.
func TestRoleSource(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings1987(t, p, []codingCase{
		{"ministers of a bracketed body",
			"Foreign Ministers of the Association of South-east Asian Nations (ASEAN) said they expect closer economic ties with Japan.\n\n" +
				"The ministers urged Japan to open its market.",
			[]string{"IGOSEAASN JPN 020"}},
		{"body's ministers",
			"EC agriculture ministers attacked plans to penalise farmers.\n\n" +
				"The ministers urged Japan to drop the plan.",
			[]string{"IGOEUREEC JPN 0242"}},
		{"a delegation, not the story's country",
			"A Soviet trade delegation arrived in Tokyo on Monday.\n\n" +
				"The delegation signed an agreement with Japan.",
			[]string{"JPN SUNGOV 057", "SUNGOV JPN 057", "SUNGOV JPNGOV 042"}},
		{"two sentences back",
			"EC agriculture ministers attacked plans to penalise farmers.\n\n" +
				"Output rose 12 pct last year.\n\n" +
				"The ministers urged Japan to drop the plan.",
			[]string{"IGOEUREEC JPN 0242"}},
		// Silent: two groups of ministers compete; only their own
		// meeting is coded.
		{"two groups",
			"EC farm ministers and ASEAN ministers gathered in Geneva.\n\n" +
				"The ministers urged Japan to open its market.",
			[]string{"IGOEUREEC IGOSEAASN 044", "IGOSEAASN IGOEUREEC 044"}},
		// Silent: three sentences back.
		{"too far back",
			"EC agriculture ministers attacked plans to penalise farmers.\n\n" +
				"Output rose 12 pct last year.\n\n" +
				"Prices fell in March.\n\n" +
				"The ministers urged Japan to drop the plan.",
			nil},
		// Silent: a verb with nothing after it would borrow its partner
		// from the next clause.
		{"no object",
			"EC diplomats gathered in Brussels to discuss the trade deficit.\n\n" +
				"The diplomats were meeting as Tokyo announced a record surplus.",
			nil},
	})
}
