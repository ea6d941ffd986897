package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats names the output formats of Write.
var Formats = []string{"text", "github", "json"}

// Write prints the list in format: "text" (path:line:col: error: message,
// then an indented hint), "github" (workflow annotations) or "json".
func (l List) Write(w io.Writer, format string) error {
	switch format {
	case "text", "":
		return l.writeText(w)
	case "github":
		return l.writeGitHub(w)
	case "json":
		return l.writeJSON(w)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

func (l List) writeText(w io.Writer) error {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
		if d.Hint != "" {
			fmt.Fprintf(&b, "    hint: %s\n", d.Hint)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (l List) writeGitHub(w io.Writer) error {
	var b strings.Builder
	for _, d := range l {
		msg := d.Message
		if d.Hint != "" {
			msg += "\n" + "hint: " + d.Hint
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d::%s\n", d.Severity,
			EscapeProperty(d.Pos.File), max(d.Pos.Line, 1), max(d.Pos.Col, 1), EscapeData(msg))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// EscapeData and EscapeProperty follow the workflow-command encoding of
// the GitHub Actions toolkit: a message, and a property such as file=.
func EscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func EscapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

type jsonDiagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Field    string   `json:"field"`
	Message  string   `json:"message"`
	Hint     string   `json:"hint"`
}

func (l List) writeJSON(w io.Writer) error {
	out := make([]jsonDiagnostic, 0, len(l))
	for _, d := range l {
		out = append(out, jsonDiagnostic{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity, d.Field, d.Message, d.Hint})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
