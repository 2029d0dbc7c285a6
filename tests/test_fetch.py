"""fetch_url: the SSRF guard, pinned connections, redirects, limits and error messages.

Everything runs against servers on 127.0.0.1 started here (or httpx.MockTransport); nothing
touches the internet. Host names other than localhost are resolved by a patched getaddrinfo.
"""

from __future__ import annotations

import gzip
import http.server
import shutil
import socket
import ssl
import subprocess
import threading
import time
import zlib
from pathlib import Path

import httpx
import pytest

from conflictlens.config import Settings
from conflictlens.errors import ConfigError, FetchError, FetchFailed, RefusedAddress
from conflictlens.ingest.fetch import USER_AGENT, fetch_url, refusal_reason

LOOPBACK = ["127.0.0.1/32"]
ARTICLE = b"<html><head><title>Report</title></head><body><p>Shelling was reported near the town.</p></body></html>"
SMALL_CAP = 2_000
FAST = Settings(fetch_connect_timeout=1.0, fetch_read_timeout=2.0, fetch_max_bytes=SMALL_CAP, fetch_max_redirects=3)
SLOW_READ = Settings(fetch_connect_timeout=1.0, fetch_read_timeout=0.3, fetch_max_bytes=SMALL_CAP, fetch_max_redirects=3)

_real_getaddrinfo = socket.getaddrinfo


# --------------------------------------------------------------------------- local servers


class _Handler(http.server.BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.hits.append((self.path, self.headers.get("Host"), self.headers.get("User-Agent")))
        path = self.path.split("?", 1)[0]
        if path == "/article":
            self._send(200, ARTICLE, {"Content-Type": "text/html; charset=utf-8"})
        elif path == "/big":  # announces its size: refused before the body is read
            self._send(200, b"x" * (SMALL_CAP * 5), {"Content-Type": "text/plain"})
        elif path == "/big-stream":  # no Content-Length: must be cut off while streaming
            self.close_connection = True
            self._send(200, b"y" * (SMALL_CAP * 5), {"Content-Type": "text/plain"}, length=False)
        elif path == "/redirect-private":
            self._send(302, headers={"Location": "http://10.1.2.3/"})
        elif path == "/redirect-linklocal":
            self._send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif path == "/redirect-loop":
            n = int(self.path.rsplit("=", 1)[1]) if "?n=" in self.path else 0
            self._send(302, headers={"Location": f"/redirect-loop?n={n + 1}"})
        elif path == "/redirect-ok":
            self._send(301, headers={"Location": "/article"})
        elif path == "/redirect-file":
            self._send(302, headers={"Location": "file:///etc/passwd"})
        elif path == "/slow":
            self.server.release.wait(3.0)  # released at teardown so the thread ends promptly
            self._send(200, ARTICLE)
        elif path == "/drip":  # one byte at a time, each well inside the read timeout
            self.close_connection = True
            self.send_response(200)
            self.end_headers()
            for _ in range(60):
                if self.server.release.wait(0.05):
                    break
                self.wfile.write(b".")
                self.wfile.flush()
        elif path == "/404":
            self._send(404, b"not here", {"Content-Type": "text/plain"})
        else:
            self._send(500, b"unexpected path")


class _KeepAliveHandler(_Handler):
    # HTTP/1.1 keeps connections open unless the client says "Connection: close"; used by the
    # TLS server to show that a connection verified for one name is not reused for another.
    protocol_version = "HTTP/1.1"


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _KeepAliveHandler if ssl_context is not None else _Handler)
        self.hits: list[tuple[str, str | None, str | None]] = []
        self.release = threading.Event()
        self.ssl_context = ssl_context

    def get_request(self):  # type: ignore[override]
        sock, addr = super().get_request()
        if self.ssl_context is not None:
            sock.settimeout(5.0)
            sock = self.ssl_context.wrap_socket(sock, server_side=True)
        return sock, addr

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        pass  # clients hanging up mid-response (size cap, timeouts) are expected here

    @property
    def port(self) -> int:
        return self.server_address[1]


def _serve(server: _Server):
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5.0)


@pytest.fixture(scope="module")
def server():
    yield from _serve(_Server())


@pytest.fixture
def base(server: _Server) -> str:
    return f"http://127.0.0.1:{server.port}"


def _fake_resolver(monkeypatch: pytest.MonkeyPatch, table: dict[str, list[str]], calls: list[str] | None = None) -> None:
    """Resolve the names in ``table`` to the given addresses; everything else as usual."""

    def fake(host, port, family=0, type=0, proto=0, flags=0):
        if isinstance(host, bytes):
            host = host.decode()
        if host in table:
            if calls is not None:
                calls.append(host)
            out = []
            for address in table[host]:
                if ":" in address:
                    out.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port or 0, 0, 0)))
                else:
                    out.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0)))
            return out
        return _real_getaddrinfo(host, port, family, type, proto, flags)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message and "\r" not in message, message
    return message


# --------------------------------------------------------------------------- the guard


def test_default_refuses_loopback_ip_without_sending_anything(server: _Server, base: str) -> None:
    before = len(server.hits)
    with pytest.raises(RefusedAddress) as info:
        fetch_url(f"{base}/article", FAST)
    message = _one_line(info.value)
    assert "127.0.0.1 is a loopback address" in message
    assert "allow_networks=['127.0.0.0/8']" in message and "--allow-network" in message
    assert len(server.hits) == before


def test_default_refuses_localhost_without_sending_anything(server: _Server) -> None:
    before = len(server.hits)
    with pytest.raises(RefusedAddress) as info:
        fetch_url(f"http://localhost:{server.port}/article", FAST)
    assert "localhost resolves to" in _one_line(info.value)
    assert len(server.hits) == before


def test_allowed_loopback_fetches_the_article(server: _Server, base: str) -> None:
    page = fetch_url(f"{base}/article", FAST, allow_networks=LOOPBACK)
    assert page.status_code == 200
    assert page.body == ARTICLE
    assert page.url == f"{base}/article"
    assert page.content_type == "text/html; charset=utf-8"
    assert page.encoding == "utf-8"
    assert page.redirects == ()
    assert server.hits[-1] == ("/article", f"127.0.0.1:{server.port}", USER_AGENT)


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0x7f.1/",
        "http://017700000001/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://0.0.0.0/",
        "http://10.0.0.5/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
    ],
)
def test_odd_and_private_ip_literals_are_refused(url: str) -> None:
    with pytest.raises(RefusedAddress) as info:
        fetch_url(url, FAST)
    assert "Pass allow_networks=" in _one_line(info.value)


def test_refusal_message_names_the_network_to_allow() -> None:
    with pytest.raises(RefusedAddress) as info:
        fetch_url("http://10.0.0.5/", FAST)
    assert str(info.value) == (
        "Refused to fetch http://10.0.0.5/: 10.0.0.5 is a private address. Pass allow_networks=['10.0.0.0/8'] "
        "(CLI: --allow-network) if you really mean to fetch from your own network."
    )


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:8.8.8.8", None),
        ("64:ff9b::808:808", None),  # NAT64 of a public address (DNS64 networks)
        ("2002:808:808::1", None),  # 6to4 of a public address
        ("192.168.1.1", "private"),
        ("172.16.0.1", "private"),
        ("100.100.100.100", "shared"),
        ("198.18.0.1", "benchmarking"),
        ("255.255.255.255", "reserved"),
        ("240.0.0.1", "reserved"),
        ("::", "unspecified"),
        ("::127.0.0.1", "reserved"),  # deprecated IPv4-compatible
        ("::ffff:10.0.0.1", "maps to 10.0.0.1"),
        ("2002:a00:1::1", "6to4"),  # 6to4 wrapping 10.0.0.1
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo"),  # client 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),  # NAT64 wrapping the metadata address
        ("64:ff9b:1::1", "local-use NAT64"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "documentation"),
        ("4000::1", "global unicast"),
    ],
)
def test_refusal_reason_table(address: str, expected: str | None) -> None:
    result = refusal_reason(address)
    if expected is None:
        assert result is None
    else:
        assert result is not None and expected in result[0]


def test_allow_networks_cover_mapped_addresses_only_when_listed() -> None:
    loop = ["127.0.0.1/32"]
    assert refusal_reason("::ffff:127.0.0.1", loop) is None
    assert refusal_reason("127.0.0.2", loop) is not None
    assert refusal_reason("::1", loop) is not None


def test_any_private_address_among_several_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    client = httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200)))
    _fake_resolver(monkeypatch, {"mixed.test": ["93.184.215.14", "10.9.8.7"]})
    with pytest.raises(RefusedAddress) as info:
        fetch_url("http://mixed.test/", FAST, client=client)
    assert "mixed.test resolves to 10.9.8.7, which is a private address" in _one_line(info.value)
    assert seen == []


def test_bad_allow_networks_entry_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        fetch_url("http://10.0.0.5/", FAST, allow_networks=["ten-dot-something"])
    assert "CIDR" in _one_line(info.value)


# --------------------------------------------------------------------------- pinning (DNS rebinding)


def test_request_goes_to_the_checked_ip_with_the_original_host(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # First answer passes the (loopback-allowed) guard; any later lookup would "rebind" to a
    # private address that is not allowed. The request must arrive anyway, resolved once.
    calls: list[str] = []
    answers = iter([["127.0.0.1"]])

    def table_lookup(host, port, family=0, type=0, proto=0, flags=0):
        if host == "rebind.test":
            calls.append(host)
            address = next(answers, ["10.66.66.66"])[0]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return _real_getaddrinfo(host, port, family, type, proto, flags)

    monkeypatch.setattr(socket, "getaddrinfo", table_lookup)
    page = fetch_url(f"http://rebind.test:{server.port}/article", FAST, allow_networks=LOOPBACK)
    assert page.body == ARTICLE
    assert page.url == f"http://rebind.test:{server.port}/article"
    assert server.hits[-1][:2] == ("/article", f"rebind.test:{server.port}")
    assert calls == ["rebind.test"]


def test_https_request_carries_ip_url_host_header_and_sni(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"ok", headers={"Content-Type": "text/plain"})

    _fake_resolver(monkeypatch, {"news.example": ["93.184.215.14"]})
    page = fetch_url("https://news.example/a?b=1#frag", FAST, client=httpx.Client(transport=httpx.MockTransport(respond)))
    assert page.body == b"ok" and page.url == "https://news.example/a?b=1#frag"
    (request,) = seen
    assert request.url.host == "93.184.215.14" and request.url.path == "/a" and request.url.query == b"b=1"
    assert request.headers["host"] == "news.example"
    assert request.extensions["sni_hostname"] == "news.example"
    assert request.headers["user-agent"] == USER_AGENT
    assert request.headers["connection"] == "close"


def _make_cert(directory: Path, name: str) -> tuple[Path, Path]:
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}"],
        check=True, capture_output=True, timeout=20,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = _make_cert(tmp_path_factory.mktemp("tls"), "rebind.test")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    sni_seen: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: sni_seen.append(name)
    server = _Server(context)
    server.sni_seen = sni_seen  # type: ignore[attr-defined]
    server.cert = cert  # type: ignore[attr-defined]
    yield from _serve(server)


def test_https_verifies_the_certificate_against_the_name_not_the_ip(
    tls_server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_resolver(monkeypatch, {"rebind.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})
    trusting = ssl.create_default_context(cafile=str(tls_server.cert))  # type: ignore[attr-defined]
    port = tls_server.port
    with httpx.Client(verify=trusting, trust_env=False) as client:
        page = fetch_url(f"https://rebind.test:{port}/article", FAST, allow_networks=LOOPBACK, client=client)
        assert page.body == ARTICLE
        assert tls_server.sni_seen[-1] == "rebind.test"  # type: ignore[attr-defined]
        assert tls_server.hits[-1][:2] == ("/article", f"rebind.test:{port}")

        # Same server, same IP, but a name the certificate does not cover: must fail, also
        # right after a successful fetch (no kept-alive connection verified for rebind.test).
        with pytest.raises(FetchFailed) as info:
            fetch_url(f"https://other.test:{port}/article", FAST, allow_networks=LOOPBACK, client=client)
        assert "certificate" in _one_line(info.value).lower()
        # Certificate verification is on: the bare IP is not a name in the certificate either.
        with pytest.raises(FetchFailed):
            fetch_url(f"https://127.0.0.1:{port}/article", FAST, allow_networks=LOOPBACK, client=client)


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize(("path", "target"), [("/redirect-private", "10.1.2.3"), ("/redirect-linklocal", "169.254.169.254")])
def test_redirect_to_private_or_link_local_is_refused_even_with_loopback_allowed(base: str, path: str, target: str) -> None:
    with pytest.raises(RefusedAddress) as info:
        fetch_url(f"{base}{path}", FAST, allow_networks=LOOPBACK)
    message = _one_line(info.value)
    assert target in message and f"redirected from {base}{path}" in message


def test_redirect_loop_stops_after_the_limit(server: _Server, base: str) -> None:
    before = len(server.hits)
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/redirect-loop", FAST, allow_networks=LOOPBACK)
    assert "more than 3 redirects" in _one_line(info.value)
    assert len(server.hits) - before == FAST.fetch_max_redirects + 1


def test_redirect_ok_is_followed_and_recorded(server: _Server, base: str) -> None:
    page = fetch_url(f"{base}/redirect-ok", FAST, allow_networks=LOOPBACK)
    assert page.body == ARTICLE
    assert page.url == f"{base}/article"
    assert page.redirects == (f"{base}/article",)
    assert [hit[0] for hit in server.hits[-2:]] == ["/redirect-ok", "/article"]


def test_redirects_disabled_means_any_redirect_fails(base: str) -> None:
    no_redirects = Settings(fetch_connect_timeout=1.0, fetch_read_timeout=2.0, fetch_max_redirects=0)
    with pytest.raises(FetchFailed):
        fetch_url(f"{base}/redirect-ok", no_redirects, allow_networks=LOOPBACK)


def test_redirect_to_a_file_url_is_refused(base: str) -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/redirect-file", FAST, allow_networks=LOOPBACK)
    assert "file://" in _one_line(info.value)


# --------------------------------------------------------------------------- limits and failures


def test_announced_size_over_the_cap_is_refused(base: str) -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/big", FAST, allow_networks=LOOPBACK)
    assert "announces" in _one_line(info.value) and str(SMALL_CAP) in str(info.value)


def test_streamed_body_over_the_cap_is_cut_off(base: str) -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/big-stream", FAST, allow_networks=LOOPBACK)
    assert "larger than the cap" in _one_line(info.value)


def test_compressed_bodies_are_decoded_and_capped_after_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    bodies = {
        "/gzip": (gzip.compress(ARTICLE), "gzip"),
        "/deflate": (zlib.compress(ARTICLE), "deflate"),
        "/raw-deflate": (_raw_deflate(ARTICLE), "deflate"),
        "/bomb": (bomb, "gzip"),
        "/brotli": (b"\x0b\x02\x80hello\x03", "br"),
    }

    def respond(request: httpx.Request) -> httpx.Response:
        body, coding = bodies[request.url.path]
        # An iterator, unlike bytes, is not read by httpx up front: fetch_url decodes it itself.
        return httpx.Response(200, content=iter([body[:100], body[100:]]), headers={"Content-Encoding": coding})

    _fake_resolver(monkeypatch, {"news.example": ["93.184.215.14"]})
    client = httpx.Client(transport=httpx.MockTransport(respond))
    for path in ("/gzip", "/deflate", "/raw-deflate"):
        assert fetch_url(f"http://news.example{path}", FAST, client=client).body == ARTICLE
    assert len(bomb) < 100_000
    roomy = Settings(fetch_connect_timeout=1.0, fetch_read_timeout=2.0, fetch_max_bytes=100_000)
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://news.example/bomb", roomy, client=client)
    assert "larger than the cap" in _one_line(info.value)
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://news.example/brotli", FAST, client=client)
    assert "Content-Encoding" in _one_line(info.value)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-15)
    return compressor.compress(data) + compressor.flush()


def test_read_timeout(base: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/slow", SLOW_READ, allow_networks=LOOPBACK)
    assert time.monotonic() - started < 2.0
    message = _one_line(info.value)
    assert "sent nothing for 0.3 s" in message and "fetch_read_timeout" in message
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_slow_drip_is_stopped_by_the_overall_time_limit(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import conflictlens.ingest.fetch as fetch_module

    monkeypatch.setattr(fetch_module, "_MIN_TOTAL_SECONDS", 0.5)
    drip = Settings(fetch_connect_timeout=0.1, fetch_read_timeout=0.2, fetch_max_bytes=SMALL_CAP)
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/drip", drip, allow_networks=LOOPBACK)
    assert time.monotonic() - started < 2.0
    assert "took more than 0.6 s" in _one_line(info.value)


def test_http_404_names_the_status(base: str) -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"{base}/404", FAST, allow_networks=LOOPBACK)
    assert "HTTP 404 Not Found" in _one_line(info.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/pub/file.txt", "gopher://example.org/", "example.org/page"])
def test_unsupported_schemes_fail_clearly(url: str) -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url(url, FAST)
    message = _one_line(info.value)
    assert "only http:// and https://" in message
    assert not isinstance(info.value, RefusedAddress)


def test_credentials_in_url_are_refused() -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://news.example@10.0.0.1/", FAST)
    assert "user name or password" in _one_line(info.value)


def test_invalid_url_fails_cleanly() -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://exa mple.org/\nnext", FAST)
    _one_line(info.value)


def test_unresolvable_host_fails() -> None:
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://nonexistent.invalid/", FAST)
    assert "nonexistent.invalid" in _one_line(info.value)
    assert not isinstance(info.value, RefusedAddress)


def test_hanging_resolver_is_bounded_by_the_connect_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    def hang(host, *args, **kwargs):
        if host == "slowdns.test":
            time.sleep(1.5)
        return _real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hang)
    quick = Settings(fetch_connect_timeout=0.2, fetch_read_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch_url("http://slowdns.test/", quick)
    assert time.monotonic() - started < 1.0
    assert "resolving slowdns.test" in _one_line(info.value)


def test_connection_refused_fails() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed) as info:
        fetch_url(f"http://127.0.0.1:{port}/", FAST, allow_networks=LOOPBACK)
    assert "connecting to 127.0.0.1 failed" in _one_line(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_every_failure_is_a_fetch_error() -> None:
    assert issubclass(RefusedAddress, FetchError) and issubclass(FetchFailed, FetchError)
