// Package diag holds the diagnostics kimppa reports about content: a
// position, a severity, a message and an optional hint. Problems are
// collected into a List so that one run reports all of them.
package diag

import (
	"cmp"
	"fmt"
	"slices"
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
