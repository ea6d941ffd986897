package diag

import (
	"fmt"
	"strings"
)

// Nearest returns up to n candidates closest to s by edit distance, nearest
// first, leaving out those too far to be a plausible typo.
func Nearest(s string, candidates []string, n int) []string {
	type scored struct {
		s string
		d int
	}
	var best []scored
	limit := max(2, len([]rune(s))/2)
	for _, c := range candidates {
		d := distance(strings.ToLower(s), strings.ToLower(c))
		if strings.HasPrefix(c, s) || strings.HasPrefix(s, c) {
			d = min(d, 1)
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

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
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
