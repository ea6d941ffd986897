// Package node holds the YAML node trees that front matter and kimppa.yaml
// are decoded into, so that every value keeps its line and column.
package node

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"gopkg.in/yaml.v3"
)

// Doc is a decoded YAML or TOML document with the file it came from and the
// line offset of its first line in that file.
type Doc struct {
	File   string
	Offset int // lines before the document in File
	Root   *yaml.Node
}

// Pos is the position of n in the file.
func (d *Doc) Pos(n *yaml.Node) diag.Pos {
	if n == nil || n.Line == 0 {
		return diag.Pos{File: d.File, Line: d.Offset + 1, Col: 1}
	}
	return diag.Pos{File: d.File, Line: d.Offset + n.Line, Col: n.Column}
}

// Pair is one key and value of a mapping.
type Pair struct {
	Key   *yaml.Node
	Value *yaml.Node
}

// Pairs lists the entries of a mapping node in document order.
func Pairs(n *yaml.Node) []Pair {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]Pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, Pair{n.Content[i], n.Content[i+1]})
	}
	return out
}

// Resolve follows aliases and unwraps documents.
func Resolve(n *yaml.Node) *yaml.Node {
	for n != nil && (n.Kind == yaml.AliasNode || n.Kind == yaml.DocumentNode) {
		if n.Kind == yaml.AliasNode {
			n = n.Alias
		} else if len(n.Content) > 0 {
			n = n.Content[0]
		} else {
			return nil
		}
	}
	return n
}

// ResolveAt is Resolve, except that the value of an alias is given the
// alias's own line and column, so that a problem with it is reported where
// the alias is written rather than where its anchor is.
func ResolveAt(n *yaml.Node) *yaml.Node {
	r := Resolve(n)
	if r == nil || n.Kind != yaml.AliasNode || n.Line == 0 {
		return r
	}
	c := *r
	c.Line, c.Column = n.Line, n.Column
	return &c
}

// Describe names the kind of value n holds, for messages.
func Describe(n *yaml.Node) string {
	n = Resolve(n)
	if n == nil {
		return "nothing"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!null":
		return "an empty value"
	case "!!bool":
		return "true/false"
	case "!!int", "!!float":
		return "a number"
	case "!!timestamp":
		return "a date"
	}
	return "text"
}

// IsNull reports whether n is missing or an explicit empty value.
func IsNull(n *yaml.Node) bool {
	n = Resolve(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

var errLine = regexp.MustCompile(`(?:yaml: )?line (\d+): `)

// ErrorLine splits a yaml.v3 error into its line (0 when absent) and its
// message without the line prefix.
func ErrorLine(err error) (int, string) {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n  ")
	if m := errLine.FindStringSubmatchIndex(msg); m != nil {
		line, _ := strconv.Atoi(msg[m[2]:m[3]])
		return line, strings.TrimSpace(msg[:m[0]] + msg[m[1]:])
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}
