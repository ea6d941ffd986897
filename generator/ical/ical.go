// Package ical writes an iCalendar feed (RFC 5545) of all-day events:
// the calls.ics of funding calls' closing dates and challenges'
// deadlines. It knows nothing of the model; render hands it the events.
//
// The output is deterministic: the same calendar gives the same bytes.
// Lines end in CRLF and are folded at 75 octets on UTF-8 boundaries;
// TEXT values are escaped, so no title can end a property or an event
// early.
package ical

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Calendar is a VCALENDAR of all-day events.
type Calendar struct {
	ProdID      string // e.g. "-//kimppa//kimppa//FI"
	Name        string // X-WR-CALNAME: the name a calendar app shows
	Description string // X-WR-CALDESC, optional
	Lang        string // language of the texts (LANGUAGE parameter), optional
	// Refresh is how often a subscriber should fetch the feed again,
	// e.g. "P1D"; empty leaves it to the app.
	Refresh string
	Events  []Event
}

// Event is one all-day VEVENT.
type Event struct {
	UID   string
	Stamp time.Time // DTSTAMP, written in UTC
	// Sequence is the event's revision (SEQUENCE, from 0): a calendar app
	// that sees a higher one takes the event as changed.
	Sequence    int
	Modified    time.Time // LAST-MODIFIED; left out when zero
	Date        string    // the day, YYYY-MM-DD
	Summary     string
	Description string
	URL         string // an absolute URI
}

// maxLine is the longest a content line may be, in octets, without its
// CRLF (RFC 5545 section 3.1).
const maxLine = 75

// Marshal writes the calendar. An event whose Date is not a date is an
// error: content is checked before it reaches here.
func (c Calendar) Marshal() ([]byte, error) {
	var b bytes.Buffer
	line := func(name, value string) { writeLine(&b, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", Text(c.ProdID))
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	if c.Name != "" {
		line("X-WR-CALNAME", Text(c.Name))
	}
	if c.Description != "" {
		line("X-WR-CALDESC", Text(c.Description))
	}
	if c.Refresh != "" {
		line("REFRESH-INTERVAL;VALUE=DURATION", c.Refresh)
		line("X-PUBLISHED-TTL", c.Refresh)
	}
	lang := ""
	if c.Lang != "" {
		lang = ";LANGUAGE=" + paramValue(c.Lang)
	}
	for _, e := range c.Events {
		day, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			return nil, fmt.Errorf("ical: event %q: date %q: %w", e.UID, e.Date, err)
		}
		// DATE is four digits of year: the day after must have them too
		if y := day.AddDate(0, 0, 1).Year(); y > 9999 || e.Stamp.UTC().Year() > 9999 || e.Stamp.UTC().Year() < 0 {
			return nil, fmt.Errorf("ical: event %q: date %q or stamp %v is beyond year 9999", e.UID, e.Date, e.Stamp)
		}
		line("BEGIN", "VEVENT")
		line("UID", Text(e.UID))
		line("DTSTAMP", e.Stamp.UTC().Format("20060102T150405Z"))
		if !e.Modified.IsZero() {
			line("LAST-MODIFIED", e.Modified.UTC().Format("20060102T150405Z"))
		}
		line("SEQUENCE", strconv.Itoa(max(e.Sequence, 0)))
		line("DTSTART;VALUE=DATE", day.Format("20060102"))
		line("DTEND;VALUE=DATE", day.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY"+lang, Text(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION"+lang, Text(e.Description))
		}
		if u := uri(e.URL); u != "" {
			line("URL", u)
		}
		// A deadline takes no time: it must not mark the day busy.
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return b.Bytes(), nil
}

// Text escapes a TEXT value (RFC 5545 section 3.3.11): backslash,
// semicolon and comma get a backslash, every line break becomes \n, and
// other control characters, which TEXT does not allow, are dropped, as
// are bytes that are not UTF-8.
func Text(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// control characters are not TEXT
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// uri keeps a URI value on one property: it has no escaping of its own,
// so a value with white space or control characters is left out.
func uri(s string) string {
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == '"' {
			return ""
		}
	}
	if !utf8.ValidString(s) {
		return ""
	}
	return s
}

// paramValue is a parameter value without the characters that would end
// it; language tags never have them.
func paramValue(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`";:,`, r) {
			return -1
		}
		return r
	}, s)
}

// writeLine writes a content line folded at maxLine octets, never inside
// a UTF-8 sequence: each continuation line starts with a space, which
// counts towards its length.
func writeLine(b *bytes.Buffer, s string) {
	limit := maxLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = maxLine - 1
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}

// Unfold joins folded lines back (section 3.1): a CRLF followed by a
// space or a tab is removed. Tests and readers of the feed use it.
func Unfold(data []byte) []string {
	s := strings.ReplaceAll(string(data), "\r\n ", "")
	s = strings.ReplaceAll(s, "\r\n\t", "")
	s = strings.TrimSuffix(s, "\r\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\r\n")
}
