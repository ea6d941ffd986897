package schema

import (
	"encoding/json"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var addresses = map[string]bool{
	"info@esimerkki.fi":                       true,
	"etu.suku@kaupunki.hel.fi":                true,
	"o'brien+kimppa@example.org":              true,
	"info@äänekoski.fi":                       true,
	"a-b_c@x-y.example":                       true,
	"info@esimerkki":                          false, // no dotted domain
	"info@esimerkki.fi.":                      false,
	"info@-esimerkki.fi":                      false,
	"info@@esimerkki.fi":                      false,
	".info@esimerkki.fi":                      false,
	"in..fo@esimerkki.fi":                     false,
	"a?cc=x@esimerkki.fi":                     false, // a hidden Cc once the link is built
	"a@esimerkki.fi?bcc=x@evil.fi":            false,
	"a&to=x@esimerkki.fi":                     false,
	"a%40evil.fi@esimerkki.fi":                false,
	"a@esimerkki.fi&body=x":                   false,
	"a@esimerkki.fi%0Acc:x":                   false,
	"a b@esimerkki.fi":                        false,
	"a@esimerkki.fi\n":                        false,
	"a\x00@esimerkki.fi":                      false,
	"\"a b\"@esimerkki.fi":                    false,
	"Info <info@esimerkki.fi>":                false,
	"a,b@esimerkki.fi":                        false,
	"a;b@esimerkki.fi":                        false,
	"a#b@esimerkki.fi":                        false,
	"a/b@esimerkki.fi":                        false,
	"a@esimerkki.fi,b@esimerkki.fi":           false,
	"a\u202e@esimerkki.fi":                    false,
	strings.Repeat("a", 65) + "@esimerkki.fi": false,
	"a@" + strings.Repeat("b", 250) + ".fi":   false,
	"":                                        false,
}

func TestEmailIsAPracticalAddrSpec(t *testing.T) {
	for a, want := range addresses {
		if got := ValidEmail(a); got != want {
			t.Errorf("ValidEmail(%q) = %v, want %v", a, got, want)
		}
		if got := CheckEmail("email", a) == nil; got != want {
			t.Errorf("CheckEmail(%q) accepts: %v, want %v", a, got, want)
		}
	}
}

// TestMailtoEncodesEveryPart: what a subject or body says stays in it.
func TestMailtoEncodesEveryPart(t *testing.T) {
	got := Mailto("o'brien+kimppa@example.org", "Haaste: a&cc=x@evil.fi", "rivi\nbcc=x@evil.fi?#%")
	u, err := url.Parse(got)
	if err != nil || u.Scheme != "mailto" {
		t.Fatalf("Mailto = %q: %v", got, err)
	}
	q := u.Query()
	if to, _ := url.PathUnescape(u.Opaque); to != "o'brien+kimppa@example.org" || len(q) != 2 ||
		q.Get("subject") != "Haaste: a&cc=x@evil.fi" || q.Get("body") != "rivi\nbcc=x@evil.fi?#%" {
		t.Errorf("Mailto = %q: to %q, query %v", got, u.Opaque, q)
	}
	if Mailto("a?cc=x@evil.fi", "s", "b") != "" {
		t.Error("Mailto links an invalid address")
	}
	if got := Mailto("info@esimerkki.fi", "", ""); got != "mailto:info@esimerkki.fi" {
		t.Errorf("Mailto without subject = %q", got)
	}
}

// TestGoAndJSAgreeOnAddresses: kimppahaku.js's mailto links exactly the
// addresses Go accepts, and its link carries the same parts.
func TestGoAndJSAgreeOnAddresses(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	var list []string
	for a := range addresses {
		list = append(list, a)
	}
	in, _ := json.Marshal(list)
	abs, _ := filepath.Abs("../../assets/js/kimppahaku.js")
	script := `import { mailto } from "file://` + filepath.ToSlash(abs) + `";
const list = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(list.map((a) => mailto(a, "Haaste: a&cc=x", "b?bcc=y#%"))));`
	out, err := exec.Command(node, "--input-type=module", "-e", script, string(in)).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var js []*string
	if err := json.Unmarshal(out, &js); err != nil {
		t.Fatal(err)
	}
	for i, a := range list {
		if (js[i] != nil) != ValidEmail(a) {
			t.Errorf("%q: JS links it: %v, Go accepts it: %v", a, js[i] != nil, ValidEmail(a))
			continue
		}
		if js[i] == nil {
			continue
		}
		u, err := url.Parse(*js[i])
		to, _ := url.PathUnescape(u.Opaque)
		if err != nil || to != a || u.Query().Get("subject") != "Haaste: a&cc=x" || u.Query().Get("body") != "b?bcc=y#%" || len(u.Query()) != 2 {
			t.Errorf("JS mailto(%q) = %q", a, *js[i])
		}
	}
}
