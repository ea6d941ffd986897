package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/kimppa/kimppa/generator/diag"
)

// The open pages follow the server with server-sent events on
// eventsPath:
//
//	hello   {"build": ID} on connecting: a page that knew another build
//	        reloads, so a page whose connection dropped misses nothing
//	reload  {"build": ID} after a rebuild changed the page's file (the
//	        page says which it shows: ?page=/its/path/)
//	errors  [{file, line, col, severity, message, hint}, …] while the
//	        content is invalid; sent on connecting too
//	ok      {} when the content is valid again

// hub sends events to the connected pages.
type hub struct {
	mu      sync.Mutex
	clients map[*client]bool
	closed  bool
}

// client is one open page: its events, and the output file it shows.
type client struct {
	ch   chan []byte
	file string
}

func newHub() *hub { return &hub{clients: map[*client]bool{}} }

// subscribe registers a page showing file; its channel is closed when
// the server stops. ok is false when it already has.
func (h *hub) subscribe(file string) (c *client, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	c = &client{ch: make(chan []byte, 16), file: file}
	h.clients[c] = true
	return c, true
}

func (h *hub) unsubscribe(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.drop(c)
}

func (h *hub) drop(c *client) {
	if h.clients[c] {
		delete(h.clients, c)
		close(c.ch)
	}
}

// send queues an event for the pages for which to(c) holds, or for every
// page when to is nil. A page that is too far behind is dropped; its
// browser reconnects and says hello again.
func (h *hub) send(ev []byte, to func(*client) bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		if to != nil && !to(c) {
			continue
		}
		select {
		case c.ch <- ev:
		default:
			h.drop(c)
		}
	}
}

// close ends every stream, so that the server can shut down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		h.drop(c)
	}
}

// event formats one server-sent event.
func event(name, data string) []byte {
	return fmt.Appendf(nil, "event: %s\ndata: %s\n\n", name, data)
}

func reloadEvent(build string) []byte {
	b, _ := json.Marshal(map[string]string{"build": build})
	return event("reload", string(b))
}

func helloEvent(build string) []byte {
	b, _ := json.Marshal(map[string]string{"build": build})
	return event("hello", string(b))
}

// errorsEvent lists diagnostics as `kimppa check --format json` does.
func errorsEvent(diags diag.List) []byte {
	var raw, b bytes.Buffer
	diags.Write(&raw, "json")
	json.Compact(&b, raw.Bytes())
	return event("errors", b.String())
}

// ping keeps an idle stream open through proxies.
var ping = []byte(": ping\n\n")

// events streams events to one page until it goes or the server stops.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming not supported", http.StatusInternalServerError)
		return
	}
	c, ok := s.hub.subscribe(pageFile(r.URL.Query().Get("page")))
	if !ok {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer s.hub.unsubscribe(c)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("X-Accel-Buffering", "no")
	st := s.current()
	w.Write([]byte("retry: 500\n\n"))
	w.Write(helloEvent(st.build))
	if st.diags != nil {
		w.Write(errorsEvent(st.diags))
	} else {
		w.Write(event("ok", "{}"))
	}
	flusher.Flush()
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	for {
		select {
		case ev, ok := <-c.ch:
			if !ok {
				return
			}
			if _, err := w.Write(ev); err != nil {
				return
			}
		case <-tick.C:
			if _, err := w.Write(ping); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
		flusher.Flush()
	}
}

// pageFile is the output file that a page at the site path p shows.
func pageFile(p string) string {
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" || strings.HasSuffix(p, "/") {
		return strings.TrimPrefix(name+"/index.html", "/")
	}
	return name
}
