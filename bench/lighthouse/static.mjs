// A static host for the benchmarks: folders by their index.html, anything
// else 404.html with status 404, files cached for an hour. With
// { h2: true } it is served as static hosts serve sites (GitHub Pages,
// Netlify): HTTP/2 over TLS (a self-signed certificate made with openssl;
// Chromium needs --ignore-certificate-errors) and text compressed with
// gzip; else plain HTTP/1.1, uncompressed.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import http from "node:http";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".ico": "image/x-icon", ".pdf": "application/pdf" };
const text = /^(text\/|application\/(json|xml)|image\/svg)/;

// serveStatic serves the folder site.dir (which may be set after the
// call) and returns { origin, close }.
export async function serveStatic(site, { h2 = false } = {}) {
  const zipped = new Map();
  const send = (req, res, status, type, body, file) => {
    const headers = { "content-type": type, "cache-control": "max-age=3600" };
    if (h2 && text.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(body));
      body = zipped.get(file);
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(status, headers);
    res.end(body);
  };
  const handle = async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = path.join(site.dir, path.normalize(rel));
      if (!file.startsWith(site.dir + path.sep) || !(await stat(file)).isFile()) throw new Error("no file");
      send(req, res, 200, types[path.extname(file)] || "application/octet-stream", await readFile(file), file);
    } catch {
      const file = path.join(site.dir, "404.html");
      send(req, res, 404, "text/html; charset=utf-8", await readFile(file).catch(() => Buffer.from("not found")), file);
    }
  };
  let server, tls = "";
  if (h2) {
    tls = await mkdtemp(path.join(tmpdir(), "kimppa-tls-"));
    await promisify(execFile)("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-keyout", path.join(tls, "key.pem"), "-out", path.join(tls, "cert.pem")]);
    server = http2.createSecureServer({ key: await readFile(path.join(tls, "key.pem")), cert: await readFile(path.join(tls, "cert.pem")), allowHTTP1: true }, handle);
  } else {
    server = http.createServer(handle);
  }
  const sockets = new Set();
  server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `${h2 ? "https" : "http"}://127.0.0.1:${server.address().port}`,
    close: async () => {
      await new Promise((r) => { server.close(r); for (const s of sockets) s.destroy(); });
      if (tls) await rm(tls, { recursive: true, force: true });
    },
  };
}
