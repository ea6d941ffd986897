package load

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// tomlError carries the line of a TOML syntax error.
type tomlError struct {
	line, col int
	msg       string
}

func (e *tomlError) Error() string { return e.msg }

// tomlToNode decodes TOML front matter into the same YAML node tree as YAML
// front matter, so the rest of kimppa reads one shape. The TOML decoder
// keeps no positions, so keys are found again in the text: a key's line is
// the line that assigns it, an element of an array of tables starts at its
// [[header]].
func tomlToNode(src []byte) (*yaml.Node, error) {
	var m map[string]any
	md, err := toml.Decode(string(src), &m)
	if err != nil {
		var pe toml.ParseError
		if ok := asParseError(err, &pe); ok {
			return &yaml.Node{}, &tomlError{line: pe.Position.Line, col: pe.Position.Col, msg: pe.Message}
		}
		return &yaml.Node{}, &tomlError{msg: err.Error()}
	}
	idx := newTextIndex(src)
	var order []string
	seen := map[string]bool{}
	for _, k := range md.Keys() {
		if len(k) == 1 && !seen[k[0]] {
			seen[k[0]] = true
			order = append(order, k[0])
		}
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
	for _, k := range order {
		line := idx.findKey(k, 0, idx.n)
		root.Content = append(root.Content, keyNode(k, line), tomlValue(m[k], idx, k, line))
	}
	return root, nil
}

// textIndex knows, for each key name, the lines of the TOML text that
// assign it (key = …) or open a table of that name ([key], [[key]]), so
// that finding a key's line does not scan the text again.
type textIndex struct {
	n       int              // lines in the text
	keys    map[string][]int // key → 1-based lines, ascending
	headers map[string][]int // key → 1-based lines of [[key]], ascending
}

var (
	assignLine = regexp.MustCompile(`^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=`)
	tableLine  = regexp.MustCompile(`^\s*\[(\[?)\s*([^\[\]]*?)\s*\]\]?\s*(?:#.*)?$`)
)

func newTextIndex(src []byte) *textIndex {
	lines := strings.Split(string(src), "\n")
	idx := &textIndex{n: len(lines), keys: map[string][]int{}, headers: map[string][]int{}}
	for i, l := range lines {
		if m := assignLine.FindStringSubmatch(l); m != nil {
			k := m[1] + m[2] + m[3]
			idx.keys[k] = append(idx.keys[k], i+1)
		} else if m := tableLine.FindStringSubmatch(l); m != nil {
			idx.keys[m[2]] = append(idx.keys[m[2]], i+1)
			if m[1] == "[" {
				idx.headers[m[2]] = append(idx.headers[m[2]], i+1)
			}
		}
	}
	return idx
}

func asParseError(err error, pe *toml.ParseError) bool {
	switch e := err.(type) {
	case toml.ParseError:
		*pe = e
		return true
	case *toml.ParseError:
		*pe = *e
		return true
	}
	return false
}

func keyNode(k string, line int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: line, Column: 1}
}

// findKey returns the 1-based line among lines from+1 … to that assigns
// key or opens a table named key, or from+1 when none does.
func (idx *textIndex) findKey(key string, from, to int) int {
	lines := idx.keys[key]
	if i, _ := slices.BinarySearch(lines, from+1); i < len(lines) && lines[i] <= to {
		return lines[i]
	}
	return from + 1
}

func tomlValue(v any, idx *textIndex, key string, line int) *yaml.Node {
	scalar := func(tag, val string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: val, Line: line, Column: 1}
	}
	switch x := v.(type) {
	case string:
		return scalar("!!str", x)
	case bool:
		return scalar("!!bool", strconv.FormatBool(x))
	case int64:
		return scalar("!!int", strconv.FormatInt(x, 10))
	case float64:
		return scalar("!!float", strconv.FormatFloat(x, 'f', -1, 64))
	case time.Time:
		if x.Location().String() == "date-local" {
			return scalar("!!str", x.Format(time.DateOnly)) // a TOML local date
		}
		return scalar("!!timestamp", x.Format(time.RFC3339))
	case []map[string]any:
		items := make([]any, len(x))
		for i := range x {
			items[i] = x[i]
		}
		return tomlList(items, idx, key, line)
	case []any:
		return tomlList(x, idx, key, line)
	case map[string]any:
		return tomlTable(x, idx, line, idx.n)
	}
	return scalar("!!str", fmt.Sprint(v))
}

func tomlList(items []any, idx *textIndex, key string, line int) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line, Column: 1}
	headers := idx.headers[key]
	for i, item := range items {
		at, end := line, idx.n
		if i < len(headers) {
			at = headers[i]
			if i+1 < len(headers) {
				end = headers[i+1] - 1
			}
		}
		if t, ok := item.(map[string]any); ok {
			n.Content = append(n.Content, tomlTable(t, idx, at, end))
		} else {
			n.Content = append(n.Content, tomlValue(item, idx, key, at))
		}
	}
	return n
}

// tomlTable converts a table whose text starts at line; its keys are
// looked for up to line end.
func tomlTable(t map[string]any, idx *textIndex, line, end int) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: 1}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	kl := map[string]int{}
	for _, k := range keys {
		kl[k] = idx.findKey(k, line-1, end)
		if kl[k] < line {
			kl[k] = line
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if kl[a] != kl[b] {
			return kl[a] - kl[b]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys {
		n.Content = append(n.Content, keyNode(k, kl[k]), tomlValue(t[k], idx, k, kl[k]))
	}
	return n
}
