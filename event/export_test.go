package event

// UngateNominalRules makes codeNouns ask its nominal rules at every noun,
// as before nominalRuleMay, until restore is called: tests compare the
// two.
func UngateNominalRules() (restore func()) {
	ungatedNominalRules = true
	return func() { ungatedNominalRules = false }
}
