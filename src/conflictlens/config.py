"""Settings: packaged defaults, then the user's TOML file, then CONFLICTLENS_* environment variables.

The file is ``$CONFLICTLENS_CONFIG`` if set, else ``~/.config/conflictlens/config.toml`` if it
exists. Every key of :class:`Settings` can be set in either place; environment variables win.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

DEFAULT_CONFIG_FILE = Path("~/.config/conflictlens/config.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    # Where the embedded store lives. Any SQLAlchemy URL works; postgresql:// serves teams.
    database_url: str = "sqlite:///conflictlens.sqlite"
    # None: official en_core_web_sm/trf if installed, else the PyPI re-upload.
    spacy_model: str | None = None
    # Inputs larger than this are refused before any parsing (bytes).
    max_input_bytes: int = 5_000_000
    # URL fetching: timeouts in seconds, response cap in bytes, redirect limit.
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    # Networks (CIDR) the SSRF guard lets through, e.g. "10.0.0.0/8" for an intranet feed.
    # Comma-separated in CONFLICTLENS_FETCH_ALLOW_NETWORKS.
    fetch_allow_networks: tuple[str, ...] = ()
    # Where built indexes (the gazetteer) are cached.
    cache_dir: str = "~/.cache/conflictlens"
    # Texts shorter than this many letters are not analysed as articles.
    min_text_chars: int = 40
    # Batch size for nlp.pipe.
    batch_size: int = 32

    @property
    def cache_path(self) -> Path:
        return Path(self.cache_dir).expanduser()


def _coerce(name: str, raw: object, target: type) -> object:
    try:
        if target is tuple:
            items = raw.split(",") if isinstance(raw, str) else list(raw)  # type: ignore[arg-type]
            return tuple(item.strip() for item in items if item.strip())
        if target is bool:
            return str(raw).lower() in ("1", "true", "yes", "on")
        return target(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Setting {name}={raw!r} is not a valid {target.__name__}; fix it in your config file or environment.") from exc


def load_settings(**overrides: object) -> Settings:
    """Build Settings from defaults, the config file, the environment, then explicit overrides."""
    values: dict[str, object] = {}
    types = {f.name: f.type for f in dataclasses.fields(Settings)}
    py_types = {"str": str, "int": int, "float": float, "bool": bool, "str | None": str, "tuple[str, ...]": tuple}

    config_file = Path(os.environ.get("CONFLICTLENS_CONFIG", DEFAULT_CONFIG_FILE)).expanduser()
    if config_file.is_file():
        try:
            data = tomllib.loads(config_file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"Cannot read config file {config_file}: {exc}. Fix or remove it.") from exc
        for key, raw in data.items():
            if key not in types:
                raise ConfigError(f"Unknown setting {key!r} in {config_file}; known: {', '.join(sorted(types))}.")
            values[key] = _coerce(key, raw, py_types[str(types[key])])

    for key, type_name in types.items():
        env_value = os.environ.get(f"CONFLICTLENS_{key.upper()}")
        if env_value is not None:
            values[key] = _coerce(key, env_value, py_types[str(type_name)])

    for key, raw in overrides.items():
        if key not in types:
            raise ConfigError(f"Unknown setting {key!r}.")
        if raw is not None:
            values[key] = raw
    return Settings(**values)
