package match_test

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// TestReasonTally is a tool for reading the reasons, not a gate: with -v
// it prints, for every held-out need of sets 1–5, the top five and their
// shown words, then every distinct word shown with how often, and for a
// word the suggestion does not have as written, the suggestion's words of
// the same key: a person reads the list and says which are filler and
// which false friends (a shared stem, not a shared word). Without -v it
// prints nothing.
//
//	go test ./generator/match -run TestReasonTally -v
func TestReasonTally(t *testing.T) {
	sets := []struct {
		portal, file string
		f            match.Filters
	}{
		{"", "heldout.txt", match.Filters{}},
		{"", "heldout2.txt", pageTypes}, {"portal2", "heldout-portal2.txt", pageTypes},
		{"", "heldout3.txt", pageTypes}, {"portal3", "heldout-portal3.txt", pageTypes},
		{"", "heldout4.txt", pageTypes}, {"portal4", "heldout-portal4.txt", pageTypes},
		{"", "heldout5.txt", pageTypes}, {"portal5", "heldout-portal5.txt", pageTypes},
	}
	type tally struct {
		n      int
		others map[string]bool // the suggestions' words of its key, when it is not one of them
	}
	count := map[string]*tally{}
	unlike := map[string]int{} // "word ≠ the suggestion's words of its key" → how often
	var out strings.Builder
	total := 0
	for _, set := range sets {
		var p *sitetest.Site
		if set.portal == "" {
			p = sample(t)
		} else {
			p = portal(t, set.portal)
		}
		m := matcherOf(t, p)
		docWords := map[model.Ref]map[string]bool{}
		for _, n := range readHeldOut(t, set.file) {
			fmt.Fprintf(&out, "[%s %s] %s\n", set.file, n.group, n.text)
			list := m.Need(n.text, n.lang, set.f)
			for i, s := range list[:min(5, len(list))] {
				fmt.Fprintf(&out, "  %d %-45s %s\n", i+1, s.Ref, strings.Join(s.Because.Words, " | "))
				if docWords[s.Ref] == nil {
					docWords[s.Ref] = wordsOf(p.Model.Entities[s.Ref])
				}
				has := docWords[s.Ref]
				if v := s.Because.Via; v.Type != "" { // a service's words are its provider's reasons
					has = maps.Clone(has)
					maps.Copy(has, wordsOf(p.Model.Entities[v]))
				}
				for _, w := range s.Because.Words {
					total++
					word, _, bridged := strings.Cut(w, " → ")
					c := count[strings.ToLower(word)]
					if c == nil {
						c = &tally{others: map[string]bool{}}
						count[strings.ToLower(word)] = c
					}
					c.n++
					if bridged {
						continue
					}
					folded := searchindex.Words("fi", word)
					if len(folded) == 0 || has[folded[0].Folded] {
						continue
					}
					same := sameKey(word, has)
					if len(same) == 0 {
						same = within(word, has)
					}
					for _, o := range same {
						c.others[o] = true
					}
					unlike[strings.ToLower(word)+" ≠ "+strings.Join(same, " ")]++
				}
			}
		}
	}
	words := slices.SortedFunc(maps.Keys(count), func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b].n, count[a].n), strings.Compare(a, b))
	})
	fmt.Fprintf(&out, "\n%d reason words shown, %d distinct\n", total, len(words))
	for _, w := range words {
		others := ""
		if len(count[w].others) > 0 {
			others = " (has only: " + strings.Join(slices.Sorted(maps.Keys(count[w].others)), " ") + ")"
		}
		fmt.Fprintf(&out, "%4d %s%s\n", count[w].n, w, others)
	}
	fmt.Fprintf(&out, "\nshown words the suggestion has only other forms of (same lemma, or a false friend):\n")
	for _, k := range slices.Sorted(maps.Keys(unlike)) {
		fmt.Fprintf(&out, "%4d %s\n", unlike[k], k)
	}
	if testing.Verbose() {
		fmt.Print(out.String())
	}
}

// wordsOf are the folded words of every text of an entity, in every
// language.
func wordsOf(e *model.Entity) map[string]bool {
	out := map[string]bool{}
	for _, v := range append([]*model.Variant{e.Default}, slices.Collect(maps.Values(e.Trans))...) {
		text := v.Body
		for _, val := range v.Fields {
			text += " " + fmt.Sprint(val)
		}
		for _, w := range searchindex.Words(v.Lang, text) {
			out[w.Folded] = true
		}
	}
	return out
}

// sameKey are the words of has with a key of word, in any language's
// stemmer: an English need's word may find a Finnish one ("pilot",
// "pilotteja").
func sameKey(word string, has map[string]bool) []string {
	keys := map[string]bool{}
	for _, lang := range []string{"fi", "en", "sv"} {
		for _, k := range searchindex.Analyze(lang, word) {
			keys[k] = true
		}
	}
	var out []string
	for w := range has {
		for _, lang := range []string{"fi", "en", "sv"} {
			if ks := searchindex.Analyze(lang, w); len(ks) > 0 && keys[ks[0]] && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}

// within are, when no word of has has word's key, its words that hold
// the key (a compound's part, a weak grade the stemmer keeps), at most
// three, marked "~"; "?" when none does (a title it refers to).
func within(word string, has map[string]bool) []string {
	k := searchindex.Analyze("fi", word)
	var out []string
	for w := range has {
		if len(k) > 0 && len(k[0]) >= 3 && strings.Contains(w, k[0][:len(k[0])-1]) {
			out = append(out, "~"+w)
		}
	}
	slices.Sort(out)
	if len(out) == 0 {
		return []string{"?"}
	}
	return out[:min(3, len(out))]
}
