package load

import (
	"bytes"
	"testing"

	"gopkg.in/yaml.v3"
)

// FuzzSplit feeds any bytes to the front matter splitter: it must never
// panic, a diagnostic must point at a line of the file, and decoded
// front matter must be a mapping whose values lie within the file.
func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"",
		"---\n---\n",
		"---\nname: VTT\nkind: research\n---\nBody\n",
		"\ufeff---\nname: VTT\n---\n",
		"\r\n---\r\nname: VTT\r\n---\r\nBody\r\n",
		"---\nname: VTT\n",
		"---\nname: \"VTT\nkind: x\n---\n",
		"---\ncontacts:\n  - name: a\n   role: b\n---\n",
		"---\n- a\n---\n",
		"---\n&a [*a]\n---\n",
		"---\na: &x {b: *x}\n---\n",
		"---\n!!binary aGVsbG8=\n---\n",
		"---\nname: VTT\n---\n---\nname: again\n---\n",
		"---\n\tname: x\n---\n",
		"+++\nname = \"VTT\"\n[[funding]]\nsource = \"eakr\"\n[[funding]]\nsource = \"life\"\n+++\n",
		"+++\nname = \"VTT\n+++\n",
		"+++\ncalls = [{title = \"a\", opens = 2025-01-01}]\n+++\n",
		"+++\na.b.c = 1\n[x.y]\nz = 2\n+++\n",
		"+++\nt = 1979-05-27T07:32:00-08:00\nd = 1979-05-27\nlt = 07:32:00\n+++\n",
		"+++\n[[a]]\n[[a.b]]\nc = 1\n+++\n",
		"+++\n\"\" = 1\n+++\n",
		"---\n---",
		"\n\n\n---\na: [1,\n---\n",
		"no front matter at all",
		"---\n" + string(bytes.Repeat([]byte("- [\n"), 50)) + "---\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		doc, body, bodyLine, d := Split("content/actors/x.md", data)
		if d != nil {
			if doc != nil || body != nil {
				t.Fatalf("both a diagnostic and a document: %v", d)
			}
			if d.Pos.File != "content/actors/x.md" || d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
				t.Fatalf("diagnostic at %s, outside the %d lines of the file: %s", d.Pos, lines, d)
			}
			if d.Message == "" {
				t.Fatalf("diagnostic without a message at %s", d.Pos)
			}
			return
		}
		if doc == nil || doc.Root == nil || doc.Root.Kind != yaml.MappingNode {
			t.Fatalf("no diagnostic and no mapping: %#v", doc)
		}
		if bodyLine < 1 || bodyLine > lines+1 {
			t.Fatalf("body starts at line %d of %d", bodyLine, lines)
		}
		if !bytes.HasSuffix(data, body) {
			t.Fatalf("body %q is not the end of the file", body)
		}
		walk(doc.Root, 0, func(n *yaml.Node) {
			if p := doc.Pos(n); p.Line < 1 || p.Line > lines {
				t.Fatalf("value %q at line %d, outside the %d lines of the file", n.Value, p.Line, lines)
			}
		})
	})
}

// walk visits every node below n once; aliases are not followed, so
// recursive documents end.
func walk(n *yaml.Node, depth int, visit func(*yaml.Node)) {
	if n == nil || depth > 100 {
		return
	}
	visit(n)
	for _, c := range n.Content {
		walk(c, depth+1, visit)
	}
}
