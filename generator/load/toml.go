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
	line int
	msg  string
}

func (e *tomlError) Error() string           { return e.msg }
func (e *tomlError) Position() (int, int) { return e.line, 1 }

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
			return &yaml.Node{}, &tomlError{line: pe.Position.Line, msg: pe.Message}
		}
		return &yaml.Node{}, &tomlError{msg: err.Error()}
	}
	lines := strings.Split(string(src), "\n")
	var order []string
	for _, k := range md.Keys() {
		if len(k) == 1 && !slices.Contains(order, k[0]) {
			order = append(order, k[0])
		}
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
	for _, k := range order {
		line := findKey(lines, k, 0, len(lines))
		root.Content = append(root.Content, keyNode(k, line), tomlValue(m[k], lines, k, line))
	}
	return root, nil
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

// findKey returns the 1-based line in lines[from:to] that assigns key or
// opens a table named key, or from+1 when none does.
func findKey(lines []string, key string, from, to int) int {
	re := regexp.MustCompile(`^\s*("?)` + regexp.QuoteMeta(key) + `("?)\s*=|^\s*\[\[?\s*` + regexp.QuoteMeta(key) + `\s*\]\]?\s*$`)
	for i := from; i < to && i < len(lines); i++ {
		if re.MatchString(lines[i]) {
			return i + 1
		}
	}
	return from + 1
}

// tableHeaders returns the 1-based lines of each [[key]] header.
func tableHeaders(lines []string, key string) []int {
	re := regexp.MustCompile(`^\s*\[\[\s*` + regexp.QuoteMeta(key) + `\s*\]\]\s*$`)
	var out []int
	for i, l := range lines {
		if re.MatchString(l) {
			out = append(out, i+1)
		}
	}
	return out
}

func tomlValue(v any, lines []string, key string, line int) *yaml.Node {
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
		return tomlList(items, lines, key, line)
	case []any:
		return tomlList(x, lines, key, line)
	case map[string]any:
		return tomlTable(x, lines, line, len(lines))
	}
	return scalar("!!str", fmt.Sprint(v))
}

func tomlList(items []any, lines []string, key string, line int) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line, Column: 1}
	headers := tableHeaders(lines, key)
	for i, item := range items {
		at, end := line, len(lines)
		if i < len(headers) {
			at = headers[i]
			if i+1 < len(headers) {
				end = headers[i+1] - 1
			}
		}
		if t, ok := item.(map[string]any); ok {
			n.Content = append(n.Content, tomlTable(t, lines, at, end))
		} else {
			n.Content = append(n.Content, tomlValue(item, lines, key, at))
		}
	}
	return n
}

// tomlTable converts a table whose text starts at line; its keys are
// looked for up to line end.
func tomlTable(t map[string]any, lines []string, line, end int) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: 1}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	kl := map[string]int{}
	for _, k := range keys {
		kl[k] = findKey(lines, k, line-1, end)
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
		n.Content = append(n.Content, keyNode(k, kl[k]), tomlValue(t[k], lines, k, kl[k]))
	}
	return n
}
