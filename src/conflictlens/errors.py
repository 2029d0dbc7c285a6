"""One exception tree for everything conflictlens raises on purpose.

    ConflictlensError
     ├── InputError                  the input cannot be read as an article
     │    ├── SourceNotFound         missing file, empty directory
     │    ├── EmptyText              nothing left after cleaning
     │    ├── BinaryInput            not text (NUL bytes, an image, a PDF …)
     │    ├── UndecodableInput       bytes that decode under no plausible encoding
     │    ├── InputTooLarge          over the configured size cap
     │    └── UnsupportedLanguage    not English: stored and marked, not analysed
     ├── FetchError                  a URL could not be fetched
     │    ├── RefusedAddress         private, loopback, link-local, multicast … (SSRF guard)
     │    └── FetchFailed            timeouts, DNS failure, HTTP errors, too many redirects
     ├── ModelNotAvailable           the spaCy model is not installed
     ├── StoreError                  the database cannot be opened or written
     └── ConfigError                 a settings file or variable is invalid

Every message says what happened and what to do, in one line. Other libraries' errors are
wrapped at the boundary with ``raise ... from exc`` so the cause stays visible in tracebacks.
"""

from __future__ import annotations


class ConflictlensError(Exception):
    """Base of every error conflictlens raises on purpose."""


class InputError(ConflictlensError):
    """The input cannot be read as an article."""


class SourceNotFound(InputError):
    pass


class EmptyText(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class UnsupportedLanguage(InputError):
    def __init__(self, message: str, language: str | None = None) -> None:
        super().__init__(message)
        self.language = language


class FetchError(ConflictlensError):
    """A URL could not be fetched."""


class RefusedAddress(FetchError):
    pass


class FetchFailed(FetchError):
    pass


class ModelNotAvailable(ConflictlensError):
    pass


class StoreError(ConflictlensError):
    pass


class ConfigError(ConflictlensError):
    pass
