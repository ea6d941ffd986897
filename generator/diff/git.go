package diff

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"strconv"
	"strings"
)

// Git reads revisions of the git repository that contains Dir.
type Git struct {
	Dir string // a folder inside the work tree; "" for the current one
}

// run runs git with args and returns its standard output.
func (g Git) run(ctx context.Context, stdout io.Writer, args ...string) error {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = g.Dir
	cmd.Stdout = stdout
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("git %s: %s", args[0], msg)
	}
	return nil
}

// Resolve returns the commit id of rev.
func (g Git) Resolve(ctx context.Context, rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") || strings.ContainsAny(rev, "\x00\n") {
		return "", fmt.Errorf("%q is not a git revision", rev)
	}
	var out bytes.Buffer
	if err := g.run(ctx, &out, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return "", fmt.Errorf("%q is neither a folder nor a git revision of this repository", rev)
	}
	return strings.TrimSpace(out.String()), nil
}

// Tree writes the files of revision rev (as the repository stores them:
// from its root) to a new temporary folder and returns it with a function
// that removes it. Files are copied byte for byte from git's objects: no
// .gitattributes filter or export rule applies, and symbolic links and
// submodules are left out.
func (g Git) Tree(ctx context.Context, rev string) (dir string, cleanup func(), err error) {
	id, err := g.Resolve(ctx, rev)
	if err != nil {
		return "", nil, err
	}
	var list bytes.Buffer
	if err := g.run(ctx, &list, "ls-tree", "-r", "-z", "--full-tree", id); err != nil {
		return "", nil, err
	}
	type blob struct{ object, path string }
	var blobs []blob
	for _, entry := range strings.Split(list.String(), "\x00") {
		meta, name, ok := strings.Cut(entry, "\t")
		fields := strings.Fields(meta)
		if !ok || len(fields) != 3 || fields[1] != "blob" || (fields[0] != "100644" && fields[0] != "100755") {
			continue
		}
		blobs = append(blobs, blob{fields[2], name})
	}
	dir, err = os.MkdirTemp("", "kimppa-rev-")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	root, err := os.OpenRoot(dir)
	if err != nil {
		cleanup()
		return "", nil, err
	}
	defer root.Close()
	var objects strings.Builder
	for _, b := range blobs {
		objects.WriteString(b.object + "\n")
	}
	var contents bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", "cat-file", "--batch")
	cmd.Dir = g.Dir
	cmd.Stdin = strings.NewReader(objects.String())
	cmd.Stdout = &contents
	if err := cmd.Run(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	r := bufio.NewReader(&contents)
	for _, b := range blobs {
		header, err := r.ReadString('\n')
		if err != nil {
			cleanup()
			return "", nil, fmt.Errorf("read %s at %s: %w", b.path, rev, err)
		}
		f := strings.Fields(header)
		if len(f) != 3 || f[0] != b.object {
			cleanup()
			return "", nil, fmt.Errorf("read %s at %s: unexpected %q", b.path, rev, strings.TrimSpace(header))
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil {
			cleanup()
			return "", nil, err
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(r, data); err != nil {
			cleanup()
			return "", nil, err
		}
		r.ReadByte() // the newline after the contents
		if err := writeIn(root, b.path, data); err != nil {
			cleanup()
			return "", nil, fmt.Errorf("write %s: %w", b.path, err)
		}
	}
	return dir, cleanup, nil
}

// writeIn writes a file below root, making its folders; os.Root keeps every
// name inside.
func writeIn(root *os.Root, name string, data []byte) error {
	dir := path.Dir(name)
	if dir != "." {
		parts := strings.Split(dir, "/")
		for i := range parts {
			if err := root.Mkdir(strings.Join(parts[:i+1], "/"), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return err
			}
		}
	}
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Show returns the content of file p (relative to the repository root) at
// revision rev; ok is false when the file is not there.
func (g Git) Show(ctx context.Context, rev, p string) (data []byte, ok bool, err error) {
	id, err := g.Resolve(ctx, rev)
	if err != nil {
		return nil, false, err
	}
	var out bytes.Buffer
	if err := g.run(ctx, io.Discard, "cat-file", "-e", id+":"+p); err != nil {
		return nil, false, nil
	}
	if err := g.run(ctx, &out, "cat-file", "blob", id+":"+p); err != nil {
		return nil, false, err
	}
	return out.Bytes(), true, nil
}

// Changed lists the files a change from base to head touches, as a pull
// request shows them: from the merge base of the two to head. A renamed
// file is listed under both names.
func (g Git) Changed(ctx context.Context, base, head string) ([]string, error) {
	b, err := g.Resolve(ctx, base)
	if err != nil {
		return nil, err
	}
	h, err := g.Resolve(ctx, head)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := g.run(ctx, &out, "diff", "--no-renames", "--name-only", "-z", b+"..."+h); err != nil {
		return nil, err
	}
	var files []string
	for _, f := range strings.Split(out.String(), "\x00") {
		if f != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// Root returns the top folder of the work tree.
func (g Git) Root(ctx context.Context) (string, error) {
	var out bytes.Buffer
	if err := g.run(ctx, &out, "rev-parse", "--show-toplevel"); err != nil {
		return "", err
	}
	return strings.TrimSpace(out.String()), nil
}
