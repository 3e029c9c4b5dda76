//go:build race

package pipeline_test

// raceOn says the tests run under the race detector, which slows the
// corpus-wide tests about tenfold: they then take a sample.
const raceOn = true
