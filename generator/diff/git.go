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

	"github.com/kimppa/kimppa/generator/schema"
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
	cmd := exec.CommandContext(ctx, "git", "cat-file", "--batch")
	cmd.Dir = g.Dir
	cmd.Stdin = strings.NewReader(objects.String())
	out, err := cmd.StdoutPipe()
	if err != nil {
		cleanup()
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	r := bufio.NewReader(out)
	for _, b := range blobs {
		if err := copyBlob(r, root, b.object, b.path); err != nil {
			cmd.Process.Kill()
			cmd.Wait()
			cleanup()
			return "", nil, fmt.Errorf("read %s at %s: %w", b.path, rev, err)
		}
	}
	if err := cmd.Wait(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	return dir, cleanup, nil
}

// maxBlob is the most of a blob written to a tree: the largest file a
// site may hold (schema.MaxAttachmentBytes), so a larger one is reported
// from its size, as check reports it.
const maxBlob = schema.MaxAttachmentBytes

// copyBlob streams one blob of git cat-file --batch from r to its file,
// never holding it in memory. A blob over maxBlob is written as its
// first maxBlob bytes and then extended to its size (a sparse file), so
// that every reader sees the size it has and none reads more.
func copyBlob(r *bufio.Reader, root *os.Root, object, name string) error {
	header, err := r.ReadString('\n')
	if err != nil {
		return err
	}
	f := strings.Fields(header)
	if len(f) != 3 || f[0] != object {
		return fmt.Errorf("unexpected %q", strings.TrimSpace(header))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return fmt.Errorf("unexpected %q", strings.TrimSpace(header))
	}
	w, err := createIn(root, name)
	if err != nil {
		return err
	}
	_, err = io.CopyN(w, r, min(size, maxBlob))
	if err == nil && size > maxBlob {
		if _, err = io.CopyN(io.Discard, r, size-maxBlob); err == nil {
			err = w.Truncate(size)
		}
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	_, err = r.ReadByte() // the newline after the contents
	return err
}

// createIn creates a file below root, making its folders; os.Root keeps
// every name inside.
func createIn(root *os.Root, name string) (*os.File, error) {
	dir := path.Dir(name)
	if dir != "." {
		parts := strings.Split(dir, "/")
		for i := range parts {
			if err := root.Mkdir(strings.Join(parts[:i+1], "/"), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return nil, err
			}
		}
	}
	return root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

// Show returns the content of file p (relative to the repository root) at
// revision rev; ok is false when the file is not there. A file over max
// bytes is not read: it is an error that says its size (*TooLargeError).
func (g Git) Show(ctx context.Context, rev, p string, max int64) (data []byte, ok bool, err error) {
	id, err := g.Resolve(ctx, rev)
	if err != nil {
		return nil, false, err
	}
	var size bytes.Buffer
	if err := g.run(ctx, &size, "cat-file", "-s", id+":"+p); err != nil {
		return nil, false, nil
	}
	if n, err := strconv.ParseInt(strings.TrimSpace(size.String()), 10, 64); err != nil || n > max {
		return nil, false, &TooLargeError{Path: p, Size: n, Max: max}
	}
	var out bytes.Buffer
	if err := g.run(ctx, &limitWriter{w: &out, n: max}, "cat-file", "blob", id+":"+p); err != nil {
		return nil, false, err
	}
	return out.Bytes(), true, nil
}

// TooLargeError is a file too large to read.
type TooLargeError struct {
	Path      string
	Size, Max int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is %d bytes, more than the %d bytes a content file may be", e.Path, e.Size, e.Max)
}

// limitWriter takes at most n bytes and fails after them.
type limitWriter struct {
	w io.Writer
	n int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		return 0, errors.New("more than the size git gave")
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
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
