package event

import "strings"

// readinessPattern reports whether a pattern states its subject's
// readiness or willingness ("be ready|willing|prepared|open to talk",
// "express willingness|readiness to negotiate"): like a hope or a plan
// ("hopes to meet President Reagan"), such an intent is the one party's
// own, and the party it names as the other side has declared nothing, so
// oneSidedIntent codes no reciprocal event for it.
func readinessPattern(pattern string) bool {
	return strings.Contains(pattern, "willing") || strings.Contains(pattern, "readiness") ||
		strings.HasPrefix(pattern, "be ready|")
}
