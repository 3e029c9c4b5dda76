//go:build !race

package quote_test

// raceOn says the tests run under the race detector.
const raceOn = false
