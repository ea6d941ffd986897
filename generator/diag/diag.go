// Package diag holds the diagnostics kimppa reports about content: a
// position, a severity, a message and an optional hint. Problems are
// collected into a List so that one run reports all of them.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"
)

// Severity says whether a diagnostic fails the build.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Pos is a place in a file of the site, relative to the site directory.
// Line and Col start at 1; 0 means unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Diagnostic is one problem found in the site's files.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Field    string // the field path, e.g. "funding[1].source"; may be empty
	Message  string
	Hint     string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
}

// List collects diagnostics. The zero value is ready to use.
type List []Diagnostic

// Errorf adds an error at pos.
func (l *List) Errorf(pos Pos, field, hint, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: Error, Field: field, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos Pos, field, hint, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: Warning, Field: field, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// Add appends other diagnostics.
func (l *List) Add(ds ...Diagnostic) { *l = append(*l, ds...) }

// Sort orders by file, line and column, and drops exact duplicates.
func (l *List) Sort() {
	slices.SortStableFunc(*l, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Message, b.Message),
		)
	})
	*l = slices.Compact(*l)
}

// Errors counts the diagnostics of severity Error.
func (l List) Errors() int { return l.count(Error) }

// Warnings counts the diagnostics of severity Warning.
func (l List) Warnings() int { return l.count(Warning) }

func (l List) count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Failed reports whether the list should fail a build: any error, or any
// warning when strict.
func (l List) Failed(strict bool) bool {
	return l.Errors() > 0 || (strict && l.Warnings() > 0)
}

// CheckUTF8 reports the first byte of the file's data that is not UTF-8,
// at its line and column (counted in characters), or nil when data is
// valid: text that is not UTF-8 must not reach a page raw.
func CheckUTF8(file string, data []byte) *Diagnostic {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return &Diagnostic{Pos: Pos{File: file, Line: line, Col: col}, Severity: Error,
				Message: fmt.Sprintf("invalid UTF-8: byte 0x%02X is not part of a character; the file must be UTF-8", data[i]),
				Hint:    "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check the characters on this line"}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}

// IsControl reports a control character other than tab, line feed and
// carriage return: C0, DEL, C1 (U+0085 among them), and the line and
// paragraph separators U+2028 and U+2029. No text of content holds one.
func IsControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || r == 0x2028 || r == 0x2029
}

// IsBidi reports a character that reorders text as it is shown: the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and marks (U+200E, U+200F, U+061C).
func IsBidi(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// CheckControls reports the first control character (IsControl) of a
// body that starts at line firstLine of file. Bidirectional controls are
// allowed in a body: right-to-left text needs them, and a body is shown
// as paragraphs of its own page, never as a name, title or link.
func CheckControls(file string, body []byte, firstLine int) *Diagnostic {
	line, col := firstLine, 1
	for _, r := range string(body) {
		if IsControl(r) {
			return &Diagnostic{Pos: Pos{File: file, Line: line, Col: col}, Severity: Error,
				Message: fmt.Sprintf("the text contains the control character U+%04X", r),
				Hint:    "remove it: control characters are not text (an editor may show it as a box or ^G)"}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return nil
}
