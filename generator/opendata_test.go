package generator_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kimppa/kimppa/generator/config"
)

// dataPackage is the part of a Frictionless Data Package descriptor the
// tests read.
type dataPackage struct {
	Profile   string `json:"profile"`
	Name      string `json:"name"`
	Licenses  []struct{ Name, Path string }
	Resources []struct {
		Profile   string `json:"profile"`
		Name      string `json:"name"`
		Path      string `json:"path"`
		Format    string `json:"format"`
		MediaType string `json:"mediatype"`
		Encoding  string `json:"encoding"`
		Dialect   struct {
			Delimiter      string `json:"delimiter"`
			LineTerminator string `json:"lineTerminator"`
			Header         bool   `json:"header"`
		} `json:"dialect"`
		Schema tableSchema `json:"schema"`
	} `json:"resources"`
}

type tableSchema struct {
	Fields []struct {
		Name        string                     `json:"name"`
		Type        string                     `json:"type"`
		Format      string                     `json:"format"`
		Description string                     `json:"description"`
		Constraints map[string]json.RawMessage `json:"constraints"`
	} `json:"fields"`
	PrimaryKey  any `json:"primaryKey"`
	ForeignKeys []struct {
		Fields    any `json:"fields"`
		Reference struct {
			Resource string `json:"resource"`
			Fields   any    `json:"fields"`
		} `json:"reference"`
	} `json:"foreignKeys"`
	MissingValues []string `json:"missingValues"`
}

// Table Schema (v1) field types, the formats each allows and the
// constraints (https://specs.frictionlessdata.io/table-schema/).
var (
	tableSchemaFormats = map[string][]string{
		"string": {"", "default", "email", "uri", "binary", "uuid"}, "number": {"", "default"}, "integer": {"", "default"},
		"boolean": {"", "default"}, "object": {"", "default"}, "array": {"", "default"}, "date": {"", "default", "any"},
		"time": {"", "default", "any"}, "datetime": {"", "default", "any"}, "year": {"", "default"}, "yearmonth": {"", "default"},
		"duration": {"", "default"}, "geopoint": {"", "default", "array", "object"}, "geojson": {"", "default", "topojson"},
		"any": {"", "default"},
	}
	constraintTypes = map[string][]string{
		"required": nil, "unique": nil, "enum": nil, // every type
		"minLength": {"string", "array", "object"}, "maxLength": {"string", "array", "object"},
		"pattern": {"string"},
		"minimum": {"integer", "number", "date", "time", "datetime", "year", "yearmonth"},
		"maximum": {"integer", "number", "date", "time", "datetime", "year", "yearmonth"},
	}
)

// keyFields reads a primaryKey or foreign key's fields: a name or a list.
func keyFields(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			s, _ := x.(string)
			out = append(out, s)
		}
		return out
	}
	return nil
}

// readTable parses a written CSV: UTF-8 without a byte order mark (the
// package says "utf-8"), no CR but in a record's CRLF end, and it parses
// with encoding/csv.
func readTable(t *testing.T, name string, data []byte) [][]string {
	t.Helper()
	rest := data
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Errorf("%s starts with a byte order mark, but the package says utf-8", name)
	}
	if bytes.Contains(bytes.ReplaceAll(rest, []byte("\r\n"), nil), []byte("\r")) || !bytes.HasSuffix(rest, []byte("\r\n")) {
		t.Errorf("%s has a CR that does not end a record, or does not end with CRLF", name)
	}
	r := csv.NewReader(bytes.NewReader(rest))
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(records) == 0 {
		t.Fatalf("%s has no header", name)
	}
	return records
}

// TestOpenDataFollowsTableSchema builds a site and checks the data
// package against the Table Schema specification, and every written CSV
// against its schema: header, types, constraints, primary and foreign
// keys.
func TestOpenDataFollowsTableSchema(t *testing.T) {
	s := loadSite(t, "testdata/sites/opendata.txtar")
	build(t, s.opts)
	files := tree(t, s.opts.Out)
	var pkg dataPackage
	if err := json.Unmarshal(files["data/datapackage.json"], &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg.Profile != "tabular-data-package" || !regexp.MustCompile(`^[a-z0-9._-]+$`).MatchString(pkg.Name) {
		t.Errorf("profile %q, name %q", pkg.Profile, pkg.Name)
	}
	if len(pkg.Licenses) != 1 || pkg.Licenses[0].Name != "ODbL-1.0" {
		t.Errorf("licenses %+v, want the site's data_license ODbL-1.0", pkg.Licenses)
	}

	// Every type has a table, and every table has a resource.
	var names []string
	for _, r := range pkg.Resources {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, config.Types) {
		t.Errorf("resources %q, want one per type %q", names, config.Types)
	}
	for name := range files {
		if strings.HasPrefix(name, "data/") && strings.HasSuffix(name, ".csv") && !slices.Contains(names, strings.TrimSuffix(path.Base(name), ".csv")) {
			t.Errorf("%s is not described in the package", name)
		}
	}

	tables := map[string][][]string{} // resource → records
	columns := map[string][]string{}  // resource → field names
	for _, r := range pkg.Resources {
		data, ok := files["data/"+r.Path]
		if !ok {
			t.Errorf("resource %s: no file data/%s", r.Name, r.Path)
			continue
		}
		if r.Profile != "tabular-data-resource" || r.Format != "csv" || r.MediaType != "text/csv" || r.Encoding != "utf-8" {
			t.Errorf("resource %s: profile %q, format %q, mediatype %q, encoding %q", r.Name, r.Profile, r.Format, r.MediaType, r.Encoding)
		}
		if r.Dialect.Delimiter != "," || r.Dialect.LineTerminator != "\r\n" || !r.Dialect.Header {
			t.Errorf("resource %s: dialect %+v", r.Name, r.Dialect)
		}
		for _, f := range r.Schema.Fields {
			formats, ok := tableSchemaFormats[f.Type]
			switch {
			case f.Name == "" || slices.Contains(columns[r.Name], f.Name):
				t.Errorf("resource %s: field name %q is empty or twice", r.Name, f.Name)
			case !ok:
				t.Errorf("resource %s: field %s has type %q, not a Table Schema type", r.Name, f.Name, f.Type)
			case !slices.Contains(formats, f.Format):
				t.Errorf("resource %s: field %s of type %s has format %q", r.Name, f.Name, f.Type, f.Format)
			}
			for c := range f.Constraints {
				types, known := constraintTypes[c]
				if !known || types != nil && !slices.Contains(types, f.Type) {
					t.Errorf("resource %s: field %s of type %s has constraint %q", r.Name, f.Name, f.Type, c)
				}
			}
			columns[r.Name] = append(columns[r.Name], f.Name)
		}
		pk := keyFields(r.Schema.PrimaryKey)
		if len(pk) != 1 || !slices.Contains(columns[r.Name], pk[0]) {
			t.Errorf("resource %s: primaryKey %v names no field", r.Name, r.Schema.PrimaryKey)
		}
		records := readTable(t, r.Path, data)
		if !slices.Equal(records[0], columns[r.Name]) {
			t.Errorf("%s: header %q, want the schema's fields %q", r.Path, records[0], columns[r.Name])
		}
		tables[r.Name] = records
	}

	// Values follow their fields, and keys resolve.
	column := func(resource, field string) []string {
		i := slices.Index(columns[resource], field)
		if i < 0 {
			return nil
		}
		var out []string
		for _, rec := range tables[resource][1:] {
			out = append(out, rec[i])
		}
		return out
	}
	for _, r := range pkg.Resources {
		for _, f := range r.Schema.Fields {
			var cons struct {
				Required, Unique bool
				Pattern          string
				Enum             []string
				Minimum          *float64
			}
			for k, v := range f.Constraints {
				var err error
				switch k {
				case "required":
					err = json.Unmarshal(v, &cons.Required)
				case "unique":
					err = json.Unmarshal(v, &cons.Unique)
				case "pattern":
					err = json.Unmarshal(v, &cons.Pattern)
				case "enum":
					err = json.Unmarshal(v, &cons.Enum)
				case "minimum":
					err = json.Unmarshal(v, &cons.Minimum)
				}
				if err != nil {
					t.Errorf("resource %s: field %s: constraint %s: %v", r.Name, f.Name, k, err)
				}
			}
			var pattern *regexp.Regexp
			if cons.Pattern != "" {
				pattern = regexp.MustCompile("^(?:" + cons.Pattern + ")$") // XML Schema patterns match the whole value
			}
			seen := map[string]bool{}
			for row, v := range column(r.Name, f.Name) {
				where := fmt.Sprintf("%s row %d %s=%q", r.Path, row+2, f.Name, v)
				if v == "" {
					if cons.Required {
						t.Errorf("%s: required", where)
					}
					continue
				}
				if cons.Unique && seen[v] {
					t.Errorf("%s: not unique", where)
				}
				seen[v] = true
				if pattern != nil && !pattern.MatchString(v) {
					t.Errorf("%s: does not match %s", where, cons.Pattern)
				}
				if cons.Enum != nil && !slices.Contains(cons.Enum, v) {
					t.Errorf("%s: not one of %q", where, cons.Enum)
				}
				var err error
				switch f.Type {
				case "date":
					_, err = time.Parse(time.DateOnly, v)
				case "boolean":
					_, err = strconv.ParseBool(v)
				case "number":
					var n float64
					n, err = strconv.ParseFloat(v, 64)
					if err == nil && cons.Minimum != nil && n < *cons.Minimum {
						err = fmt.Errorf("below %v", *cons.Minimum)
					}
				case "array":
					var a []any
					err = json.Unmarshal([]byte(v), &a)
				}
				if err != nil {
					t.Errorf("%s: not a %s: %v", where, f.Type, err)
				}
			}
		}
		for _, fk := range r.Schema.ForeignKeys {
			from, to := keyFields(fk.Fields), keyFields(fk.Reference.Fields)
			target := fk.Reference.Resource
			if target == "" {
				target = r.Name
			}
			if len(from) != 1 || len(to) != 1 || !slices.Contains(columns[r.Name], from[0]) {
				t.Errorf("resource %s: foreign key %v names no field", r.Name, fk.Fields)
				continue
			}
			if !slices.Contains(names, target) || !slices.Contains(columns[target], to[0]) {
				t.Errorf("resource %s: foreign key to %s.%v, which does not exist", r.Name, target, fk.Reference.Fields)
				continue
			}
			keys := column(target, to[0])
			for _, v := range column(r.Name, from[0]) {
				if v != "" && !slices.Contains(keys, v) {
					t.Errorf("%s.%s = %q is not a %s in %s", r.Name, from[0], v, to[0], target)
				}
			}
		}
	}

	// The fixture's references to a draft are left out; the others stay.
	for _, tc := range []struct{ resource, slug, field, want string }{
		{"projects", "kiertotalot", "coordinator", "kaupunki"},
		{"projects", "kiertotalot", "partners", "kierto-oy"},
		{"projects", "kiertotalot", "related", "services/kartoitus; contracts/sopimus"},
		{"projects", "luonnoshanke", "coordinator", ""},
		{"services", "kartoitus", "providers", "kierto-oy"},
		{"funding", "saatio", "funder", ""},
		{"funding", "eakr", "funder", "kaupunki"},
		{"actors", "kaupunki", "name", "Äänekosken kaupunki"},
		{"actors", "kaupunki", "url", "https://example.org/klusteri/toimijat/kaupunki/"},
		{"actors", "kaupunki", "logo", "https://example.org/klusteri/toimijat/kaupunki/logo.png"},
		{"actors", "kaupunki", "body_text", "Kaupunki kokeilee kiertotaloutta.\n\npurku\nkierrätys"},
		{"projects", "kiertotalot", "budget", "250000.5"},
		{"projects", "kiertotalot", "milestones", `[{"date":"2024-06-30","title":"Aloitus","done":true}]`},
	} {
		slugs := column(tc.resource, "slug")
		i := slices.Index(slugs, tc.slug)
		if i < 0 {
			t.Errorf("%s.csv has no %s", tc.resource, tc.slug)
			continue
		}
		if got := column(tc.resource, tc.field)[i]; got != tc.want {
			t.Errorf("%s %s %s = %q, want %q", tc.resource, tc.slug, tc.field, got, tc.want)
		}
	}
	if slices.Contains(column("actors", "slug"), "luonnos") {
		t.Error("actors.csv has the draft")
	}
}

// TestOpenDataNeutralisesFormulas checks that no cell of a written CSV
// starts as a formula: the fixture's =HYPERLINK(…), +358…, -20 %, @… and
// =1+1 are there with a leading apostrophe.
func TestOpenDataNeutralisesFormulas(t *testing.T) {
	s := loadSite(t, "testdata/sites/opendata.txtar")
	build(t, s.opts)
	files := tree(t, s.opts.Out)
	var cells []string
	for name, data := range files {
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		for _, rec := range readTable(t, name, data) {
			for _, c := range rec {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("%s: cell %q starts as a formula", name, c)
				}
				cells = append(cells, c)
			}
		}
	}
	for _, want := range []string{`'=HYPERLINK("https://example.org/","klikkaa")`, "'+358 9 310 1641", "'-20 % jätettä vuoteen 2030", "'=1+1; muovi"} {
		if !slices.Contains(cells, want) {
			t.Errorf("no cell %q", want)
		}
	}
}
