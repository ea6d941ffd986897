package generator_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOpenDataReadsInOtherReaders checks the CSVs as the tools people use
// read them. The Frictionless libraries' rules: the bytes decode in the
// declared encoding, and with "utf-8" a byte order mark would become part
// of the first column's name (Frictionless JS: "header name 'slug' is
// missing"), so the header is exactly the schema's field names; the
// dialect's record end ends every record. And Python's csv module, if
// python3 is there, reads every table with the declared encoding into
// the schema's columns, with body_text as entities.json has it (LF line
// breaks).
func TestOpenDataReadsInOtherReaders(t *testing.T) {
	s := loadSite(t, "testdata/sites/opendata.txtar")
	build(t, s.opts)
	files := tree(t, s.opts.Out)
	var pkg dataPackage
	if err := json.Unmarshal(files["data/datapackage.json"], &pkg); err != nil {
		t.Fatal(err)
	}
	var entities []map[string]any
	if err := json.Unmarshal(files["data/entities.json"], &entities); err != nil {
		t.Fatal(err)
	}
	bodies := map[string]string{} // type/slug → body_text
	for _, e := range entities {
		if e["lang"] == nil || e["lang"] == "fi" {
			bodies[e["type"].(string)+"/"+e["slug"].(string)], _ = e["body_text"].(string)
		}
	}
	multiline := 0
	for _, r := range pkg.Resources {
		data := files["data/"+r.Path]
		if r.Encoding != "utf-8" || !utf8.Valid(data) || bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Errorf("%s: encoding %q, valid UTF-8 %v, starts with a BOM %v", r.Path, r.Encoding, utf8.Valid(data), bytes.HasPrefix(data, []byte("\uFEFF")))
		}
		var names []string
		for _, f := range r.Schema.Fields {
			names = append(names, f.Name)
		}
		head, _, _ := bytes.Cut(data, []byte(r.Dialect.LineTerminator))
		if string(head) != strings.Join(names, r.Dialect.Delimiter) {
			t.Errorf("%s: header %q, want the schema's names %q", r.Path, head, names)
		}
		for _, rec := range readTable(t, r.Path, data)[1:] {
			want := bodies[r.Name+"/"+rec[0]]
			if got := rec[len(rec)-1]; got != want {
				t.Errorf("%s %s: body_text %q, entities.json has %q", r.Path, rec[0], got, want)
			}
			if strings.Contains(want, "\n") {
				multiline++
			}
		}
	}
	if multiline == 0 {
		t.Error("no body_text with a line break: the fixture does not test LF inside a cell")
	}

	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("no python3: Python's csv module not tried")
		return
	}
	dir := t.TempDir()
	script := `import csv, json, sys
pkg = json.load(open(sys.argv[1] + "/datapackage.json", encoding="utf-8"))
ents = json.load(open(sys.argv[1] + "/entities.json", encoding="utf-8"))
body = {(e["type"], e["slug"]): e.get("body_text", "") for e in ents if e.get("lang") in (None, "fi")}
for r in pkg["resources"]:
    names = [f["name"] for f in r["schema"]["fields"]]
    with open(sys.argv[1] + "/" + r["path"], encoding=r["encoding"], newline="") as f:
        rows = list(csv.DictReader(f, delimiter=r["dialect"]["delimiter"]))
        if not rows:
            continue
        if list(rows[0].keys()) != names:
            sys.exit("%s: columns %r, want %r" % (r["path"], list(rows[0].keys()), names))
        for row in rows:
            if row["body_text"] != body.get((r["name"], row["slug"]), ""):
                sys.exit("%s %s: body_text %r differs from entities.json" % (r["path"], row["slug"], row["body_text"]))
print("ok")
`
	if err := os.WriteFile(filepath.Join(dir, "read.py"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, filepath.Join(dir, "read.py"), filepath.Join(s.opts.Out, "data")).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Errorf("Python's csv module: %v\n%s", err, out)
	}
}
