package render_test

import (
	"regexp"
	"strings"
	"testing"
)

// An open challenge past its deadline is marked on its page and card and
// is neither counted nor listed among the open ones; before its deadline
// it is, once.
func TestOverdueChallengeIsMarkedAndNotCountedOpen(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	after := rendererOn(t, fsys, "2026-06-01") // the deadline was 2026-05-31
	for _, path := range []string{"haasteet/ylijaamamaat/index.html", "haasteet/index.html"} {
		if page := renderPage(t, after, path); !strings.Contains(page, `<li class="badge badge-status-overdue">Määräaika umpeutunut</li>`) {
			t.Errorf("%s: the overdue challenge is not marked", path)
		}
	}
	if page := renderPage(t, after, "en/challenges/ylijaamamaat/index.html"); !strings.Contains(page, `badge-status-overdue">Deadline passed<`) {
		t.Error("the English page does not mark the overdue challenge")
	}
	home := renderPage(t, after, "index.html")
	if !strings.Contains(home, `<span class="figure-value">0</span> <span class="figure-label">avointa haastetta</span>`) {
		t.Error("the front page counts the overdue challenge as open")
	}
	if strings.Contains(section(home, "challenges-now-h"), "ylijaamamaat") {
		t.Error("the front page lists the overdue challenge as open")
	}

	before := rendererOn(t, fsys, "2026-05-01")
	home = renderPage(t, before, "index.html")
	if !strings.Contains(home, `<span class="figure-value">1</span> <span class="figure-label">avoin haaste</span>`) {
		t.Error("the front page does not count the open challenge")
	}
	if n := strings.Count(home, `<a href="/kimppa/haasteet/ylijaamamaat/"`); n != 1 {
		t.Errorf("the front page shows the open challenge %d times, want once", n)
	}
	if page := renderPage(t, before, "haasteet/ylijaamamaat/index.html"); strings.Contains(page, "badge-status-overdue") {
		t.Error("a challenge before its deadline is marked overdue")
	}
}

// The front page's term chips and chart leave out terms no entry has.
func TestFrontPageLeavesOutEmptyTerms(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	cfg := string(fsys["kimppa.yaml"].Data)
	fsys["kimppa.yaml"].Data = []byte(strings.Replace(cfg, "      plastics:", "      textiles: {fi: Tekstiilit, en: Textiles}\n      plastics:", 1))
	home := renderPage(t, rendererOn(t, fsys, fixtureToday), "index.html")
	if !strings.Contains(home, ">Muovit <span") {
		t.Fatal("no term chips on the front page")
	}
	if strings.Contains(home, "Tekstiilit") {
		t.Error("the front page shows a term with no entries")
	}
	if m := regexp.MustCompile(`class="chip"[^>]*>[^<]*<span class="count">0</span>`).FindString(home); m != "" {
		t.Errorf("a term with no entries on the front page: %s", m)
	}
	if strings.Contains(home, `<span class="bar-count">0</span>`) {
		t.Error("a bar of zero on the front page")
	}
}

// section is the part of page from the heading with id to the next
// </section>.
func section(page, id string) string {
	_, rest, _ := strings.Cut(page, `id="`+id+`"`)
	s, _, _ := strings.Cut(rest, "</section>")
	return s
}
