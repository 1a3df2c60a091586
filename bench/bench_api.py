"""Benchmark `warta serve`: page server times, search latency, and the API under load.

    python bench/bench_api.py --db dev.db                       # all three, 50 clients for 30 s
    python bench/bench_api.py --db dev.db --scale 100000        # search on a synthetic 100k-article copy
    python bench/bench_api.py --db dev.db --only load --seconds 10

The server runs in its own process (uvicorn, one worker) on a free loopback port; the
load generator is bounded: N clients, each sending its next request only when the last
one answered, so at most N requests are in flight. Server time is read from the
Server-Timing header the app sets; latency under load is measured by the client.
Figures vary on a shared machine: run it alone when you can."""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, cache: bool = True) -> tuple[subprocess.Popen, str]:
    port = free_port()
    code = ("import uvicorn; from warta.serve import create_app; "
            f"uvicorn.run(create_app({db!r}, cache={cache}), host='127.0.0.1', port={port}, log_level='warning')")
    process = subprocess.Popen([sys.executable, "-c", code])
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/outlets", timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def words(db: str, n: int = 200, seed: int = 7) -> list[str]:
    """Search queries: one or two words drawn from stored titles (what people type)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [t for (t,) in conn.execute("SELECT title FROM articles WHERE title IS NOT NULL LIMIT 5000")]
    conn.close()
    vocabulary = [w.strip(",.:;\"'()").lower() for t in titles for w in t.split()]
    vocabulary = [w for w in vocabulary if len(w) > 3 and w.isalpha()]
    rng = random.Random(seed)
    return [" ".join(rng.sample(vocabulary, rng.choice((1, 1, 2)))) for _ in range(n)]


def sample_paths(db: str, seed: int = 7) -> dict[str, list[str]]:
    """The pages and API routes to time, with real ids from the store."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [i for (i,) in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 30")]
    outlets = [o for (o,) in conn.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY 1 "
                                          "ORDER BY count(*) DESC LIMIT 5")]
    speakers = [s for (s,) in conn.execute("SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY 1 "
                                           "ORDER BY count(*) DESC LIMIT 10")]
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    stories = entities = []
    if "stories" in tables:
        stories = [s for (s,) in conn.execute("SELECT id FROM stories ORDER BY articles DESC LIMIT 10")]
        entities = [e for (e,) in conn.execute(
            "SELECT corpus_entity FROM quotes WHERE corpus_entity IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC "
            "LIMIT 10")]
    conn.close()
    queries = words(db, 20, seed)
    pages = {
        "/": ["/"],
        "/search?q=": [f"/search?q={quote(q)}" for q in queries],
        "/search?speaker=": [f"/search?speaker={quote(s)}" for s in speakers],
        "/articles/{id}": [f"/articles/{quote(i, safe='')}" for i in ids],
        "/outlets": ["/outlets"],
        "/outlets/{name}": [f"/outlets/{quote(o, safe='')}" for o in outlets],
    }
    if stories:
        pages["/stories"] = ["/stories"]
        pages["/stories/{id}"] = [f"/stories/{s}" for s in stories]
    if entities:
        pages["/entities"] = ["/entities"]
        pages["/entities/{id}"] = [f"/entities/{e}" for e in entities]
    api = [f"/api/articles/{quote(i, safe='')}" for i in ids[:10]] + [
        "/api/articles?limit=20", "/api/quotes?limit=20", "/api/outlets"] + [
        f"/api/search?q={quote(q)}" for q in queries[:10]] + [
        f"/api/quotes?speaker={quote(s)}" for s in speakers[:5]] + [
        f"/api/articles?outlet={quote(o)}&limit=50" for o in outlets[:3]]
    if stories:
        api += [f"/api/stories/{s}" for s in stories[:5]] + ["/api/stories"]
    if entities:
        api += [f"/api/entities/{e}" for e in entities[:5]] + ["/api/entities"]
    return {"pages": pages, "api": api}


def server_ms(response: httpx.Response) -> float:
    return float(response.headers["server-timing"].split("dur=")[1])


def bench_pages(base: str, pages: dict[str, list[str]], rounds: int = 3) -> None:
    print(f"\nPage server time (ms, Server-Timing; {rounds} rounds over each sample)")
    print(f"{'route':22} {'n':>4} {'median':>8} {'p95':>8} {'max':>8}")
    with httpx.Client(base_url=base, timeout=30) as client:
        for route, paths in pages.items():
            times = []
            for _ in range(rounds):
                for path in paths:
                    response = client.get(path)
                    assert response.status_code == 200, (path, response.status_code)
                    times.append(server_ms(response))
            print(f"{route:22} {len(times):>4} {statistics.median(times):>8.1f} {pct(times, 95):>8.1f} "
                  f"{max(times):>8.1f}")


def bench_search(base: str, db: str, n: int = 200) -> None:
    queries = words(db, n)
    with httpx.Client(base_url=base, timeout=30) as client:
        api = [server_ms(client.get("/api/search", params={"q": q})) for q in queries]
        page = [server_ms(client.get("/search", params={"q": q})) for q in queries]
    print(f"\nSearch ({n} queries of 1-2 title words; server ms)")
    for name, times in (("/api/search", api), ("/search page", page)):
        print(f"{name:14} median {statistics.median(times):6.1f}  p95 {pct(times, 95):6.1f}  max {max(times):6.1f}")


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive HTTP/1.1 connection; the status. A client this small costs the
    machine far less than the server it measures (httpx's async pool took more CPU than the app)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    length = next((int(line[15:]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
                  None)
    if length is None:
        raise ValueError("response without Content-Length")
    await reader.readexactly(length)
    return int(head[9:12])


async def bench_load(base: str, paths: list[str], clients: int, seconds: float, cache: bool) -> None:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors: list[str] = []
    stop = time.monotonic() + seconds

    async def client_loop(rng: random.Random) -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.monotonic() < stop:
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                status = await fetch(reader, writer, path)
                if status != 200:
                    errors.append(f"{status} {path}")
            except (OSError, ValueError, asyncio.IncompleteReadError) as error:
                errors.append(f"{type(error).__name__} {path}")
                writer.close()
                reader, writer = await asyncio.open_connection(host, int(port))
            latencies.append((time.perf_counter() - started) * 1000)
        writer.close()

    began = time.monotonic()
    await asyncio.gather(*(client_loop(random.Random(n)) for n in range(clients)))
    took = time.monotonic() - began
    print(f"\nAPI under load: {clients} concurrent clients for {took:.0f} s over {len(paths)} API paths "
          f"(response cache {'on' if cache else 'off'})")
    print(f"requests {len(latencies)}  ({len(latencies) / took:.0f}/s)  errors {len(errors)}")
    print(f"latency ms: p50 {pct(latencies, 50):.1f}  p95 {pct(latencies, 95):.1f}  p99 {pct(latencies, 99):.1f}  "
          f"max {max(latencies):.1f}")
    for error in sorted(set(errors))[:10]:
        print("  error:", error)


def scale_up(db: str, target: int, folder: Path) -> str:
    """A synthetic store of `target` articles: the stored articles copied under new ids
    (records left out; texts, titles, quotes and the search indexes of bodies and quotes
    kept), for search at scale. The store must have been taken into the corpus."""
    path = folder / f"scale-{target}.db"
    shutil.copy(db, path)
    conn = sqlite3.connect(path)
    have = originals = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(quotes)") if r[1] not in ("id", "corpus_entity")]
    copy = 0
    while have < target:
        copy += 1
        batch = min(originals, target - have)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO articles (id, content_hash, outlet, published, title, url, text, record, origin) "
            "SELECT id || ':copy' || ?1, content_hash || ?1, outlet, published, title, url, text, '{}', origin "
            "FROM articles WHERE id NOT LIKE '%:copy%' LIMIT ?2", (copy, batch))
        quoted = ", ".join(f'"{c}"' for c in columns)
        source = ", ".join(f'"{c}"' if c != "article_id" else "article_id || ':copy' || ?1" for c in columns)
        conn.execute(f"INSERT INTO quotes ({quoted}) SELECT {source} FROM quotes WHERE article_id IN "
                     "(SELECT id FROM articles WHERE id NOT LIKE '%:copy%' LIMIT ?2)", (copy, batch))
        conn.execute("COMMIT")
        have += batch
    conn.execute("INSERT INTO bodies_fts (rowid, title, body) SELECT c.rowid, b.title, b.body FROM articles c "
                 "JOIN articles o ON o.id = substr(c.id, 1, instr(c.id, ':copy') - 1) "
                 "JOIN bodies_fts b ON b.rowid = o.rowid WHERE c.id LIKE '%:copy%'")
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="A Warta store (e.g. the dev corpus ingested).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--scale", type=int, help="Also time search on a synthetic copy with this many articles.")
    parser.add_argument("--only", choices=("pages", "search", "load"))
    parser.add_argument("--no-cache", action="store_true", help="Serve without the API response cache.")
    args = parser.parse_args()
    paths = sample_paths(args.db)
    if args.only in (None, "pages", "search"):  # server time of the work itself: no response cache
        process, base = start_server(args.db, cache=False)
        try:
            if args.only in (None, "pages"):
                bench_pages(base, paths["pages"])
            if args.only in (None, "search"):
                bench_search(base, args.db)
        finally:
            process.terminate()
            process.wait()
    if args.only in (None, "load"):
        process, base = start_server(args.db, cache=not args.no_cache)
        try:
            asyncio.run(bench_load(base, paths["api"], args.clients, args.seconds, not args.no_cache))
        finally:
            process.terminate()
            process.wait()
    if args.scale:
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            scaled = scale_up(args.db, args.scale, Path(folder))
            print(f"\nSynthetic store of {args.scale} articles built in {time.monotonic() - started:.0f} s")
            process, base = start_server(scaled, cache=False)
            try:
                bench_search(base, scaled)
            finally:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
