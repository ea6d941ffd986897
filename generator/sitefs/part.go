package sitefs

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// Part is a part of a site directory, as the session hands it to
// load.Read: the files it was given, in their folders, some served from
// bytes already read. Add files, then call Done before reading it.
type Part struct {
	site  fs.FS
	files map[string]partFile
	dirs  map[string][]fs.DirEntry
}

// NewPart is an empty part of site.
func NewPart(site fs.FS) *Part { return &Part{site: site, files: map[string]partFile{}} }

// Add adds the file name (a slash path) described by info, read from the
// site when it is opened.
func (p *Part) Add(name string, info fs.FileInfo) { p.files[name] = partFile{info: info} }

// AddData adds the file name with the bytes data, already read.
func (p *Part) AddData(name string, data []byte) {
	p.files[name] = partFile{data: data, info: memInfo{name: path.Base(name), size: int64(len(data))}}
}

// Remove forgets the file name.
func (p *Part) Remove(name string) { delete(p.files, name) }

type partFile struct {
	data []byte // a Markdown file's bytes; nil: open it in site
	info fs.FileInfo
}

// Done makes the folders of the files and returns p.
func (p *Part) Done() *Part {
	p.dirs = map[string][]fs.DirEntry{".": nil}
	var mkdir func(dir string)
	mkdir = func(dir string) {
		if _, ok := p.dirs[dir]; ok {
			return
		}
		p.dirs[dir] = nil
		parent := path.Dir(dir)
		mkdir(parent)
		p.dirs[parent] = append(p.dirs[parent], fs.FileInfoToDirEntry(memInfo{name: path.Base(dir), dir: true}))
	}
	for name, f := range p.files {
		dir := path.Dir(name)
		mkdir(dir)
		p.dirs[dir] = append(p.dirs[dir], fs.FileInfoToDirEntry(f.info))
	}
	for _, es := range p.dirs {
		slices.SortFunc(es, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	}
	return p
}

// Open implements fs.FS.
func (p *Part) Open(name string) (fs.File, error) {
	if f, ok := p.files[name]; ok {
		if f.data == nil {
			return p.site.Open(name)
		}
		return &memFile{Reader: bytes.NewReader(f.data), info: f.info}, nil
	}
	if es, ok := p.dirs[name]; ok {
		return &dirFile{info: memInfo{name: path.Base(name), dir: true}, entries: es}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Stat implements fs.StatFS.
func (p *Part) Stat(name string) (fs.FileInfo, error) {
	if f, ok := p.files[name]; ok {
		return f.info, nil
	}
	if _, ok := p.dirs[name]; ok {
		return memInfo{name: path.Base(name), dir: true}, nil
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// ReadDir implements fs.ReadDirFS.
func (p *Part) ReadDir(name string) ([]fs.DirEntry, error) {
	if es, ok := p.dirs[name]; ok {
		return slices.Clone(es), nil
	}
	return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
}

// ReadFile implements fs.ReadFileFS.
func (p *Part) ReadFile(name string) ([]byte, error) {
	if f, ok := p.files[name]; ok && f.data != nil {
		return slices.Clone(f.data), nil
	}
	if _, ok := p.files[name]; ok {
		return fs.ReadFile(p.site, name)
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// memInfo describes a file read into memory, or a folder of a Part.
type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }

func (i memInfo) Size() int64 { return i.size }

func (i memInfo) ModTime() time.Time { return time.Time{} }

func (i memInfo) IsDir() bool { return i.dir }

func (i memInfo) Sys() any { return nil }

func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}

type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }

func (f *memFile) Close() error { return nil }

type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }

func (d *dirFile) Close() error { return nil }

func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: fs.ErrInvalid}
}

// ReadDir implements fs.ReadDirFile.
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		es := d.entries
		d.entries = nil
		return es, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	es := d.entries[:n]
	d.entries = d.entries[n:]
	return es, nil
}
