package load

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/adrg/frontmatter"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/node"
	"gopkg.in/yaml.v3"
)

// errNoFrontMatter means the file does not start with a delimiter line.
var errNoFrontMatter = errors.New("no front matter")

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
	if doc.Root == nil {
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
	line, msg := node.ErrorLine(err)
	var te interface{ Position() (int, int) }
	if errors.As(err, &te) {
		line, _ = te.Position()
	}
	return &diag.Diagnostic{
		Pos:      diag.Pos{File: file, Line: offset + max(line, 1), Col: 1},
		Severity: diag.Error,
		Message:  "broken front matter: " + msg,
		Hint:     "check indentation, colons and quotes on this line and the one before; text with a colon needs quotes",
	}
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
