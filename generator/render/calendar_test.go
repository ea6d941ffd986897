package render_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var uidLine = regexp.MustCompile(`(?m)^UID:(.*)\r$`)

// uids lists a calendar's event UIDs in order.
func uids(ics string) []string {
	var out []string
	for _, m := range uidLine.FindAllStringSubmatch(ics, -1) {
		out = append(out, m[1])
	}
	return out
}

// An event's UID names its entry, not its title or date: moving a
// call's closing date or a challenge's deadline (and renaming the call)
// keeps every UID, so a subscribed calendar updates the event instead of
// showing it twice; the entry's updated date raises its SEQUENCE.
func TestCalendarUIDsSurviveAMovedDeadline(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	before := renderPage(t, rendererOn(t, fsys, "2026-05-01"), "calls.ics")
	src := string(fsys["content/funding/saatio.md"].Data)
	src = strings.Replace(src, "closes: 2026-06-13", "closes: 2026-06-20", 1)
	src = strings.Replace(src, "title: Kesän apurahat", "title: Kesän apurahat (jatkettu)", 1)
	src = strings.Replace(src, "level: private\n", "level: private\nupdated: 2026-05-02\n", 1)
	fsys["content/funding/saatio.md"].Data = []byte(src)
	ch := string(fsys["content/challenges/ylijaamamaat.md"].Data)
	fsys["content/challenges/ylijaamamaat.md"].Data = []byte(strings.Replace(ch, "deadline: 2026-05-31", "deadline: 2026-07-15", 1))
	after := renderPage(t, rendererOn(t, fsys, "2026-05-01"), "calls.ics")

	a, b := uids(before), uids(after)
	slices.Sort(a)
	slices.Sort(b)
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Errorf("UIDs changed with the dates:\nbefore %q\nafter  %q", a, b)
	}
	for _, u := range b {
		if !regexp.MustCompile(`^(challenge-[a-z0-9-]+|funding-[a-z0-9-]+-call-[0-9]+)@example\.org$`).MatchString(u) {
			t.Errorf("UID %q does not name its entry", u)
		}
	}
	if !strings.Contains(after, "UID:funding-saatio-call-2@example.org\r\nDTSTAMP:20260502T000000Z\r\nLAST-MODIFIED:20260502T000000Z\r\nSEQUENCE:9618\r\nDTSTART;VALUE=DATE:20260620\r\n") {
		t.Errorf("the moved call has no new date, LAST-MODIFIED or SEQUENCE from its updated date:\n%s", after)
	}
}

// Each language has its calendar, linked from its own pages.
func TestCalendarInEveryLanguage(t *testing.T) {
	r := rendererOn(t, siteFS(t, "testdata/site.txtar"), "2026-05-01")
	fi, en := renderPage(t, r, "calls.ics"), renderPage(t, r, "en/calls.ics")
	if !strings.Contains(fi, "SUMMARY;LANGUAGE=fi:") || !strings.Contains(en, "SUMMARY;LANGUAGE=en:") {
		t.Error("the calendars are not in their languages")
	}
	if !slices.Equal(uids(fi), uids(en)) {
		t.Errorf("the languages' calendars have different events: %q, %q", uids(fi), uids(en))
	}
	for path, want := range map[string]string{
		"en/calls/index.html":           `/kimppa/en/calls.ics`,
		"en/index.html":                 `<a href="/kimppa/en/calls.ics" type="text/calendar">`,
		"haut/index.html":               `/kimppa/calls.ics`,
		"en/actors/kaupunki/index.html": `<a href="/kimppa/en/calls.ics" type="text/calendar">`,
	} {
		if page := renderPage(t, r, path); !strings.Contains(page, want) {
			t.Errorf("%s does not link %s", path, want)
		}
	}
}
