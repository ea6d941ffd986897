package match_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// heldOut is one need of a held-out set (testdata/heldout*.txt).
type heldOut struct {
	group, lang, text string
	want              []string
}

func readHeldOut(t *testing.T, name string) []heldOut {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []heldOut
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if head, text, ok := strings.Cut(line, ": "); ok && strings.HasPrefix(head, "need ") {
			tag := strings.Fields(head)
			out = append(out, heldOut{group: tag[1], lang: tag[2], text: text})
		} else if rest, ok := strings.CutPrefix(line, "want:"); ok && len(out) > 0 {
			out[len(out)-1].want = strings.Fields(rest)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestHeldOutNeeds matches needs written in the visitors' words, graded
// before the matcher saw them, and reports recall@5 and MRR@10 per
// language group and every reason word shown in a top five
// (testdata/golden/heldout.txt, for reading). A need nobody in the portal
// can meet gets no strong suggestion, and every suggestion has a reason.
// testdata/heldout.txt has since been tuned on: it is the dev set.
func TestHeldOutNeeds(t *testing.T) {
	heldOutSet(t, sample(t), "heldout.txt", "heldout", match.Filters{})
}

// pageTypes are the types /kimppahaku/ looks for unless a visitor
// unticks some: the graded answers of the newer sets include open
// challenges and calls.
var pageTypes = match.Filters{Types: []string{"actors", "services", "challenges", "funding"}}

// TestHeldOutNeeds2 is TestHeldOutNeeds on needs written and graded by
// someone who did not tune the matcher (testdata/README-heldout.md):
// heldout2.txt on the sample portal, heldout-portal2.txt on portal2, a
// portal the matcher was not built with, loaded as the sample is.
func TestHeldOutNeeds2(t *testing.T) {
	t.Run("sample", func(t *testing.T) { heldOutSet(t, sample(t), "heldout2.txt", "heldout2", pageTypes) })
	t.Run("portal2", func(t *testing.T) {
		heldOutSet(t, portal(t, "portal2"), "heldout-portal2.txt", "heldout-portal2", pageTypes)
	})
}

// floors are, by set and language group, the recall@5 and MRR@10 the
// matcher reached on them: a change that lowers one fails.
var floors = map[string]map[string][2]float64{
	"heldout.txt":  {"fi": {0.972, 0.958}, "en": {0.929, 1}, "sv": {1, 1}, "mixed": {0.889, 1}},
	"heldout2.txt": {"fi": {0.764, 0.792}, "en": {0.854, 0.900}, "sv": {0.889, 0.806}, "mixed": {0.875, 0.675}},
	// its fi MRR fell .829 → .826 when a compound's head became a reason
	// ("puusepänverstas → verstas"): a suggestion that had none is now
	// shown, and a need's first right answer, missed before, moved 8th → 10th
	"heldout-portal2.txt": {"fi": {0.796, 0.826}, "en": {1, 1}, "sv": {0.833, 0.812}, "mixed": {1, 1}},
	// the third set, measured once, after the tuning on the others; raised
	// by the general vocabulary, the money guard and the Finnish filler
	// lemmas (issue 18), then by a place's case forms ranking what is
	// there without being reasons ("Ouluun")
	"heldout3.txt": {"fi": {0.583, 0.562}, "en": {0.900, 0.767}, "sv": {0.444, 0.667}, "mixed": {0.833, 1}},
	// its mixed MRR fell 1 → .833 when "myy" in "kuka myy?" became filler in a
	// need read as English: it was the first answer's one reason beside "oat"
	"heldout-portal3.txt": {"fi": {0.833, 0.917}, "en": {0.938, 0.938}, "sv": {1, 0.900}, "mixed": {1, 1}},
	// the fourth set, measured before and after the vocabulary and the
	// filler lemmas, whose engineers never saw it; then the concept
	// vocabulary, places as ranking and support for developing as money.
	// Two figures fell, each on one need, traded for the rest: heldout4
	// mixed recall 1 → .833 (an office to be demolished "Vantaalla" ranks
	// a Vantaa challenge fifth, above the marketplace); portal4 mixed MRR
	// 1 → .833 for recall .611 → .833 (a fibre processor, not graded,
	// before the sawmill on a need for fibre raw material for packaging)
	// Then the general English and Swedish words of glossary_more.go
	// raised nine figures and lowered one: portal4 sv MRR .867 → .733 on
	// one need, where "torkar" (dries) now reaches "kuivata" and two
	// drying labs rank above the graded potato-peel challenge (third);
	// then .733 → .717 when words of trading became quiet: "köper → osto"
	// is no longer a reason, covers half, and a buyer of electronics falls
	// from third to fourth on a need for a buyer of spare parts.
	"heldout4.txt":        {"fi": {0.875, 0.938}, "en": {0.833, 0.840}, "sv": {0.833, 1}, "mixed": {0.833, 0.750}},
	"heldout-portal4.txt": {"fi": {0.875, 0.771}, "en": {0.792, 0.830}, "sv": {0.900, 0.717}, "mixed": {0.833, 0.833}},
	// the fifth set, measured before and after the concept vocabulary and
	// places as ranking, whose engineer never saw it. Then English and
	// Swedish stop words and words of number became filler in every need
	// ("and", "three", "kolmen" were shown as reasons): portal5 fi recall
	// fell .750 → .708 on one need, whose second answer only "kasa" found.
	// Then quiet words (searchindex.QuietForm) stopped being reasons:
	// heldout5 fi recall .771 → .708, as SYKE's only reason on one need
	// was "keinoilla" (by what means), and it is no longer suggested
	// without a true reason; heldout5 en MRR .520 → .420, as "develops"
	// no longer covers a need as "demolition" does, and Helsinki falls
	// from first to second on one need.
	"heldout5.txt":        {"fi": {0.708, 0.729}, "en": {0.800, 0.667}, "sv": {0.667, 0.611}, "mixed": {1, 1}},
	"heldout-portal5.txt": {"fi": {0.750, 0.802}, "en": {0.729, 0.938}, "sv": {0.800, 0.700}, "mixed": {0.833, 1}},
	// the sixth set, measured before this session's matching work (the
	// quiet words, place forms, vocabulary, compound heads, clitics) and
	// after it, whose engineers never saw it
	"heldout6.txt":        {"fi": {0.875, 0.792}, "en": {0.950, 0.900}, "sv": {1, 1}, "mixed": {1, 0.667}},
	"heldout-portal6.txt": {"fi": {0.979, 0.944}, "en": {0.917, 0.844}, "sv": {0.800, 0.650}, "mixed": {0.500, 0.714}},
}

// knownStrong are the strong suggestions for a need nobody can meet that
// a held-out set found when it was first measured, left as found so that
// the set stays a fair measure: the test fails on any other, and on one
// of these once it is fixed and the entry not removed (see heldOutSet).
var knownStrong = map[string]string{
	// set 6: "käytöstä poistetut" (decommissioned) is two generic words
	// that the container company's profile writes too
	"Etsin Lappeenrannasta firmaa joka kierrättää käytöstä poistetut aurinkopaneelit": "actors/kotkan-konttihuolto",
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// TestHeldOutNeeds3 is TestHeldOutNeeds2 on a third set, written and
// graded by another who did not run the matcher or read its code, while
// it was being tuned on the first two (testdata/README-heldout.md):
// heldout3.txt on the sample portal, heldout-portal3.txt on portal3, a
// Varsinais-Suomi and Satakunta portal nobody tuned on.
func TestHeldOutNeeds3(t *testing.T) {
	heldOutPair(t, 3)
}

// TestHeldOutNeeds4 measures the fourth set, written by a grader while
// the matcher was being changed and kept from the people changing it
// (testdata/README-heldout.md): heldout4.txt on the sample portal,
// heldout-portal4.txt on portal4, a Pirkanmaa and Keski-Suomi portal.
func TestHeldOutNeeds4(t *testing.T) {
	heldOutPair(t, 4)
}

// TestHeldOutNeeds5 measures the fifth set, written by a grader while
// the matcher was being changed and kept from the people changing it
// (testdata/README-heldout.md): heldout5.txt on the sample portal,
// heldout-portal5.txt on portal5, a Pohjois-Pohjanmaa and Lappi portal.
func TestHeldOutNeeds5(t *testing.T) {
	heldOutPair(t, 5)
}

// TestHeldOutNeeds6 measures the sixth set, written by a grader while
// the matcher was being changed and kept from the people changing it
// (testdata/README-heldout.md): heldout6.txt on the sample portal,
// heldout-portal6.txt on portal6, an Etelä-Karjala, Kymenlaakso and
// Etelä-Savo portal.
func TestHeldOutNeeds6(t *testing.T) {
	heldOutPair(t, 6)
}

// heldOutPair measures set n: heldoutN.txt on the sample portal and
// heldout-portalN.txt on testdata/portalN.
func heldOutPair(t *testing.T, n int) {
	p := fmt.Sprintf("portal%d", n)
	t.Run("sample", func(t *testing.T) {
		heldOutSet(t, sample(t), fmt.Sprintf("heldout%d.txt", n), fmt.Sprintf("heldout%d", n), pageTypes)
	})
	t.Run(p, func(t *testing.T) { heldOutSet(t, portal(t, p), "heldout-"+p+".txt", "heldout-"+p, pageTypes) })
}

// heldOutSet matches the needs of testdata/name on portal p and writes
// the report to testdata/golden/OUT.txt and what search.js's match()
// must give to OUT.json (generator/match/match.test.mjs).
func heldOutSet(t *testing.T, p *sitetest.Site, name, out string, f match.Filters) {
	m := matcherOf(t, p)
	type sum struct{ recall, rr, n float64 }
	groups := map[string]*sum{}
	var report strings.Builder
	words := 0
	var agreement []needResults
	for _, n := range readHeldOut(t, name) {
		list := m.Need(n.text, n.lang, f)
		agreement = append(agreement, needResults{Need: n.text, Lang: n.lang, Types: f.Types, Results: match.Records(list)})
		var got []string
		for _, s := range list {
			got = append(got, s.Ref.String())
			if len(s.Because.Words) == 0 && len(s.Because.Terms) == 0 && s.Because.Via.Type == "" {
				t.Errorf("%q: %s has no reason", n.text, s.Ref)
			}
		}
		fmt.Fprintf(&report, "[%s] %s\n", n.group, n.text)
		if n.group == "none" {
			if ref, ok := knownStrong[n.text]; ok && !slices.ContainsFunc(list, func(s match.Suggestion) bool { return s.Ref.String() == ref && s.Strength == "strong" }) {
				t.Errorf("%q: %s is no longer strong; remove it from knownStrong", n.text, ref)
			}
			for _, s := range list {
				if s.Strength == "strong" && knownStrong[n.text] != s.Ref.String() {
					t.Errorf("nobody can meet %q, yet %s is a strong suggestion (fit %.2f)", n.text, s.Ref, s.Fit)
				}
			}
		} else {
			recall, rr := metrics(got, n.want)
			g := groups[n.group]
			if g == nil {
				g = &sum{}
				groups[n.group] = g
			}
			g.recall, g.rr, g.n = g.recall+recall, g.rr+rr, g.n+1
			fmt.Fprintf(&report, "  recall@5 %.2f  rr %.2f\n", recall, rr)
		}
		for i, s := range list[:min(len(list), 5)] {
			mark := " "
			if slices.Contains(n.want, s.Ref.String()) {
				mark = "*"
			}
			words += len(s.Because.Words)
			fmt.Fprintf(&report, "  %d %s %-45s fit %.2f %-8s %s %v\n", i+1, mark, s.Ref, s.Fit, s.Strength, strings.Join(s.Because.Words, " | "), s.Because.Terms)
		}
	}
	fmt.Fprintf(&report, "\n")
	for _, g := range []string{"fi", "en", "sv", "mixed"} {
		if s := groups[g]; s != nil {
			recall, mrr := s.recall/s.n, s.rr/s.n
			fmt.Fprintf(&report, "%-6s recall@5 %.3f  MRR@10 %.3f over %.0f needs\n", g, recall, mrr, s.n)
			t.Logf("%s %-6s recall@5 %.3f  MRR@10 %.3f over %.0f needs", name, g, recall, mrr, s.n)
			if f, ok := floors[name][g]; ok && (round3(recall) < f[0] || round3(mrr) < f[1]) {
				t.Errorf("%s %s: recall@5 %.3f, MRR@10 %.3f, under the floor %.3f, %.3f reached before: matching got worse (see testdata/golden/%s.txt)", name, g, recall, mrr, f[0], f[1], out)
			}
		}
	}
	fmt.Fprintf(&report, "reason words shown in the top fives: %d\n", words)
	golden(t, out+".txt", report.String())
	js, err := json.MarshalIndent(agreement, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, out+".json", string(js)+"\n")
}
