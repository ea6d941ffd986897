package sitefs_test

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/sitefs"
)

// A Part is a file system in its own right: the files it was given, some
// from the site and some from bytes already read, in their folders, and
// nothing else of the site.
func TestPartIsAFileSystemOfItsFiles(t *testing.T) {
	site := fstest.MapFS{
		"content/actors/alfa.md":        {Data: []byte("---\nname: Alfa\n---\n")},
		"content/actors/beta/index.md":  {Data: []byte("---\nname: Beta\n---\n")},
		"content/actors/beta/logo.png":  {Data: []byte("\x89PNG")},
		"content/services/palvelu.md":   {Data: []byte("not in the part")},
		"content/actors/gamma/index.md": {Data: []byte("removed again")},
	}
	part := sitefs.NewPart(site)
	part.AddData("content/actors/alfa.md", []byte("---\nname: Alfa (read)\n---\n"))
	part.AddData("content/actors/beta/index.md", site["content/actors/beta/index.md"].Data)
	info, err := fs.Stat(site, "content/actors/beta/logo.png")
	if err != nil {
		t.Fatal(err)
	}
	part.Add("content/actors/beta/logo.png", info)
	part.AddData("content/actors/gamma/index.md", nil)
	part.Remove("content/actors/gamma/index.md")
	fsys := part.Done()
	if err := fstest.TestFS(fsys, "content/actors/alfa.md", "content/actors/beta/index.md", "content/actors/beta/logo.png"); err != nil {
		t.Fatal(err)
	}
	if data, err := fs.ReadFile(fsys, "content/actors/alfa.md"); err != nil || string(data) != "---\nname: Alfa (read)\n---\n" {
		t.Errorf("alfa.md = %q, %v; want the bytes already read", data, err)
	}
	for _, gone := range []string{"content/services/palvelu.md", "content/services", "content/actors/gamma/index.md"} {
		if _, err := fs.Stat(fsys, gone); err == nil {
			t.Errorf("%s is in the part", gone)
		}
	}
}
