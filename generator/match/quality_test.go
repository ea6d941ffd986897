package match_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// graded is one need of testdata/needs.txt.
type graded struct {
	text, lang string
	want       []string
}

func readNeeds(t *testing.T) []graded {
	t.Helper()
	f, err := os.Open("testdata/needs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []graded
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "need: "):
			out = append(out, graded{text: strings.TrimPrefix(line, "need: "), lang: "fi"})
		case strings.HasPrefix(line, "need en: "):
			out = append(out, graded{text: strings.TrimPrefix(line, "need en: "), lang: "en"})
		case strings.HasPrefix(line, "want: "):
			out[len(out)-1].want = strings.Fields(strings.TrimPrefix(line, "want: "))
		}
	}
	return out
}

// sample loads the repository's sample portal, on a fixed day.
func sample(t *testing.T) *sitetest.Site {
	t.Helper()
	p := sitetest.Load(t, "../..", sitetest.Options{Today: "2026-12-01"})
	if p.Diags.Failed(false) {
		t.Fatalf("the sample portal is invalid: %v", p.Diags)
	}
	return p
}

// portal is testdata/name loaded as the sample is.
func portal(t *testing.T, name string) *sitetest.Site {
	t.Helper()
	p := sitetest.Load(t, "testdata/"+name, sitetest.Options{Today: "2026-12-01"})
	if p.Diags.Failed(false) {
		t.Fatalf("%s is invalid: %v", name, p.Diags)
	}
	return p
}

// matcherOf is the matcher of a loaded site.
func matcherOf(t *testing.T, p *sitetest.Site) *match.Matcher {
	t.Helper()
	m, _, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// metrics are recall@5 (of min(5, relevant)) and reciprocal rank of the
// first relevant result in the top 10.
func metrics(got, want []string) (recall, rr float64) {
	hit := 0
	for i, g := range got {
		if i < 5 && slices.Contains(want, g) {
			hit++
		}
		if rr == 0 && i < 10 && slices.Contains(want, g) {
			rr = 1 / float64(i+1)
		}
	}
	return float64(hit) / float64(min(5, len(want))), rr
}

// TestNeedsFindWhatMeetsThem scores the matcher on the graded needs and
// compares its rankings with the golden file, so that a change to
// matching shows what it does to every need. The scores are reported,
// and held to a floor well under today's so that noise does not fail it.
func TestNeedsFindWhatMeetsThem(t *testing.T) {
	p := sample(t)
	m := matcherOf(t, p)
	var report strings.Builder
	var sumRecall, sumRR float64
	needs := readNeeds(t)
	var agreement []needResults
	for _, n := range needs {
		var got []string
		suggestions := m.Need(n.text, n.lang, match.Filters{})
		for _, s := range suggestions {
			got = append(got, s.Ref.String())
		}
		agreement = append(agreement, needResults{Need: n.text, Lang: n.lang, Results: match.Records(suggestions)})
		recall, rr := metrics(got, n.want)
		sumRecall += recall
		sumRR += rr
		fmt.Fprintf(&report, "%s\n  recall@5 %.2f  rr %.2f\n", n.text, recall, rr)
		for i, g := range got[:min(len(got), 5)] {
			mark := " "
			if slices.Contains(n.want, g) {
				mark = "*"
			}
			fmt.Fprintf(&report, "  %d %s %s\n", i+1, mark, g)
		}
	}
	recall, mrr := sumRecall/float64(len(needs)), sumRR/float64(len(needs))
	fmt.Fprintf(&report, "\nrecall@5 %.3f  MRR@10 %.3f over %d needs\n", recall, mrr, len(needs))
	t.Logf("recall@5 %.3f, MRR@10 %.3f over %d needs", recall, mrr, len(needs))
	golden(t, "rankings.txt", report.String())
	// what search.js's match() must give for the same needs on the same
	// site (generator/match/match.test.mjs)
	js, err := json.MarshalIndent(agreement, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "needs.json", string(js)+"\n")
	if recall < 0.75 || mrr < 0.75 {
		t.Errorf("recall@5 %.3f, MRR@10 %.3f: matching got worse (see testdata/golden/rankings.txt)", recall, mrr)
	}
}

type needResults struct {
	Need    string   `json:"need"`
	Lang    string   `json:"lang"`
	Types   []string `json:"types,omitempty"` // the types sought, when not actors and services
	Results any      `json:"results"`
}

// golden compares text with testdata/golden/name; -update rewrites it.
func golden(t *testing.T, name, text string) {
	t.Helper()
	sitetest.Golden(t, filepath.Join("testdata", "golden", name), []byte(text))
}
