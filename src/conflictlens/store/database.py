"""The event store: analyses in, rows out. All SQL of conflictlens lives in this package.

An article is stored once: by its canonical URL when it has one, else by the hash of its
normalised text (the same report scraped twice, or fetched by two URLs with the same text, is a
duplicate). An article and all its places, actors, events, claims and profile are written in one
transaction, so a failure leaves nothing half-stored.

The schema is created and upgraded by Alembic migrations when the store is opened. Any
SQLAlchemy URL works: ``sqlite:///path`` (the embedded default) or ``postgresql://…`` for teams.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..model import Analysis, Article, IngestOutcome
from . import rows, tables

MIGRATIONS = Path(__file__).parent / "migrations"


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Store:
    """A conflictlens database. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str = "sqlite:///conflictlens.sqlite") -> "Store":
        if "://" not in url:
            url = f"sqlite:///{url}"  # a bare path means an SQLite file
        url = _with_installed_postgres_driver(url)
        try:
            engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"Cannot use the database URL {url!r}: {exc}. Check the URL (and install psycopg for PostgreSQL).") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _enable_sqlite_foreign_keys)
            db_path = engine.url.database
            if db_path and db_path != ":memory:":
                Path(db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        store = cls(engine)
        store.migrate()
        return store

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"Cannot open or migrate the database at {self.engine.url!r}: {exc.__class__.__name__}: {exc}. Is it reachable and writable?") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def find_duplicate(self, article: Article) -> str | None:
        """The id of an already stored article with the same canonical URL or text, if any."""
        conditions = [tables.articles.c.content_hash == article.content_hash, tables.articles.c.id == article.id]
        if article.canonical_url:
            conditions.append(tables.articles.c.canonical_url == article.canonical_url)
        with self.engine.connect() as connection:
            return connection.execute(select(tables.articles.c.id).where(or_(*conditions)).limit(1)).scalar()

    def save_analysis(self, analysis: Analysis) -> IngestOutcome:
        """Store an article and everything read from it, atomically; duplicates are not stored."""
        article = analysis.article
        existing = self.find_duplicate(article)
        if existing:
            return IngestOutcome(article.source, "duplicate", existing, f"already stored as {existing}")
        try:
            with self.engine.begin() as connection:
                connection.execute(tables.articles.insert(), rows.article_row(article, "analysed", None))
                for table, values in rows.analysis_rows(analysis):
                    if values:
                        connection.execute(table.insert(), values)
        except IntegrityError as exc:
            # Lost a race with another writer storing the same article: it is stored once.
            # Any other constraint failure is a bug, reported as such.
            existing = self.find_duplicate(article)
            if existing:
                return IngestOutcome(article.source, "duplicate", existing, "already stored")
            raise StoreError(f"Could not store {article.source}: {exc.orig}. Nothing of it was written.") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not store {article.source}: {exc.__class__.__name__}: {exc}. Nothing of it was written.") from exc
        counts = {"places": len(analysis.places), "actors": len(analysis.actors), "events": len(analysis.events), "claims": len(analysis.claims)}
        return IngestOutcome(article.source, "stored", article.id, None, counts)

    def save_unanalysed(self, article: Article, reason: str) -> IngestOutcome:
        """Keep an article we do not analyse (e.g. not English), marked with the reason."""
        existing = self.find_duplicate(article)
        if existing:
            return IngestOutcome(article.source, "duplicate", existing, f"already stored as {existing}")
        try:
            with self.engine.begin() as connection:
                connection.execute(tables.articles.insert(), rows.article_row(article, "not_analysed", reason))
        except IntegrityError:
            return IngestOutcome(article.source, "duplicate", self.find_duplicate(article), "already stored")
        return IngestOutcome(article.source, "not_analysed", article.id, reason)

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {
                name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("articles", tables.articles), ("events", tables.events), ("claims", tables.claims), ("places", tables.places), ("actor_mentions", tables.actor_mentions))
            }

    def articles(self, *, limit: int | None = None) -> list[dict]:
        columns = [c for c in tables.articles.c if c.name not in ("text", "metadata")]
        return self._select(select(*columns).order_by(tables.articles.c.published, tables.articles.c.id), limit)

    def article_text(self, article_id: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.execute(select(tables.articles.c.text).where(tables.articles.c.id == article_id)).scalar()

    def events(
        self,
        *,
        country: str | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        e = tables.events
        query = select(e, tables.articles.c.url, tables.articles.c.title).join(tables.articles).order_by(e.c.event_date, e.c.id)
        if country:
            query = query.where(e.c.country_code == country.upper())
        if event_type:
            query = query.where(or_(e.c.event_type == event_type, e.c.sub_event_type == event_type))
        if actor:
            pattern = f"%{actor}%"
            query = query.where(or_(e.c.actor1.ilike(pattern), e.c.actor2.ilike(pattern), e.c.actor1_id == actor, e.c.actor2_id == actor))
        if since:
            query = query.where(e.c.event_date >= since)
        if until:
            query = query.where(e.c.event_date <= until)
        return self._select(query, limit)

    def claims(self, *, kind: str | None = None, attribution: str | None = None, source: str | None = None, article_id: str | None = None, limit: int | None = None) -> list[dict]:
        c = tables.claims.c
        query = select(tables.claims, tables.articles.c.url, tables.articles.c.title).join(tables.articles).order_by(c.article_id, c.ev_start)
        if kind:
            query = query.where(c.kind == kind)
        if attribution:
            query = query.where(c.attribution == attribution)
        if source:
            pattern = f"%{source}%"
            query = query.where(or_(c.source_text.ilike(pattern), c.source_name.ilike(pattern), c.affiliation.ilike(pattern)))
        if article_id:
            query = query.where(c.article_id == article_id)
        return self._select(query, limit)

    def places(self, *, country: str | None = None, literal_only: bool = True, limit: int | None = None) -> list[dict]:
        """Places grouped by gazetteer entry; by default only mentions used as locations."""
        p = tables.places
        query = (
            select(p.c.name, p.c.level, p.c.geo_precision, p.c.latitude, p.c.longitude, p.c.country_code, p.c.admin1, p.c.gazetteer_id, func.count().label("mentions"), func.count(func.distinct(p.c.article_id)).label("articles"))
            .group_by(p.c.name, p.c.level, p.c.geo_precision, p.c.latitude, p.c.longitude, p.c.country_code, p.c.admin1, p.c.gazetteer_id)
            .order_by(func.count().desc(), p.c.name)
        )
        if country:
            query = query.where(p.c.country_code == country.upper())
        if literal_only:
            query = query.where(p.c.use == "literal")
        return self._select(query, limit)

    def _select(self, query, limit: int | None) -> list[dict]:
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]


def _with_installed_postgres_driver(url: str) -> str:
    """"postgresql://…" means psycopg2 to SQLAlchemy; the project's [postgres] extra installs
    psycopg 3, so a plain URL uses whichever of the two is installed."""
    import importlib.util

    if url.startswith(("postgresql://", "postgres://")) and importlib.util.find_spec("psycopg2") is None and importlib.util.find_spec("psycopg") is not None:
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading) the store at ``url``, or the configured default."""
    if url is None:
        from ..config import load_settings

        url = load_settings().database_url
    return Store.open(url)


