// Package actionrun runs a GitHub Actions workflow's jobs on this machine
// as GitHub runs them, for tests: each `run:` step in its shell (`bash -e
// {0}` by default, `bash --noprofile --norc -eo pipefail {0}` for `shell:
// bash`), step and job `if:` conditions, `${{ }}` expressions from a fake
// event, `env:`, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and
// GITHUB_STEP_SUMMARY. `uses:` steps are simulated by functions the test
// gives. It supports the part of GitHub's expression language kimppa's
// workflows use, and says so when a workflow goes beyond it.
package actionrun

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Context is what an expression can read: github, env, steps, secrets,
// vars, runner, … as JSON-like values (map[string]any, []any, string,
// float64, bool, nil).
type Context struct {
	Values map[string]any
	Status string // the job's status so far: success, failure or cancelled
	// HashFiles answers hashFiles(patterns...).
	HashFiles func(patterns []string) string
}

// filtered is the result of an object filter (`labels.*`): a property
// read on it is read on every element.
type filtered []any

// Eval evaluates one expression (without ${{ }}).
func (c *Context) Eval(src string) (any, error) {
	p := &parser{src: src, ctx: c}
	p.next()
	v, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tEOF {
		return nil, fmt.Errorf("expression %q: unexpected %q", src, p.tok.text)
	}
	if f, ok := v.(filtered); ok {
		return []any(f), nil
	}
	return v, nil
}

// Interpolate replaces every ${{ expr }} of s by its value as a string.
func (c *Context) Interpolate(s string) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		b.WriteString(s[:i])
		end := closing(s[i+3:])
		if end < 0 {
			return "", fmt.Errorf("unclosed ${{ in %q", s)
		}
		v, err := c.Eval(s[i+3 : i+3+end])
		if err != nil {
			return "", err
		}
		b.WriteString(String(v))
		s = s[i+3+end+2:]
	}
}

// closing finds the "}}" that ends an expression, outside string literals.
func closing(s string) int {
	in := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\'':
			in = !in // '' inside a literal toggles twice
		case !in && strings.HasPrefix(s[i:], "}}"):
			return i
		}
	}
	return -1
}

// Condition evaluates an `if:`: with or without ${{ }}, and with an
// implicit success() && unless it calls a status function itself.
func (c *Context) Condition(cond string) (bool, error) {
	cond = strings.TrimSpace(cond)
	if cond == "" {
		cond = "success()"
	}
	if strings.HasPrefix(cond, "${{") && strings.HasSuffix(cond, "}}") && closing(cond[3:]) == len(cond)-5 {
		cond = cond[3 : len(cond)-2]
	}
	status := false
	for _, f := range []string{"success(", "failure(", "always(", "cancelled("} {
		status = status || strings.Contains(cond, f)
	}
	if !status {
		cond = "success() && (" + cond + ")"
	}
	v, err := c.Eval(cond)
	if err != nil {
		return false, err
	}
	return Truthy(v), nil
}

// String is a value as GitHub writes it into a string.
func String(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case filtered:
		return toJSON([]any(v))
	}
	return toJSON(v)
}

func toJSON(v any) string {
	if f, ok := v.(filtered); ok {
		v = []any(f)
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return ""
	}
	return string(b)
}

// Truthy is GitHub's truthiness: false, 0, "", null and NaN are false.
func Truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0 && !math.IsNaN(v)
	case string:
		return v != ""
	}
	return true
}

func number(v any) float64 {
	switch v := v.(type) {
	case nil:
		return 0
	case bool:
		if v {
			return 1
		}
		return 0
	case float64:
		return v
	case string:
		s := strings.TrimSpace(v)
		if s == "" {
			return 0
		}
		if x, err := strconv.ParseFloat(s, 64); err == nil {
			return x
		}
	}
	return math.NaN()
}

// equal is GitHub's ==: strings ignore case, other mixed types compare as
// numbers, objects and arrays only as the same instance (never here).
func equal(a, b any) bool {
	as, aok := a.(string)
	bs, bok := b.(string)
	if aok && bok {
		return strings.EqualFold(as, bs)
	}
	if ab, ok := a.(bool); ok {
		if bb, ok := b.(bool); ok {
			return ab == bb
		}
	}
	if a == nil && b == nil {
		return true
	}
	switch a.(type) {
	case map[string]any, []any, filtered:
		return false
	}
	switch b.(type) {
	case map[string]any, []any, filtered:
		return false
	}
	return number(a) == number(b)
}

func (c *Context) call(name string, args []any) (any, error) {
	want := func(n int) error {
		if len(args) != n {
			return fmt.Errorf("%s() takes %d arguments", name, n)
		}
		return nil
	}
	switch strings.ToLower(name) {
	case "success":
		return c.Status == "success", nil
	case "failure":
		return c.Status == "failure", nil
	case "cancelled":
		return c.Status == "cancelled", nil
	case "always":
		return true, nil
	case "contains":
		if err := want(2); err != nil {
			return nil, err
		}
		switch hay := args[0].(type) {
		case []any:
			return containsItem(hay, args[1]), nil
		case filtered:
			return containsItem(hay, args[1]), nil
		}
		return strings.Contains(strings.ToLower(String(args[0])), strings.ToLower(String(args[1]))), nil
	case "startswith":
		if err := want(2); err != nil {
			return nil, err
		}
		return strings.HasPrefix(strings.ToLower(String(args[0])), strings.ToLower(String(args[1]))), nil
	case "endswith":
		if err := want(2); err != nil {
			return nil, err
		}
		return strings.HasSuffix(strings.ToLower(String(args[0])), strings.ToLower(String(args[1]))), nil
	case "tojson":
		if err := want(1); err != nil {
			return nil, err
		}
		return toJSON(args[0]), nil
	case "fromjson":
		if err := want(1); err != nil {
			return nil, err
		}
		var v any
		if err := json.Unmarshal([]byte(String(args[0])), &v); err != nil {
			return nil, fmt.Errorf("fromJSON: %w", err)
		}
		return v, nil
	case "format":
		if len(args) == 0 {
			return nil, fmt.Errorf("format() needs a format")
		}
		s := String(args[0])
		for i, a := range args[1:] {
			s = strings.ReplaceAll(s, "{"+strconv.Itoa(i)+"}", String(a))
		}
		return s, nil
	case "join":
		sep := ","
		if len(args) == 2 {
			sep = String(args[1])
		}
		var parts []string
		switch l := args[0].(type) {
		case []any:
			for _, x := range l {
				parts = append(parts, String(x))
			}
		case filtered:
			for _, x := range l {
				parts = append(parts, String(x))
			}
		default:
			return String(args[0]), nil
		}
		return strings.Join(parts, sep), nil
	case "hashfiles":
		var pats []string
		for _, a := range args {
			pats = append(pats, String(a))
		}
		if c.HashFiles == nil {
			return "", nil
		}
		return c.HashFiles(pats), nil
	}
	return nil, fmt.Errorf("function %s() is not simulated", name)
}

func containsItem(list []any, item any) bool {
	for _, x := range list {
		if equal(x, item) {
			return true
		}
	}
	return false
}

// property reads key of v; on a filtered list, of each element.
func property(v any, key string) any {
	switch v := v.(type) {
	case map[string]any:
		if x, ok := v[key]; ok {
			return x
		}
		for k, x := range v { // property names ignore case
			if strings.EqualFold(k, key) {
				return x
			}
		}
	case filtered:
		var out filtered
		for _, e := range v {
			if x := property(e, key); x != nil {
				out = append(out, x)
			}
		}
		return out
	}
	return nil
}

// star is the object filter: the elements of an array, or the values of
// an object in key order.
func star(v any) any {
	switch v := v.(type) {
	case []any:
		return filtered(v)
	case filtered:
		var out filtered
		for _, e := range v {
			out = append(out, star(e).(filtered)...)
		}
		return out
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := filtered{}
		for _, k := range keys {
			out = append(out, v[k])
		}
		return out
	}
	return filtered{}
}
