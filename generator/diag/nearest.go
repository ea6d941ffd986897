package diag

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Nearest returns up to n candidates closest to s by edit distance, nearest
// first, leaving out those too far to be a plausible typo.
func Nearest(s string, candidates []string, n int) []string {
	type scored struct {
		s string
		d int
	}
	var best []scored
	runes := utf8.RuneCountInString(s)
	limit := max(2, runes/2)
	lower := strings.ToLower(s)
	for _, c := range candidates {
		d := limit + 1
		if strings.HasPrefix(c, s) || strings.HasPrefix(s, c) {
			d = 1
		} else if n := utf8.RuneCountInString(c); runes <= maxNearRunes && n-runes <= limit && runes-n <= limit {
			// the distance is at least the difference in length; a
			// value longer than any name is no typo of one
			d = Distance(lower, strings.ToLower(c))
		}
		if d > limit {
			continue
		}
		i := len(best)
		for i > 0 && (best[i-1].d > d || best[i-1].d == d && best[i-1].s > c) {
			i--
		}
		best = append(best[:i], append([]scored{{c, d}}, best[i:]...)...)
	}
	out := make([]string, 0, n)
	for _, b := range best {
		if len(out) == n {
			break
		}
		out = append(out, b.s)
	}
	return out
}

// maxNearRunes is the longest value compared letter by letter: no name
// is longer, and the comparison's work grows with the product of lengths.
const maxNearRunes = 64

// Hints gives "did you mean" hints, at most MaxHintsPerFile for each
// file: working one out compares a value with every candidate, so a file
// of thousands of unknown references in a large site took minutes. A
// file's further problems are reported without a hint. Not for
// concurrent use.
type Hints struct{ given map[string]int }

// MaxHintsPerFile is how many hints one file gets.
const MaxHintsPerFile = 20

// DidYouMean is DidYouMean for a problem of file, or "" once the file
// has had its hints; candidates is called only for a hint.
func (h *Hints) DidYouMean(file, s string, candidates func() []string) string {
	if h.given == nil {
		h.given = map[string]int{}
	}
	if h.given[file] >= MaxHintsPerFile {
		return ""
	}
	h.given[file]++
	return DidYouMean(s, candidates())
}

// DidYouMean formats a hint naming the nearest candidates, or "" when none
// is close.
func DidYouMean(s string, candidates []string) string {
	near := Nearest(s, candidates, 3)
	if len(near) == 0 {
		return ""
	}
	return fmt.Sprintf("did you mean %s?", Quote(near, "or"))
}

// Quote joins words as "a", "b" or "c".
func Quote(words []string, conj string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = fmt.Sprintf("%q", w)
	}
	if len(q) <= 1 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " " + conj + " " + q[len(q)-1]
}

// Distance is the Levenshtein distance between a and b, in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
