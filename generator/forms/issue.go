package forms

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxIssue is the largest issue body read, in bytes. GitHub allows 65,536
// characters; anything far larger is not a form.
const MaxIssue = 1 << 20

// noResponse is what GitHub writes for a field left empty.
const noResponse = "_No response_"

// Answers are the values of a submitted form by element id, only those
// given, and the label of every element by id.
type Answers struct {
	Values map[string]string
	Labels map[string]string
	Order  []string // ids of the form's fields in order
}

// ParseIssue reads an issue body as GitHub renders a submitted form: for
// each field "### <label>", a blank line, the value, and "_No response_"
// when it was left empty. Sections are looked for in the form's order,
// each after the one before, so the headings of fields come only from the
// form; whatever stands between two headings is the first one's value.
// Nothing in body is ever used but as a value.
func ParseIssue(body []byte, form *Form) (*Answers, error) {
	if len(body) > MaxIssue {
		return nil, reject(Problem{Message: fiEn{"Lomake on liian pitkä.", "The form is too long."}})
	}
	if !utf8.Valid(body) {
		return nil, reject(Problem{Message: fiEn{"Lomakkeessa on merkkejä, joita ei voi lukea (ei UTF-8).", "The form has characters that cannot be read (not UTF-8)."}})
	}
	text := strings.ReplaceAll(string(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))), "\r", "\n")
	lines := strings.Split(text, "\n")
	a := &Answers{Values: map[string]string{}, Labels: map[string]string{}}
	type section struct {
		id    string
		start int // the heading's line
	}
	var found []section
	dropdowns := map[string]bool{}
	pos := 0
	for _, e := range form.Body {
		if e.Type == "markdown" || e.ID == "" {
			continue
		}
		a.Labels[e.ID] = e.Attributes.Label
		dropdowns[e.ID] = e.Type == "dropdown"
		a.Order = append(a.Order, e.ID)
		heading := "### " + e.Attributes.Label
		for i := pos; i < len(lines); i++ {
			if strings.TrimRight(lines[i], " \t") == heading {
				found = append(found, section{e.ID, i})
				pos = i + 1
				break
			}
		}
	}
	if len(found) == 0 {
		return nil, reject(Problem{Message: fiEn{"Tämä ei ole täytetty lomake: kenttien otsikoita ei löytynyt. Avaa uusi issue lomakkeella.",
			"This is not a filled-in form: the fields' headings are missing. Open a new issue with the form."}})
	}
	for i, s := range found {
		end := len(lines)
		if i+1 < len(found) {
			end = found[i+1].start
		}
		v := strings.Trim(strings.Join(lines[s.start+1:end], "\n"), "\n")
		// A dropdown that is not required offers "None".
		if t := strings.TrimSpace(v); t == noResponse || t == "" || dropdowns[s.id] && t == "None" {
			continue
		}
		a.Values[s.id] = v
	}
	return a, nil
}

// Problem is one thing the member must fix, named by the form's own label.
type Problem struct {
	Label   string // the form field's label, or "" for the whole form
	Message fiEn   // what is wrong
	Fix     fiEn   // what to write instead
	Detail  string // the check's own message, in English, when there is one
	field   string // the content field
}

// Rejected is a form that cannot be used: nothing was written.
type Rejected struct{ Problems []Problem }

func reject(ps ...Problem) *Rejected { return &Rejected{Problems: ps} }

func (r *Rejected) Error() string { return r.Text("en") }

// Text lists the problems in lang, one per line, for a terminal.
func (r *Rejected) Text(lang string) string {
	var b strings.Builder
	for _, p := range r.Problems {
		m, fix := p.Message.en, p.Fix.en
		if lang == "fi" {
			m, fix = p.Message.fi, p.Fix.fi
		}
		if p.Label != "" {
			fmt.Fprintf(&b, "%q: ", p.Label)
		}
		b.WriteString(m)
		if fix != "" {
			b.WriteString(" " + fix)
		}
		if p.Detail != "" {
			fmt.Fprintf(&b, " (%s)", p.Detail)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// Markdown is the comment that tells the member what to fix, in Finnish
// and then in English. Values from the issue are escaped.
func (r *Rejected) Markdown() string {
	var b strings.Builder
	for i, lang := range []string{"fi", "en"} {
		if i > 0 {
			b.WriteString("\n")
		}
		if lang == "fi" {
			b.WriteString(msgHeadFixFi + "\n\n")
		} else {
			b.WriteString(msgHeadFixEn + "\n\n")
		}
		for _, p := range r.Problems {
			m, fix := p.Message.en, p.Fix.en
			if lang == "fi" {
				m, fix = p.Message.fi, p.Fix.fi
			}
			b.WriteString("- ")
			if p.Label != "" {
				fmt.Fprintf(&b, "**%s**: ", escape(p.Label))
			}
			b.WriteString(escape(m))
			if fix != "" {
				b.WriteString(" " + escape(fix))
			}
			if p.Detail != "" && lang == "en" {
				fmt.Fprintf(&b, " (%s)", escape(p.Detail))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
