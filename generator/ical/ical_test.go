package ical_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/ical"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.ics")

var stamp = time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)

func sample() ical.Calendar {
	return ical.Calendar{
		ProdID:      "-//kimppa//kimppa//FI",
		Name:        "Testilaakso: haut ja määräajat",
		Description: "Rahoitushakujen päättymispäivät ja avoimien haasteiden määräajat",
		Lang:        "fi",
		Refresh:     "P1D",
		Events: []ical.Event{{
			UID:         "funding-eakr-call-1@example.org",
			Stamp:       stamp,
			Sequence:    9638,
			Modified:    time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
			Date:        "2027-03-31",
			Summary:     "Haku päättyy: Kevään haku – Euroopan aluekehitysrahasto",
			Description: "Rahoituslähde: Euroopan aluekehitysrahasto\nHaku: https://rahoitus.example/haku",
			URL:         "https://example.org/rahoitus/eakr/",
		}, {
			UID:     "challenge-ylijaamamaat@example.org",
			Stamp:   stamp,
			Date:    "2026-12-31", // DTEND is in the next year
			Summary: "Haasteen määräaika: Ylijäämämaille hyötykäyttö",
			URL:     "https://example.org/haasteet/ylijaamamaat/",
		}},
	}
}

func marshal(t *testing.T, c ical.Calendar) []byte {
	t.Helper()
	b, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCalendarMatchesGolden(t *testing.T) {
	got := marshal(t, sample())
	golden := filepath.Join("testdata", "golden.ics")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/ical -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("differs from %s; run go test ./generator/ical -update and read the diff\n%s", golden, got)
	}
	checkWellFormed(t, got)
}

func TestMarshalTwiceGivesTheSameBytes(t *testing.T) {
	if a, b := marshal(t, sample()), marshal(t, sample()); !bytes.Equal(a, b) {
		t.Error("two marshals differ")
	}
}

func TestAllDayEventEndsTheNextDay(t *testing.T) {
	lines := ical.Unfold(marshal(t, sample()))
	for _, want := range []string{"DTSTART;VALUE=DATE:20270331", "DTEND;VALUE=DATE:20270401", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "DTSTAMP:20260520T000000Z"} {
		if !contains(lines, want) {
			t.Errorf("no line %q in\n%s", want, strings.Join(lines, "\n"))
		}
	}
}

func TestLongLinesFoldOnCharacterBoundaries(t *testing.T) {
	long := strings.Repeat("Ääliöö älä lyö, ööliä läikkyy – €🌍 ", 12)
	c := sample()
	c.Events[0].Summary = long
	c.Events[0].Description = strings.Repeat("ä", 200) + strings.Repeat("x", 73) + "€€€"
	data := marshal(t, c)
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	folded := 0
	for i, l := range raw {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Fatal("nothing was folded")
	}
	lines := ical.Unfold(data)
	if !contains(lines, "SUMMARY;LANGUAGE=fi:"+ical.Text(long)) {
		t.Error("unfolding does not give the summary back")
	}
	if !contains(lines, "DESCRIPTION;LANGUAGE=fi:"+c.Events[0].Description) {
		t.Error("unfolding does not give the description back")
	}
	checkWellFormed(t, data)
}

func TestHostileTextsStayInsideTheirProperty(t *testing.T) {
	hostile := "Haku\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil\rSUMMARY:x; y, z \\ w\x00\x1b[31m"
	c := sample()
	c.Name = hostile
	c.Events[0].Summary = hostile
	c.Events[0].Description = hostile
	c.Events[0].UID = "a;b,c\nBEGIN:VEVENT"
	c.Events[0].URL = "https://example.org/x\r\nBEGIN:VEVENT"
	data := marshal(t, c)
	checkWellFormed(t, data)
	lines := ical.Unfold(data)
	begins := 0
	for _, l := range lines {
		if l == "BEGIN:VEVENT" {
			begins++
		}
		if strings.HasPrefix(l, "UID:evil") {
			t.Errorf("injected property: %q", l)
		}
		if strings.HasPrefix(l, "URL:") && strings.Contains(l, "BEGIN") {
			t.Errorf("URL with a line break kept: %q", l)
		}
	}
	if begins != 2 {
		t.Errorf("%d events, want 2", begins)
	}
	want := `SUMMARY;LANGUAGE=fi:Haku\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:x\; y\, z \\ w[31m`
	if !contains(lines, want) {
		t.Errorf("summary escaped wrongly; want %q in\n%s", want, strings.Join(lines, "\n"))
	}
	if strings.ContainsAny(string(data), "\x00\x1b") {
		t.Error("control characters reached the feed")
	}
	if strings.Count(string(data), "\r") != strings.Count(string(data), "\r\n") {
		t.Error("a lone CR in the output")
	}
	if strings.Count(string(data), "\n") != strings.Count(string(data), "\r\n") {
		t.Error("a lone LF in the output")
	}
}

func TestTextEscaping(t *testing.T) {
	for in, want := range map[string]string{
		`a\b`:       `a\\b`,
		"a;b,c":     `a\;b\,c`,
		"a\nb":      `a\nb`,
		"a\r\nb":    `a\nb`,
		"a\rb":      `a\nb`,
		"tab\there": "tab\there",
		"bad\xffut": "badut",
		"Äö€":       "Äö€",
	} {
		if got := ical.Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBadDateIsAnError(t *testing.T) {
	c := sample()
	c.Events[1].Date = "31.12.2026"
	if _, err := c.Marshal(); err == nil {
		t.Error("no error for a date that is not YYYY-MM-DD")
	}
}

func TestEmptyCalendarIsValid(t *testing.T) {
	c := sample()
	c.Events = nil
	checkWellFormed(t, marshal(t, c))
}

// contentLine is NAME *(";" param) ":" value (RFC 5545 section 3.1); a
// parameter value may be quoted.
var contentLine = regexp.MustCompile(`^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*)(,("[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*))*)*:[^\x00-\x08\x0a-\x1f\x7f]*$`)

// checkWellFormed reads data as a calendar parser would: CRLF lines of at
// most 75 octets, each unfolded line a content line, BEGIN and END nested
// properly, VCALENDAR outermost with VEVENTs in it, and every event with
// the properties a client needs.
func checkWellFormed(t *testing.T, data []byte) {
	t.Helper()
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") {
		t.Error("the feed does not end in CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("raw line %d has %d octets", i+1, len(l))
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("raw line %d has a bare CR or LF", i+1)
		}
	}
	var stack []string
	var props map[string]int
	for i, l := range ical.Unfold(data) {
		if !contentLine.MatchString(l) {
			t.Errorf("line %d is not NAME[;params]:value: %q", i+1, l)
			continue
		}
		name := l[:strings.IndexAny(l, ";:")]
		value := l[strings.IndexByte(l, ':')+1:]
		switch name {
		case "BEGIN":
			if len(stack) == 0 && value != "VCALENDAR" || len(stack) == 1 && value != "VEVENT" || len(stack) > 1 {
				t.Errorf("line %d: BEGIN:%s inside %v", i+1, value, stack)
			}
			stack = append(stack, value)
			props = map[string]int{}
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Errorf("line %d: END:%s does not close %v", i+1, value, stack)
				continue
			}
			if value == "VEVENT" {
				for _, p := range []string{"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} {
					if props[p] != 1 {
						t.Errorf("line %d: an event has %d %s", i+1, props[p], p)
					}
				}
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Errorf("line %d: %s outside the calendar", i+1, name)
			}
			if props != nil {
				props[name]++
			}
		}
	}
	if len(stack) != 0 {
		t.Errorf("not closed: %v", stack)
	}
}

func contains(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestNoYearBeyond9999: a DATE has four digits of year, so an event on
// the last day of 9999 (whose DTEND would be in 10000) is an error, not a
// nine-digit date; content's dates end in 2099 (schema.CheckDate).
func TestNoYearBeyond9999(t *testing.T) {
	c := ical.Calendar{ProdID: "-//t//t//FI", Events: []ical.Event{{UID: "u", Date: "9999-12-31", Summary: "s"}}}
	if _, err := c.Marshal(); err == nil {
		t.Error("an event on 9999-12-31 marshals")
	}
	c.Events[0].Date, c.Events[0].Stamp = "2099-12-31", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := c.Marshal(); err == nil {
		t.Error("a stamp in year 10000 marshals")
	}
}
