package ingest

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection: MinHash signatures over word trigrams of the
// first ~2,000 characters of the normalised text, with locality-sensitive
// hashing (16 bands of 4 rows) to find candidates, confirmed when the
// estimated Jaccard similarity reaches the threshold.
const (
	sigLen      = 64
	bands       = 16
	rows        = sigLen / bands
	shingleSize = 3
	prefixLen   = 2000
	minShingles = 8 // shorter texts are too small to call copies
)

// Signature is a MinHash signature: the minimum of sigLen hash functions
// over the text's shingles.
type Signature [sigLen]uint32

// Sign returns the MinHash signature of text, and false when the text has
// too few words to compare. The words are those of
// strings.Fields(strings.ToLower(text)), but split in place in stack
// buffers, so signing allocates nothing for ASCII text.
func Sign(text string) (Signature, bool) {
	var sig Signature
	if len(text) > prefixLen*2 {
		text = text[:prefixLen*2] // enough bytes for prefixLen characters of most scripts
	}
	var buf [prefixLen * 2]byte
	var lower []byte
	if isASCII(text) {
		lower = buf[:len(text)]
		for i := 0; i < len(text); i++ {
			c := text[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
	} else {
		lower = []byte(strings.ToLower(text))
	}
	// Word spans, up to and including the one that takes the words past
	// prefixLen bytes (counting a space after each).
	var spans [prefixLen/2 + 1][2]int32
	nw, n := 0, 0
	for i := 0; i < len(lower) && n <= prefixLen; {
		for i < len(lower) {
			sz := spaceAt(lower, i)
			if sz == 0 {
				break
			}
			i += sz
		}
		if i == len(lower) {
			break
		}
		start := i
		for i < len(lower) && spaceAt(lower, i) == 0 {
			if lower[i] < utf8.RuneSelf {
				i++
			} else {
				_, sz := utf8.DecodeRune(lower[i:])
				i += sz
			}
		}
		spans[nw] = [2]int32{int32(start), int32(i)}
		nw++
		n += i - start + 1
	}
	if nw < shingleSize+minShingles-1 {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := 0; i+shingleSize <= nw; i++ {
		// FNV-1a, 64 bits, of the shingle's words each followed by a space.
		x := uint64(fnvOffset)
		for _, sp := range spans[i : i+shingleSize] {
			for _, c := range lower[sp[0]:sp[1]] {
				x ^= uint64(c)
				x *= fnvPrime
			}
			x ^= ' '
			x *= fnvPrime
		}
		for j := range sig {
			v := uint32(mix(x ^ seeds[j]))
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, true
}

// The FNV-1a 64-bit parameters, as hash/fnv uses them.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// spaceAt returns the length of the white space character (as
// unicode.IsSpace, so as strings.Fields, has it) at b[i], or 0.
func spaceAt(b []byte, i int) int {
	c := b[i]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, sz := utf8.DecodeRune(b[i:])
	if unicode.IsSpace(r) {
		return sz
	}
	return 0
}

// seeds make the sigLen hash functions independent; fixed so signatures
// stored by one run compare with those of the next.
var seeds = func() (s [sigLen]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Similarity estimates the Jaccard similarity of the shingle sets.
func (s *Signature) Similarity(o *Signature) float64 {
	eq := 0
	for i := range s {
		if s[i] == o[i] {
			eq++
		}
	}
	return float64(eq) / sigLen
}

// Bytes encodes the signature for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*sigLen)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseSignature decodes a stored signature.
func ParseSignature(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*sigLen {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// Index finds earlier signatures similar to a new one. It is not safe for
// concurrent use.
type Index struct {
	Threshold float64
	sigs      []Signature
	hashes    []string
	// Each band's buckets are linked lists threaded through next: heads
	// holds the latest signature with a band key, next[id*bands+b] the one
	// added before id with the same key in band b, or -1. Adding allocates
	// no bucket slices.
	heads map[uint64]int32
	next  []int32
}

// NewIndex returns an empty index that reports similarities >= threshold.
func NewIndex(threshold float64) *Index {
	return &Index{Threshold: threshold, heads: make(map[uint64]int32)}
}

// Len returns the number of signatures added.
func (x *Index) Len() int { return len(x.sigs) }

// Add records sig under the article hash.
func (x *Index) Add(hash string, sig *Signature) {
	id := int32(len(x.sigs))
	x.sigs = append(x.sigs, *sig)
	x.hashes = append(x.hashes, hash)
	for b := 0; b < bands; b++ {
		k := bandKey(sig, b)
		prev, ok := x.heads[k]
		if !ok {
			prev = -1
		}
		x.next = append(x.next, prev)
		x.heads[k] = id
	}
}

// Nearest returns the hash of the earliest-added most similar signature at
// or above the threshold, and its similarity; "" when there is none.
func (x *Index) Nearest(sig *Signature) (string, float64) {
	best, bestSim := int32(-1), 0.0
	for b := 0; b < bands; b++ {
		id, ok := x.heads[bandKey(sig, b)]
		if !ok {
			continue
		}
		for ; id >= 0; id = x.next[int(id)*bands+b] {
			s := x.sigs[id].Similarity(sig)
			if s >= x.Threshold && (s > bestSim || s == bestSim && id < best) {
				best, bestSim = id, s
			}
		}
	}
	if best < 0 {
		return "", 0
	}
	return x.hashes[best], bestSim
}

func bandKey(sig *Signature, b int) uint64 {
	k := uint64(b) * 0x9e3779b97f4a7c15
	for _, v := range sig[b*rows : (b+1)*rows] {
		k = mix(k ^ uint64(v))
	}
	return k
}
