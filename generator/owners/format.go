package owners

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/words"
)

// Formats are the output formats of Write.
var Formats = []string{"text", "github", "markdown", "json"}

// Langs are the languages of the messages: package words' catalogues.
var Langs = words.Langs

// Write prints r in format: "text" (a line per file and a summary),
// "github" (an error annotation on each file that needs an approval, then
// the text), "markdown" (a summary for the job summary, Finnish and
// English; lang is ignored) or "json".
func (r Result) Write(w io.Writer, format, lang string) error {
	var b strings.Builder
	switch format {
	case "text", "":
		r.text(&b, lang)
	case "github":
		r.github(&b, lang)
	case "markdown":
		r.markdown(&b)
	case "json":
		return r.json(w, lang)
	default:
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Message says in plain words why v is or is not satisfied.
func (v Verdict) Message(lang string) string {
	t := textsOf(lang)
	if v.Satisfied {
		return t.approved(v) + " " + t.why(v)
	}
	return t.needs(v) + " " + t.why(v)
}

// Message says in plain words which organisation l links, where, and
// whether it agreed.
func (l Link) Message(lang string) string {
	t := textsOf(lang)
	if l.Satisfied {
		return t.link(l) + ": " + t.linkApproved(l)
	}
	return t.link(l) + ": " + t.linkNeeds(l)
}

func (r Result) text(b *strings.Builder, lang string) {
	t := textsOf(lang)
	for _, v := range r.Files {
		fmt.Fprintf(b, "%s: %s\n", v.File, v.Message(lang))
	}
	for _, l := range r.Links {
		fmt.Fprintf(b, "%s: %s\n", l.place(), l.Message(lang))
	}
	b.WriteString(t.summary(r) + "\n")
}

// place is the link's file, with its line when known.
func (l Link) place() string {
	if l.Line > 0 {
		return fmt.Sprintf("%s:%d", l.File, l.Line)
	}
	return l.File
}

func (r Result) github(b *strings.Builder, lang string) {
	t := textsOf(lang)
	for _, v := range r.Files {
		if !v.Satisfied {
			fmt.Fprintf(b, "::error file=%s,line=1,title=%s::%s\n", diag.EscapeProperty(v.File), diag.EscapeProperty(t.title()), diag.EscapeData(v.Message(lang)))
		}
	}
	for _, l := range r.Links {
		if !l.Satisfied {
			fmt.Fprintf(b, "::error file=%s,line=%d,title=%s::%s\n", diag.EscapeProperty(l.File), max(l.Line, 1), diag.EscapeProperty(t.title()), diag.EscapeData(l.Message(lang)))
		}
	}
	r.text(b, lang)
}

func (r Result) markdown(b *strings.Builder) {
	for i, lang := range []string{"fi", "en"} { // the job summary is read in both
		t := textsOf(lang)
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "## %s\n\n", t.title())
		if r.OK() {
			fmt.Fprintf(b, "✅ %s\n\n", markdown.EscapeKeepingMentions(t.summary(r)))
		} else {
			fmt.Fprintf(b, "❌ **%s**\n\n", markdown.EscapeKeepingMentions(t.summary(r)))
		}
		for _, v := range r.Files {
			mark := "✅"
			if !v.Satisfied {
				mark = "❌"
			}
			fmt.Fprintf(b, "- %s %s: %s\n", mark, markdown.Code(v.File), markdown.EscapeKeepingMentions(v.Message(lang)))
		}
		for _, l := range r.Links {
			mark := "✅"
			if !l.Satisfied {
				mark = "❌"
			}
			fmt.Fprintf(b, "- %s %s: %s\n", mark, markdown.Code(l.place()), markdown.EscapeKeepingMentions(l.Message(lang)))
		}
		if !r.OK() {
			fmt.Fprintf(b, "\n%s\n", t.howTo())
		}
		if r.MissingLinks() > 0 {
			fmt.Fprintf(b, "\n%s\n", t.howToLinks())
		}
	}
}

type jsonLink struct {
	File       string   `json:"file"`
	Line       int      `json:"line"`
	Entity     string   `json:"entity"`
	New        bool     `json:"new"`
	Field      string   `json:"field"`
	Actor      string   `json:"actor"`
	Unchecked  string   `json:"unchecked"`
	MayApprove []string `json:"may_approve"`
	Admins     []string `json:"admins"`
	Satisfied  bool     `json:"satisfied"`
	ApprovedBy string   `json:"approved_by"`
	Message    string   `json:"message"`
}

type jsonFile struct {
	File       string   `json:"file"`
	Entity     string   `json:"entity"`
	New        bool     `json:"new"`
	Rule       Rule     `json:"rule"`
	MayApprove []string `json:"may_approve"`
	Admins     []string `json:"admins"`
	Satisfied  bool     `json:"satisfied"`
	ApprovedBy string   `json:"approved_by"`
	Message    string   `json:"message"`
}

func (r Result) json(w io.Writer, lang string) error {
	out := struct {
		OK        bool       `json:"ok"`
		Author    string     `json:"author"`
		Approvers []string   `json:"approvers"`
		Files     []jsonFile `json:"files"`
		Links     []jsonLink `json:"links"`
	}{r.OK(), r.Author, nonNil(r.Approvers), []jsonFile{}, []jsonLink{}}
	for _, v := range r.Files {
		out.Files = append(out.Files, jsonFile{v.File, v.Entity(), v.New, v.Rule, nonNil(v.Owners), nonNil(v.Admins), v.Satisfied, v.By, v.Message(lang)})
	}
	for _, l := range r.Links {
		out.Links = append(out.Links, jsonLink{l.File, l.Line, l.Entity(), l.New, l.Field, l.Actor.Slug, string(l.Unchecked), nonNil(l.Owners), nonNil(l.Admins), l.Satisfied, l.By, l.Message(lang)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
