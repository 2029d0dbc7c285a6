"""Fetch one web page over HTTP(S) without letting a URL reach into the machine's own network.

What it reads: one ``http://`` or ``https://`` URL, the fetch limits of :class:`Settings`
(connect/read timeouts, response size cap, redirect limit) and, optionally, CIDR networks the
caller explicitly trusts (``allow_networks``).

What it returns: a :class:`~conflictlens.model.FetchedPage` — final URL, status, content type,
the body as bytes (decompressed, at most ``fetch_max_bytes``), the charset the server declared
and the redirect targets followed, in order.

What it never does:

* connect to an address that is private, loopback, link-local, multicast, reserved,
  unspecified, shared (100.64.0.0/10), site-local or documentation space — or an IPv6 address
  that maps or tunnels to one (``::ffff:10.0.0.1``, 6to4, Teredo, NAT64) — unless the address
  lies inside one of ``allow_networks``. *Every* address the name resolves to must pass, and
  every redirect hop is checked again;
* resolve a name twice: the request goes to the IP address that was checked, with the original
  ``Host`` header and (for https) the original name for TLS SNI and certificate checks, so a DNS
  answer that changes between check and connect (DNS rebinding) cannot redirect it;
* follow redirects on its own, read more than ``fetch_max_bytes`` (compressed or not), wait
  longer than the configured timeouts, send credentials from a URL, fetch anything but http(s),
  or (with its own client) use proxies or ``.netrc`` from the environment;
* let another library's exception escape: every failure is a :class:`RefusedAddress` (the guard
  said no) or a :class:`FetchFailed`, with a one-line message saying what happened and what to
  do, chained to the original exception.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Sequence

import httpx

from conflictlens.config import Settings, load_settings
from conflictlens.errors import ConfigError, FetchFailed, RefusedAddress
from conflictlens.model import FetchedPage

__all__ = ["USER_AGENT", "fetch_url", "refusal_reason"]

USER_AGENT = "conflictlens/0.1 (+https://github.com/conflictlens)"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_ALLOW_HINT = "(CLI: --allow-network) if you really mean to fetch from your own network."

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Read timeouts bound each wait for data, not the whole download: a server that drips one byte
# just inside the read timeout could hold a fetch open for hours. This caps the whole fetch
# (all redirect hops) on the wall clock; it grows with the configured timeouts so that raising
# them still has an effect.
_MIN_TOTAL_SECONDS = 60.0

# At most this many resolved addresses are tried when connecting fails (all of them are
# checked); it keeps a name with dozens of dead A records from multiplying the connect timeout.
_MAX_ADDRESSES_TRIED = 3


# --------------------------------------------------------------------------- address guard

# Ordered: the first matching row names the reason. The stdlib flags (is_private, is_global …)
# are used as a backstop below, but their exact coverage changed between Python patch releases,
# so the ranges that matter are spelled out here. Sources: IANA IPv4/IPv6 Special-Purpose
# Address Registries, RFC 6598 (shared space), RFC 3879 (site-local), RFC 9637 (3fff::/20).
_V4_BLOCKED: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "an unspecified ('this network') address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local address"),
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "an IETF protocol-assignment address"),
    ("192.0.2.0/24", "a documentation address"),
    ("192.88.99.0/24", "a 6to4 relay anycast address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("198.51.100.0/24", "a documentation address"),
    ("203.0.113.0/24", "a documentation address"),
    ("224.0.0.0/4", "a multicast address"),
    ("240.0.0.0/4", "a reserved address"),  # includes 255.255.255.255 (broadcast)
)
_V6_BLOCKED: tuple[tuple[str, str], ...] = (
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("64:ff9b:1::/48", "a local-use NAT64 address"),
    ("100::/64", "a discard-only address"),
    ("2001::/23", "an IETF protocol-assignment address"),  # includes Teredo 2001::/32
    ("2001:db8::/32", "a documentation address"),
    ("3fff::/20", "a documentation address"),
    ("5f00::/16", "an SRv6 segment-identifier address"),
    ("fc00::/7", "a private (unique local) address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a site-local address"),
    ("ff00::/8", "a multicast address"),
    ("::/8", "a reserved address"),  # includes the deprecated IPv4-compatible ::a.b.c.d
)
_V4_TABLE = tuple((ipaddress.IPv4Network(net), why) for net, why in _V4_BLOCKED)
_V6_TABLE = tuple((ipaddress.IPv6Network(net), why) for net, why in _V6_BLOCKED)
_V6_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
_NAT64_WKP = ipaddress.IPv6Network("64:ff9b::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """IPv4 addresses an IPv6 address maps or tunnels to: traffic to it ends up there."""
    found: list[tuple[str, ipaddress.IPv4Address]] = []
    if ip.ipv4_mapped is not None:
        found.append(("maps to", ip.ipv4_mapped))
    if ip.sixtofour is not None:
        found.append(("tunnels (6to4) to", ip.sixtofour))
    if ip.teredo is not None:
        server, client = ip.teredo
        found.append(("tunnels (Teredo) to", client))
        found.append(("uses the Teredo server", server))
    if ip in _NAT64_WKP:
        found.append(("translates (NAT64) to", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    return found


def _own_reason(ip: IPAddress) -> tuple[str, IPNetwork] | None:
    """Why ``ip`` itself (ignoring embedded IPv4) is not a public unicast address, if it is not."""
    table = _V4_TABLE if ip.version == 4 else _V6_TABLE
    for network, why in table:
        if ip in network:
            return why, network
    host_net = ipaddress.ip_network(f"{ip}/{ip.max_prefixlen}")
    if ip.version == 6 and ip not in _V6_GLOBAL_UNICAST:
        return "outside the global unicast range 2000::/3", host_net
    # Backstop in case a future registry entry is known to the stdlib but not to the table.
    if ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_loopback or ip.is_link_local:
        return "not a public address", host_net
    if ip.is_unspecified or not ip.is_global:
        return "not a public address", host_net
    return None


def _allowed(ip: IPAddress, allowed: Sequence[IPNetwork]) -> bool:
    candidates: list[IPAddress] = [ip]
    # ::ffff:a.b.c.d *is* a.b.c.d on a dual-stack socket, so an allowed IPv4 network covers it.
    if ip.version == 6 and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    return any(c.version == net.version and c in net for c in candidates for net in allowed)


def refusal_reason(
    ip: IPAddress | str, allow_networks: Sequence[str | IPNetwork] | str = ()
) -> tuple[str, str] | None:
    """Why the guard refuses ``ip``: ``(reason, network to allow it)``, or None if it may be fetched.

    ``reason`` completes the sentence "<ip> …", e.g. ``("is a private address", "10.0.0.0/8")``
    or ``("maps to 127.0.0.1, a loopback address", "127.0.0.0/8")``.
    """
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip)
    if _allowed(ip, _parse_networks(allow_networks)):
        return None
    if ip.version == 6:
        for relation, inner in _embedded_ipv4(ip):
            inner_reason = _own_reason(inner)
            if inner_reason is not None:
                why, network = inner_reason
                return f"{relation} {inner}, {why}", str(network)
        if ip.ipv4_mapped is not None or ip in _NAT64_WKP:
            # A mapped public IPv4 address is that address; on an IPv6-only network with DNS64
            # every IPv4-only site resolves into 64:ff9b::/96, so refusing it would refuse them all.
            return None
    own = _own_reason(ip)
    if own is None:
        return None
    why, network = own
    return f"is {why}", str(network)


def _parse_networks(allow_networks: Sequence[str | IPNetwork] | str) -> tuple[IPNetwork, ...]:
    if isinstance(allow_networks, (str, ipaddress.IPv4Network, ipaddress.IPv6Network)):
        allow_networks = [allow_networks]  # a lone "10.0.0.0/8" would otherwise iterate by character
    parsed: list[IPNetwork] = []
    for entry in allow_networks:
        try:
            # strict=False: "127.0.0.1/8" plainly means 127.0.0.0/8.
            parsed.append(ipaddress.ip_network(entry, strict=False))
        except (TypeError, ValueError) as exc:
            raise ConfigError(
                f"allow_networks entry {entry!r} is not a network; write it in CIDR form such as '10.0.0.0/8' or '127.0.0.1/32'."
            ) from exc
    return tuple(parsed)


# --------------------------------------------------------------------------- helpers


def _one_line(text: object) -> str:
    """Collapse another library's message to one line (our messages must stay single-line)."""
    return " ".join(str(text).split()) or "no details"


def _parse_url(raw: str | httpx.URL, redirected_from: str | None = None) -> httpx.URL:
    via = f" (redirected from {redirected_from})" if redirected_from else ""
    try:
        url = raw if isinstance(raw, httpx.URL) else httpx.URL(raw)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchFailed(f"Cannot fetch {_one_line(repr(raw))[:300]}{via}: not a valid URL ({_one_line(exc)}). Check the URL.") from exc
    if url.scheme not in ("http", "https"):
        scheme = f"{url.scheme}://" if url.scheme else "a URL without a scheme"
        raise FetchFailed(
            f"Cannot fetch {url}{via}: {scheme} is not supported, only http:// and https:// URLs are fetched. "
            "For a local file pass its path instead of a URL."
        )
    if url.userinfo:
        # Credentials in a URL would be sent to whichever server answers; "http://news.example@10.0.0.1/"
        # is also a classic way to disguise the real host.
        shown = url.copy_with(username=None, password=None)
        raise FetchFailed(
            f"Cannot fetch {shown}{via}: URLs with a user name or password (user:pass@host) are refused. Remove the credentials from the URL."
        )
    if not url.raw_host:
        raise FetchFailed(f"Cannot fetch {url}{via}: the URL has no host name. Check the URL.")
    return url


def _resolve(host: str, port: int, timeout: float, shown_url: str) -> list[IPAddress]:
    """All addresses ``host`` resolves to, in the resolver's preference order.

    getaddrinfo has no timeout of its own, so it runs in a daemon thread that is abandoned if the
    resolver hangs longer than ``timeout``. Literal and odd IP forms ("0x7f.1", "2130706433")
    go through the same call: the C resolver normalises them exactly as a connect would.
    """
    outcome: dict[str, object] = {}

    def lookup() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            outcome["error"] = exc

    worker = threading.Thread(target=lookup, name=f"conflictlens-resolve-{host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise FetchFailed(
            f"Cannot fetch {shown_url}: resolving {host} took longer than {timeout:g} s. Check your DNS or raise fetch_connect_timeout."
        )
    error = outcome.get("error")
    if isinstance(error, (socket.gaierror, UnicodeError, OSError)):
        raise FetchFailed(
            f"Cannot fetch {shown_url}: the host name {host} could not be resolved ({_one_line(error)}). Check the URL and your network."
        ) from error
    if isinstance(error, BaseException):
        raise error
    addresses: list[IPAddress] = []
    for family, _type, _proto, _canon, sockaddr in outcome.get("infos", []):  # type: ignore[union-attr]
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        # Drop an IPv6 zone ("fe80::1%eth0"): the zone cannot go into a URL and does not change
        # which kind of address it is.
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchFailed(f"Cannot fetch {shown_url}: {host} resolved to no IPv4 or IPv6 address. Check the URL.")
    return addresses


def _status_advice(status: int) -> str:
    if status in (401, 403):
        return "The site refuses automated access or needs a login; save the page from a browser and ingest the file instead."
    if status in (404, 410):
        return "Check the URL; the page does not exist (any more)."
    if status == 429:
        return "The site is rate-limiting; wait and try again later."
    if status >= 500:
        return "The server failed; try again later."
    return "Check the URL."


class _BoundedDecoder:
    """Undo Content-Encoding without ever producing more than the size cap.

    httpx's own decoders inflate a whole network chunk at once, so a small gzip bomb could
    allocate far more than the cap before the caller sees a byte. zlib's ``max_length`` stops
    inflation one byte past what the cap still allows.
    """

    def __init__(self, content_encoding: str | None, shown_url: str) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        self._shown_url = shown_url
        self._wbits: int | None = None
        if not codings:
            self._decomp = None
        elif codings in (["gzip"], ["x-gzip"]):
            self._wbits = 16 + zlib.MAX_WBITS
        elif codings == ["deflate"]:
            self._wbits = zlib.MAX_WBITS  # zlib-wrapped per the RFC; raw deflate tried on error
        else:
            raise FetchFailed(
                f"Cannot fetch {shown_url}: the server sent Content-Encoding {_one_line(content_encoding)!r}, "
                "which conflictlens does not decode (it asks for gzip or deflate). Save the page from a browser and ingest the file."
            )
        self._decomp = zlib.decompressobj(self._wbits) if self._wbits is not None else None
        self._produced_any = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``; the result is longer than ``room`` only when the cap is exceeded."""
        if self._decomp is None:
            return data
        out = bytearray()
        while data:
            try:
                piece = self._decomp.decompress(data, room + 1 - len(out))
            except zlib.error as exc:
                if self._wbits == zlib.MAX_WBITS and not self._produced_any:
                    # Some servers send raw deflate under "deflate"; retry once that way.
                    self._wbits = -zlib.MAX_WBITS
                    self._decomp = zlib.decompressobj(self._wbits)
                    continue
                raise FetchFailed(
                    f"Cannot fetch {self._shown_url}: the compressed body is corrupt ({_one_line(exc)}). Try again later."
                ) from exc
            out += piece
            self._produced_any = self._produced_any or bool(piece)
            if len(out) > room:
                break
            if self._decomp.eof and self._decomp.unused_data and self._wbits == 16 + zlib.MAX_WBITS:
                data = self._decomp.unused_data  # concatenated gzip members
                self._decomp = zlib.decompressobj(self._wbits)
            else:
                data = b""
        return bytes(out)

    def flush(self) -> bytes:
        return self._decomp.flush() if self._decomp is not None else b""


# --------------------------------------------------------------------------- the fetch


def fetch_url(
    url: str,
    settings: Settings | None = None,
    *,
    allow_networks: Sequence[str] = (),
    client: httpx.Client | None = None,
) -> FetchedPage:
    """Fetch ``url`` and return its body, after checking every address on the way.

    ``settings`` defaults to :func:`conflictlens.config.load_settings` (config file and
    ``CONFLICTLENS_*`` variables). ``allow_networks`` lists CIDR networks that may be fetched
    although the guard would refuse them (e.g. ``["10.0.0.0/8"]`` for an intranet).

    ``client`` is for tests and special transports; it must not carry auth, cookies meant for
    one site, or ``http2=True`` (see the notes in the module). By default a fresh client without
    environment proxies is used for each hop.

    Raises :class:`RefusedAddress` when an address is refused, :class:`FetchFailed` for
    everything else (bad URL, DNS, connect/read timeouts, HTTP >= 400, too large, too many
    redirects), and :class:`ConfigError` for a malformed ``allow_networks`` entry.
    """
    settings = settings if settings is not None else load_settings()
    allowed = _parse_networks(allow_networks)
    total_limit = max(_MIN_TOTAL_SECONDS, 2 * (settings.fetch_connect_timeout + settings.fetch_read_timeout))
    deadline = time.monotonic() + total_limit

    current = _parse_url(url)
    previous: str | None = None
    redirects: list[str] = []
    while True:
        outcome = _fetch_hop(current, previous, settings, allowed, client, deadline, total_limit)
        if isinstance(outcome, FetchedPage):
            return FetchedPage(
                url=outcome.url,
                status_code=outcome.status_code,
                content_type=outcome.content_type,
                body=outcome.body,
                encoding=outcome.encoding,
                redirects=tuple(redirects),
            )
        location = outcome
        if len(redirects) >= settings.fetch_max_redirects:
            raise FetchFailed(
                f"Stopped fetching {url}: more than {settings.fetch_max_redirects} redirects (the last one from {current} to {_one_line(location)[:300]}). "
                "The site may be in a redirect loop or need cookies or JavaScript; save the page from a browser and ingest the file."
            )
        try:
            target = current.join(location)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchFailed(
                f"Cannot follow the redirect from {current}: Location {_one_line(repr(location))[:300]} is not a valid URL. Check the URL."
            ) from exc
        target = target.copy_with(fragment=None)
        previous = str(current)
        current = _parse_url(target, redirected_from=previous)
        redirects.append(str(current))


def _fetch_hop(
    url: httpx.URL,
    redirected_from: str | None,
    settings: Settings,
    allowed: Sequence[IPNetwork],
    client: httpx.Client | None,
    deadline: float,
    total_limit: float,
) -> FetchedPage | str:
    """One request: a FetchedPage (without redirects filled in) or the Location to follow."""
    shown = f"{url}" + (f" (redirected from {redirected_from})" if redirected_from else "")
    host = url.raw_host.decode("ascii")
    port = url.port or (443 if url.scheme == "https" else 80)

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchFailed(f"Gave up on {shown}: the whole fetch took more than {total_limit:g} s. Try again later.")
    addresses = _resolve(host, port, min(settings.fetch_connect_timeout, remaining), shown)

    # Check every address before connecting to any: with round-robin DNS the attacker could
    # otherwise list one public and one private address and wait for the second to be picked.
    for ip in addresses:
        refusal = refusal_reason(ip, allowed)
        if refusal is not None:
            why, network = refusal
            literal = _literal_ip(host)
            subject = host if literal == ip else f"{host} resolves to {ip}, which"
            raise RefusedAddress(
                f"Refused to fetch {shown}: {subject} {why}. Pass allow_networks=[{network!r}] {_ALLOW_HINT}"
            )

    timeout = httpx.Timeout(
        connect=settings.fetch_connect_timeout,
        read=settings.fetch_read_timeout,
        write=settings.fetch_read_timeout,
        pool=settings.fetch_connect_timeout,
    )
    headers = {
        # The URL carries the IP address; the server must still see the name that was asked for.
        "Host": url.netloc.decode("ascii"),
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        # No keep-alive: connection pools key on scheme+IP+port only, so a kept-alive TLS
        # connection verified for one name could otherwise be reused for another name that
        # happens to share the IP address.
        "Connection": "close",
    }
    extensions: dict[str, object] = {}
    if url.scheme == "https":
        # httpcore (1.0, _sync/connection.py) passes this as server_hostname to start_tls, so
        # SNI and certificate verification use the name even though we connect to an IP.
        extensions["sni_hostname"] = host

    last_error: FetchFailed | None = None
    for ip in addresses[:_MAX_ADDRESSES_TRIED]:
        pinned = url.copy_with(host=str(ip))
        try:
            return _request(pinned, url, shown, headers, extensions, timeout, settings, client, deadline, total_limit)
        except _ConnectFailed as failure:  # try the next checked address; nothing was sent yet
            last_error = failure.error
    assert last_error is not None
    raise last_error from last_error.__cause__


def _literal_ip(host: str) -> IPAddress | None:
    """``host`` as an IP address if it is written as a canonical one (not "0x7f.1")."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


class _ConnectFailed(Exception):
    def __init__(self, error: FetchFailed) -> None:
        super().__init__(str(error))
        self.error = error


def _request(
    pinned: httpx.URL,
    url: httpx.URL,
    shown: str,
    headers: dict[str, str],
    extensions: dict[str, object],
    timeout: httpx.Timeout,
    settings: Settings,
    client: httpx.Client | None,
    deadline: float,
    total_limit: float,
) -> FetchedPage | str:
    ip = pinned.host
    # A fresh client per hop when we own it: no pooled connections, cookies or proxies carried
    # from one host to the next. trust_env=False keeps HTTP(S)_PROXY and .netrc out of it.
    own = client is None
    active = httpx.Client(trust_env=False, follow_redirects=False, timeout=timeout) if own else client
    try:
        try:
            request = active.build_request("GET", pinned, headers=headers, extensions=extensions, timeout=timeout)
            response = active.send(request, stream=True, follow_redirects=False)
        except httpx.ConnectTimeout as exc:
            error = FetchFailed(
                f"Cannot fetch {shown}: connecting to {ip} timed out after {settings.fetch_connect_timeout:g} s. "
                "Check the URL and your network, or raise fetch_connect_timeout."
            )
            error.__cause__ = exc
            raise _ConnectFailed(error) from exc
        except httpx.ConnectError as exc:
            detail = _one_line(exc)
            if "ssl" in detail.lower() or "certificate" in detail.lower():
                advice = "The site's TLS certificate could not be verified for this name; conflictlens does not fetch over unverified TLS."
            else:
                advice = "Check the URL and your network."
            error = FetchFailed(f"Cannot fetch {shown}: connecting to {ip} failed ({detail}). {advice}")
            error.__cause__ = exc
            raise _ConnectFailed(error) from exc
        except httpx.HTTPError as exc:
            raise _wrap(exc, shown, settings) from exc
        except (httpx.InvalidURL, httpx.StreamError) as exc:
            raise FetchFailed(f"Cannot fetch {shown}: {_one_line(exc)}. Check the URL.") from exc

        try:
            return _read_response(response, url, shown, settings, deadline, total_limit)
        except httpx.HTTPError as exc:
            raise _wrap(exc, shown, settings) from exc
        except httpx.StreamError as exc:
            raise FetchFailed(f"Cannot fetch {shown}: {_one_line(exc)}. Try again later.") from exc
        finally:
            response.close()
    finally:
        if own:
            active.close()


def _wrap(exc: httpx.HTTPError, shown: str, settings: Settings) -> FetchFailed:
    if isinstance(exc, httpx.ReadTimeout):
        return FetchFailed(
            f"Cannot fetch {shown}: the server sent nothing for {settings.fetch_read_timeout:g} s. Try again later or raise fetch_read_timeout."
        )
    if isinstance(exc, httpx.TimeoutException):
        return FetchFailed(f"Cannot fetch {shown}: timed out ({type(exc).__name__}). Try again later or raise the fetch timeouts.")
    return FetchFailed(f"Cannot fetch {shown}: {type(exc).__name__}: {_one_line(exc)}. Check the URL or try again later.")


def _read_response(
    response: httpx.Response,
    url: httpx.URL,
    shown: str,
    settings: Settings,
    deadline: float,
    total_limit: float,
) -> FetchedPage | str:
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("location")
        if status in _REDIRECT_STATUSES and location:
            return location
        raise FetchFailed(
            f"Cannot fetch {shown}: HTTP {status} {response.reason_phrase} without a redirect conflictlens can follow. Check the URL in a browser."
        )
    if status >= 400:
        raise FetchFailed(f"Cannot fetch {shown}: HTTP {status} {response.reason_phrase}. {_status_advice(status)}")

    cap = settings.fetch_max_bytes
    too_big = "Raise fetch_max_bytes (CONFLICTLENS_FETCH_MAX_BYTES) if you really need pages this large."
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > cap:
        # Refuse before reading a byte when the server admits the body is over the cap.
        raise FetchFailed(f"Cannot fetch {shown}: the server announces {int(declared)} bytes, over the cap of {cap} bytes. {too_big}")

    body = bytearray()
    if response.is_stream_consumed:
        # Only in-memory transports (httpx.MockTransport, a caller's test client) hand back a
        # response whose body httpx has already read and decoded; a network response never is.
        body += response.content
        raw_chunks: Sequence[bytes] = ()
        decoder = _BoundedDecoder(None, shown)
    else:
        raw_chunks = response.iter_raw()  # type: ignore[assignment]
        decoder = _BoundedDecoder(response.headers.get("content-encoding"), shown)
    for raw in raw_chunks:
        body += decoder.feed(raw, cap - len(body))
        if len(body) > cap:
            raise FetchFailed(f"Cannot fetch {shown}: the body is larger than the cap of {cap} bytes. {too_big}")
        if time.monotonic() > deadline:
            raise FetchFailed(
                f"Gave up on {shown}: the whole fetch took more than {total_limit:g} s (the server sends very slowly). Try again later."
            )
    body += decoder.flush()
    if len(body) > cap:
        raise FetchFailed(f"Cannot fetch {shown}: the body is larger than the cap of {cap} bytes. {too_big}")

    return FetchedPage(
        url=str(url),
        status_code=status,
        content_type=response.headers.get("content-type"),
        body=bytes(body),
        encoding=response.charset_encoding,
    )
