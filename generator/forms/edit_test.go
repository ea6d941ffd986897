package forms

import (
	"testing"

	"gopkg.in/yaml.v3"
)

// edit replaces only the lines of the fields it changes; every other byte
// stays, line endings and comments included.
func TestEditKeepsEveryOtherByte(t *testing.T) {
	cases := []struct {
		name, in, want string
		body           *string
	}{
		{"replace", "---\na: 1 # one\nb: 2\n---\nbody\n", "---\na: 1 # one\nb: new\n---\nbody\n", nil},
		{"append", "---\na: 1\n---\n\n---\nx: y\n", "---\na: 1\nb: new\n---\n\n---\nx: y\n", nil},
		{"block list then comment", "---\nb:\n  - 1\n  - 2\n\n# keep\nc: 3\n---\n", "---\nb: new\n\n# keep\nc: 3\n---\n", nil},
		{"last field, comment before the end", "---\nb: 1\n# keep\n---\n", "---\nb: new\n# keep\n---\n", nil},
		{"crlf", "---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n", "---\r\na: 1\r\nb: new\r\n---\r\nbody\r\n", nil},
		{"crlf, new field and body", "---\r\na: 1\r\n---\r\nold\r\n", "---\r\na: 1\r\nb: new\r\n---\r\n\r\nx\r\ny\r\n", ptr("x\ny")},
		{"blank lines before", "\n\n---\nb: 1\n---\n", "\n\n---\nb: new\n---\n", nil},
		{"empty front matter", "---\n---\nbody", "---\nb: new\n---\nbody", nil},
		{"no newline at the end", "---\nb: 1\n---", "---\nb: new\n---", nil},
		{"new body", "---\nb: 1\n---\nold\n---\n", "---\nb: new\n---\n\nnew body\n", ptr("new body")},
	}
	for _, c := range cases {
		setBody := c.body != nil
		body := ""
		if setBody {
			body = *c.body
		}
		got, err := edit([]byte(c.in), []string{"b"}, map[string]*yaml.Node{"b": str("new")}, body, setBody)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if string(got) != c.want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
		}
	}
	for _, bad := range []string{"+++\nb = 1\n+++\n", "---\nb: 1\n", "no front matter", "---\n- a\n---\n", "---\nb: 1\nb: 2\n---\n"} {
		if _, err := edit([]byte(bad), []string{"b"}, map[string]*yaml.Node{"b": str("new")}, "", false); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func ptr(s string) *string { return &s }
