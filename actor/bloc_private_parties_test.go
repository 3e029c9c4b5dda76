package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBlocPrivateParties checks that a bloc's name before a private role
// word is the region's private party ("EC business leaders": EURBUS),
// while a state role word, a role word that names a field ("EC industry
// ministers"), a bloc of no region (OPEC) and civilians keep the bloc's
// code.
func TestBlocPrivateParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"business leaders", "EC business leaders met their Japanese colleagues.", "EC business leaders", "EURBUS"},
		{"the bloc's full name", "European Community business leaders urged Japan to open its markets.", "European Community business leaders", "EURBUS"},
		{"farmers", "EC farmers should not be the ones to pay.", "EC farmers", "EURAGR"},
		{"an industry after a modifier", "The EC steel industry has shed jobs.", "The EC steel industry", "EURBUS"},
		{"workers of another region's bloc", "African Union workers went on strike.", "African Union workers", "AFRLAB"},
		{"a state role word stays", "EC officials met their Japanese colleagues.", "EC officials", "IGOEUREEC"},
		{"a field before a noun stays", "EC industry ministers met in Brussels.", "EC industry ministers", "IGOEUREEC"},
		{"a field before an office stays", "EC industry commissioner Karl-Heinz Narjes said so.", "EC industry commissioner Karl-Heinz Narjes", "IGOEUREEC"},
		{"a bloc of no region stays", "OPEC oil traders said so.", "OPEC oil traders", "IGOBUSOPC"},
		{"civilians stay", "EC citizens can vote.", "EC citizens", "IGOEUREEC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
