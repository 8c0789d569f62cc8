"""Fetching http(s) URLs with a size limit and a timeout; every failure is an `IngestError`."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from eventwire.ingest.errors import IngestError

USER_AGENT = "eventwire/0.1 (+https://github.com/eventwire; news event coding)"


@dataclass(frozen=True)
class Fetched:
    """The body of a fetched URL, its content type and the URL after redirects."""

    body: bytes
    content_type: str | None
    url: str


def is_url(text: str) -> bool:
    """Whether an input path is an http(s) URL rather than a file."""
    lowered = text[:8].lower()
    return lowered.startswith("http://") or lowered.startswith("https://")


def fetch_url(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """GET a URL; raises IngestError("could not fetch URL: ...") on any network or HTTP failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
            final_url = response.geturl() or url
    except urllib.error.HTTPError as exc:
        raise IngestError(f"could not fetch URL: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise IngestError(f"could not fetch URL: {exc.reason}") from exc
    except TimeoutError as exc:
        raise IngestError(f"could not fetch URL: timed out after {timeout:g} s") from exc
    except (OSError, ValueError) as exc:
        raise IngestError(f"could not fetch URL: {exc}") from exc
    if len(body) > max_bytes:
        raise IngestError(f"text too large: the page at the URL is over the limit of {max_bytes} bytes (max_bytes)")
    return Fetched(body=body, content_type=content_type, url=final_url)
