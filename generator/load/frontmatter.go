package load

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/adrg/frontmatter"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/node"
	"gopkg.in/yaml.v3"
)

// errUnclosed means the closing delimiter line is missing.
var errUnclosed = errors.New("front matter is not closed")

// Split separates the front matter of a content file from its Markdown
// body. It returns the decoded front matter as a YAML node tree, whatever
// its format, with positions relative to the file, and the body with the
// line it starts on. A YAML or TOML syntax error is returned as a
// diagnostic at the error's own line.
func Split(file string, data []byte) (doc *node.Doc, body []byte, bodyLine int, d *diag.Diagnostic) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM from Windows editors
	offset := firstLine(data)
	doc = &node.Doc{File: file, Offset: offset}
	var synErr error
	yamlFormat := frontmatter.NewFormat("---", "---", func(b []byte, v any) error {
		synErr = yaml.Unmarshal(b, v)
		if synErr != nil {
			synErr = &yamlError{line: yamlErrorLine(b, synErr), err: synErr}
		}
		return synErr
	})
	tomlFormat := frontmatter.NewFormat("+++", "+++", func(b []byte, v any) error {
		n, err := tomlToNode(b)
		*(v.(*yaml.Node)) = *n
		synErr = err
		return err
	})
	var root yaml.Node
	rest, err := frontmatter.MustParse(bytes.NewReader(data), &root, yamlFormat, tomlFormat)
	switch {
	case err == nil:
	case synErr != nil:
		return nil, nil, 0, syntaxDiagnostic(file, offset, synErr)
	case errors.Is(err, frontmatter.ErrNotFound):
		return nil, nil, 0, missingDiagnostic(file, data, offset)
	default:
		return nil, nil, 0, &diag.Diagnostic{Pos: diag.Pos{File: file, Line: 1, Col: 1}, Severity: diag.Error, Message: "cannot read front matter: " + err.Error()}
	}
	doc.Root = node.Resolve(&root)
	if doc.Root == nil || doc.Root.Kind == 0 || node.IsNull(doc.Root) { // empty, or only comments
		doc.Root = &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
	}
	if doc.Root.Kind != yaml.MappingNode {
		return nil, nil, 0, &diag.Diagnostic{Pos: doc.Pos(doc.Root), Severity: diag.Error,
			Message: fmt.Sprintf("front matter must be a list of fields (key: value), not %s", node.Describe(doc.Root)),
			Hint:    "write one field per line, e.g. name: Example Oy"}
	}
	consumed := len(data) - len(rest)
	bodyLine = bytes.Count(data[:consumed], []byte("\n")) + 1
	return doc, rest, bodyLine, nil
}

// firstLine counts the lines before the opening delimiter, the delimiter
// included: front matter line 1 is file line firstLine+1.
func firstLine(data []byte) int {
	n := 0
	for _, line := range strings.SplitAfter(string(data), "\n") {
		n++
		if strings.TrimSpace(line) != "" {
			return n
		}
	}
	return n
}

func syntaxDiagnostic(file string, offset int, err error) *diag.Diagnostic {
	d := &diag.Diagnostic{
		Pos:      diag.Pos{File: file, Col: 1},
		Severity: diag.Error,
		Hint:     "check indentation, colons and quotes on this line and the one before; text with a colon needs quotes",
	}
	line, msg := node.ErrorLine(err)
	var ye *yamlError
	var te *tomlError
	switch {
	case errors.As(err, &ye):
		line, msg = ye.line, yamlMessage(ye.err)
	case errors.As(err, &te):
		line, msg = te.line, sentence(te.msg)
		d.Pos.Col = max(te.col, 1)
		d.Hint = `check the quotes and the = on this line; text is written in quotes: name = "Example Oy"`
	}
	d.Pos.Line = offset + max(line, 1)
	d.Message = "broken front matter: " + msg
	return d
}

// yamlError is a YAML syntax error with the line it is on.
type yamlError struct {
	line int
	err  error
}

func (e *yamlError) Error() string { return e.err.Error() }

// yamlErrorLine finds the line of a YAML syntax error. yaml.v3 reports
// the start of the enclosing block or the end of the text for many
// errors (a badly indented list item, a quote that is never closed), so
// the line is found again: it is the first line after the longest run of
// whole lines from the start that still parses. Long texts keep
// yaml.v3's line.
func yamlErrorLine(src []byte, err error) int {
	line, _ := node.ErrorLine(err)
	lines := bytes.SplitAfter(src, []byte("\n"))
	if len(lines) > 200 {
		return line
	}
	var v yaml.Node
	for i := len(lines) - 1; i >= 0; i-- {
		if yaml.Unmarshal(bytes.Join(lines[:i], nil), &v) == nil {
			return i + 1
		}
	}
	return line
}

// yamlMessage is a yaml.v3 syntax error in words a member can act on.
func yamlMessage(err error) string {
	_, msg := node.ErrorLine(err)
	switch {
	case strings.Contains(msg, "found unexpected end of stream"):
		return "a quote is not closed"
	case strings.Contains(msg, "did not find expected ',' or ']'"):
		return "a list in [ ] is not closed"
	case strings.Contains(msg, "did not find expected ',' or '}'"):
		return "a mapping in { } is not closed"
	case strings.Contains(msg, "found character that cannot start any token"):
		return "a value cannot start with this character (a tab, @ or `); put the value in quotes"
	case strings.Contains(msg, "mapping values are not allowed in this context"):
		return "unexpected colon: text that contains \": \" must be in quotes"
	}
	return msg
}

// sentence makes a library's message look like kimppa's own: a lower-case
// start and no full stop.
func sentence(msg string) string {
	msg = strings.TrimSuffix(strings.TrimSpace(msg), ".")
	if r := []rune(msg); len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
		msg = string(r)
	}
	return msg
}

func missingDiagnostic(file string, data []byte, offset int) *diag.Diagnostic {
	first := strings.TrimSpace(strings.SplitN(string(data[len(data)-len(bytes.TrimLeft(data, " \t\r\n")):]), "\n", 2)[0])
	if first == "---" || first == "+++" {
		return &diag.Diagnostic{Pos: diag.Pos{File: file, Line: offset, Col: 1}, Severity: diag.Error,
			Message: errUnclosed.Error(), Hint: fmt.Sprintf("add a line %s after the last field", first)}
	}
	return &diag.Diagnostic{Pos: diag.Pos{File: file, Line: 1, Col: 1}, Severity: diag.Error,
		Message: "missing front matter", Hint: "start the file with a line ---, then the fields, then another line ---"}
}
