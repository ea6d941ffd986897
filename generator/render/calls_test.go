package render_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
)

// rendererOn renders fsys as if the build ran on today.
func rendererOn(t *testing.T, fsys fstest.MapFS, today string) *render.Renderer {
	t.Helper()
	r, err := render.New(build(t, fsys, model.Options{}), render.Options{Theme: kimppa.Theme, Site: fsys, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func renderPage(t *testing.T, r *render.Renderer, path string) string {
	t.Helper()
	for _, p := range r.Pages() {
		if p.Path == path {
			b, err := r.Render(p)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no page %s", path)
	return ""
}

var (
	callGroupPattern = regexp.MustCompile(`(?s)<section class="calls-group" id="calls-([a-z]+)".*?</section>`)
	callTitlePattern = regexp.MustCompile(`<h3 class="call-title"><a [^>]*>([^<]+)`)
	callStatePattern = regexp.MustCompile(`<p class="call-status"[^>]*>([^<]+)</p>`)
)

// callGroups reads the calls page: each group's id and its calls' titles
// (with their status) in order.
func callGroups(page string) []string {
	var out []string
	for _, g := range callGroupPattern.FindAllStringSubmatch(page, -1) {
		titles := callTitlePattern.FindAllStringSubmatch(g[0], -1)
		states := callStatePattern.FindAllStringSubmatch(g[0], -1)
		var calls []string
		for i, m := range titles {
			calls = append(calls, m[1]+" ("+states[i][1]+")")
		}
		out = append(out, g[1]+": "+strings.Join(calls, ", "))
	}
	return out
}

func TestCallsPageListsOpenCallsBySoonestCloseThenUndatedThenPast(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	for _, c := range []struct {
		today string
		want  []string
	}{
		{"2026-06-01", []string{
			"open: Viimeinen päivä (Viimeinen päivä tänään), Kesän apurahat (12 päivää jäljellä), Syksyn apurahat (Avautuu 1.9.2026)",
			"undated: Syksyn haku (Haku auki), Jatkuva haku (Ei päättymispäivää)",
			"past: Talven haku (Päättynyt), Kevään haku (Päättynyt)",
		}},
		// A day later the call that closed yesterday is the most
		// recently closed one, and 1 day is said in the singular.
		{"2026-06-12", []string{
			"open: Kesän apurahat (1 päivä jäljellä), Syksyn apurahat (Avautuu 1.9.2026)",
			"undated: Syksyn haku (Haku auki), Jatkuva haku (Ei päättymispäivää)",
			"past: Viimeinen päivä (Päättynyt), Talven haku (Päättynyt), Kevään haku (Päättynyt)",
		}},
		// Before anything opened, the undated call that opens later says so.
		{"2025-01-01", []string{
			"open: Kevään haku (Avautuu 1.2.2025), Talven haku (Avautuu 1.11.2025), Viimeinen päivä (Avautuu 15.5.2026), Kesän apurahat (Avautuu 1.5.2026), Syksyn apurahat (Avautuu 1.9.2026)",
			"undated: Syksyn haku (Avautuu 1.9.2025), Jatkuva haku (Ei päättymispäivää)",
		}},
		// With everything closed the open group stays, with its empty state.
		{"2027-01-01", []string{
			"open: ",
			"undated: Syksyn haku (Haku auki), Jatkuva haku (Ei päättymispäivää)",
			"past: Syksyn apurahat (Päättynyt), Kesän apurahat (Päättynyt), Viimeinen päivä (Päättynyt), Talven haku (Päättynyt), Kevään haku (Päättynyt)",
		}},
	} {
		page := renderPage(t, rendererOn(t, fsys, c.today), "haut/index.html")
		if got := callGroups(page); !slices.Equal(got, c.want) {
			t.Errorf("today %s:\n%s\nwant:\n%s", c.today, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if c.today == "2027-01-01" && !strings.Contains(page, "Juuri nyt ei ole avoimia eikä tulevia hakuja.") {
			t.Error("no empty state for the open calls")
		}
	}
}

func TestCallsPageOrderDoesNotDependOnTheOrderOfTheCallsInTheFile(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	data := string(fsys["content/funding/saatio.md"].Data)
	head, calls, _ := strings.Cut(data, "calls:\n")
	calls, tail, _ := strings.Cut(calls, "summary:")
	items := strings.Split(strings.TrimPrefix(calls, "  - "), "\n  - ")
	for i := range items {
		items[i] = strings.TrimSuffix(items[i], "\n")
	}
	slices.Reverse(items)
	fsys["content/funding/saatio.md"] = &fstest.MapFile{Data: []byte(head + "calls:\n  - " + strings.Join(items, "\n  - ") + "\nsummary:" + tail)}
	delete(fsys, "content/funding/saatio.en.md") // its titles go by place
	after := callGroups(renderPage(t, rendererOn(t, fsys, fixtureToday), "haut/index.html"))
	fsys2 := siteFS(t, "testdata/site.txtar")
	delete(fsys2, "content/funding/saatio.en.md")
	want := callGroups(renderPage(t, rendererOn(t, fsys2, fixtureToday), "haut/index.html"))
	if !slices.Equal(after, want) {
		t.Errorf("reordered calls:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(want, "\n"))
	}
}

func TestCallsPageAndFrontPageHaveEmptyStatesWithoutCalls(t *testing.T) {
	fsys := fstest.MapFS{
		"kimppa.yaml":                     {Data: []byte("title: {fi: Tyhjä, en: Empty}\nbase_url: https://example.org/\nlanguages: [fi, en]\n")},
		"content/actors/a.md":             {Data: []byte("---\nname: A\nkind: company\n---\n")},
		"content/funding/r.md":            {Data: []byte("---\nname: Rahasto\nlevel: national\n---\n")},
		"content/challenges/ratkaistu.md": {Data: []byte("---\ntitle: Vanha\nowner: a\nstatus: solved\n---\n")},
	}
	r := rendererOn(t, fsys, fixtureToday)
	for path, wants := range map[string][]string{
		"haut/index.html":     {"Rahoitushakuja ei ole vielä lisätty.", `href="/rahoitus/"`, `href="/calls.ics"`},
		"en/calls/index.html": {"No funding calls have been added yet.", `href="/en/funding/"`, "Subscribe (iCalendar)"},
		"index.html":          {"Yksikään haku ei ole juuri nyt auki.", "Avoimia haasteita ei juuri nyt ole.", `href="/haasteet/?status=open"`, `href="/haut/"`},
		"en/index.html":       {"No call is open right now.", "There are no open challenges right now."},
		// the funding list and every footer lead to the calls page
		"rahoitus/index.html":   {`<a class="button" href="/haut/">`, `<li><a href="/haut/">Rahoitushaut</a></li>`},
		"en/funding/index.html": {`<a class="button" href="/en/calls/">`, `<li><a href="/en/calls/">Funding calls</a></li>`},
		"toimijat/a/index.html": {`<li><a href="/haut/">Rahoitushaut</a></li>`, `<a href="/calls.ics" type="text/calendar">Tilaa kalenteriin (iCalendar)</a>`},
	} {
		page := renderPage(t, r, path)
		for _, w := range wants {
			if !strings.Contains(page, w) {
				t.Errorf("%s: no %q", path, w)
			}
		}
		if strings.Contains(page, `id="list-filters"`) && strings.HasSuffix(path, "calls/index.html") {
			t.Errorf("%s: filters without calls", path)
		}
	}
	ics := renderPage(t, r, "calls.ics")
	if strings.Contains(ics, "BEGIN:VEVENT") || !strings.HasSuffix(ics, "END:VCALENDAR\r\n") {
		t.Errorf("calendar without calls:\n%s", ics)
	}
}

func TestFrontPageShowsWhatCanBeActedOnNow(t *testing.T) {
	page := renderPage(t, rendererOn(t, siteFS(t, "testdata/site.txtar"), fixtureToday), "index.html")
	for _, want := range []string{
		// no open challenge: the one with status open is past its
		// deadline; the two calls open today, both closing within 60 days
		`<a href="/kimppa/haasteet/?status=open"><span class="figure-value">0</span> <span class="figure-label">avointa haastetta</span>`,
		`<a href="/kimppa/haut/"><span class="figure-value">2</span> <span class="figure-label">hakua päättyy 60 päivän sisällä</span>`,
		"Haettavissa nyt", "Avoimet haasteet",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("front page has no %q", want)
		}
	}
	titles := callTitlePattern.FindAllStringSubmatch(page, -1)
	var got []string
	for _, m := range titles {
		got = append(got, m[1])
	}
	// Only calls open today: not the upcoming one, not those without a
	// closing date.
	if want := []string{"Viimeinen päivä", "Kesän apurahat"}; !slices.Equal(got, want) {
		t.Errorf("front page calls %v, want %v", got, want)
	}
}

// contentLine is an unfolded iCalendar line: NAME[;param=value]:value.
var contentLine = regexp.MustCompile(`^[A-Z0-9-]+(;[A-Z0-9-]+=[^";:,\x00-\x1f]*)*:[^\x00-\x08\x0a-\x1f\x7f]*$`)

func TestHostileCallTitlesStayInsideTheirEventInCallsICS(t *testing.T) {
	fsys := siteFS(t, "testdata/hostile.txtar")
	s := buildLax(t, fsys)
	raha := s.Entities[model.Ref{Type: "funding", Slug: "raha"}]
	raha.Default.Fields["calls"] = []model.Object{
		{"title": "Haku\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:pwned", "closes": "2026-06-30"},
		{"title": "a;b,c\\d " + strings.Repeat("äöå€ ", 40), "opens": "2026-01-01", "closes": "2026-07-31"},
		{"title": "<script>alert('call')</script>", "closes": "2026-08-31", "url": "javascript:alert(1)"},
	}
	r, err := render.New(s, render.Options{Theme: kimppa.Theme, Site: fsys, Today: fixtureToday})
	if err != nil {
		t.Fatal(err)
	}
	ics := renderPage(t, r, "calls.ics")
	raw := strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n")
	for i, l := range raw {
		if len(l) > 75 || strings.ContainsAny(l, "\r\n") {
			t.Errorf("raw line %d: %q", i+1, l)
		}
	}
	lines := strings.Split(strings.NewReplacer("\r\n ", "", "\r\n\t", "").Replace(strings.TrimSuffix(ics, "\r\n")), "\r\n")
	events := 0
	for _, l := range lines {
		if !contentLine.MatchString(l) {
			t.Errorf("not a content line: %q", l)
		}
		if l == "BEGIN:VEVENT" {
			events++
		}
		if strings.HasPrefix(l, "UID:evil") || strings.HasPrefix(l, "SUMMARY:pwned") {
			t.Errorf("injected: %q", l)
		}
		if strings.HasPrefix(l, "URL:") && strings.Contains(l, "javascript") {
			t.Errorf("script URL: %q", l)
		}
	}
	if events != 3 {
		t.Errorf("%d events, want the 3 calls", events)
	}
	for _, want := range []string{`a\;b\,c\\d äöå€`, `Haku\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:pwned`} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("no escaped %q", want)
		}
	}
	checkNoScript(t, "calls.ics", []byte(ics), "/")
	page := renderPage(t, r, "haut/index.html")
	checkNoScript(t, "haut/index.html", []byte(page), "/")
	if !strings.Contains(page, "&lt;script&gt;alert(&#39;call&#39;)&lt;/script&gt;") {
		t.Error("the calls page does not show the title as text")
	}
}
