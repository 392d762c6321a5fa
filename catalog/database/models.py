"""ORM models: the OZG catalog, the municipality registry and the screening results."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Themenfeld(Base):
    __tablename__ = "themenfeld"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Lebenslage(Base):
    __tablename__ = "lebenslage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    themenfeld_id: Mapped[int] = mapped_column(ForeignKey("themenfeld.id"))


class OzgLeistung(Base):
    __tablename__ = "ozg_leistung"

    ozg_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    themenfeld_id: Mapped[int] = mapped_column(ForeignKey("themenfeld.id"), index=True)
    lebenslage_id: Mapped[int] = mapped_column(ForeignKey("lebenslage.id"))

    themenfeld: Mapped[Themenfeld] = relationship(lazy="joined")
    lebenslage: Mapped[Lebenslage] = relationship(lazy="joined")


class LeikaLeistung(Base):
    __tablename__ = "leika_leistung"

    leika_key: Mapped[str] = mapped_column(String(14), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    typisierung: Mapped[str] = mapped_column(String(20), default="")
    ozg_id: Mapped[str | None] = mapped_column(ForeignKey("ozg_leistung.ozg_id"), index=True)


class Synonym(Base):
    """A phrasing citizens or municipal websites use for an OZG-Leistung."""

    __tablename__ = "synonym"
    __table_args__ = (UniqueConstraint("ozg_id", "phrase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ozg_id: Mapped[str] = mapped_column(ForeignKey("ozg_leistung.ozg_id"), index=True)
    phrase: Mapped[str] = mapped_column(String(300))


class Relevance(Base):
    """Whether a municipality type provides an OZG-Leistung itself (the base for coverage)."""

    __tablename__ = "relevance"

    ozg_id: Mapped[str] = mapped_column(ForeignKey("ozg_leistung.ozg_id"), primary_key=True)
    municipality_type: Mapped[str] = mapped_column(String(30), primary_key=True)


class Municipality(Base):
    __tablename__ = "municipality"

    ars: Mapped[str] = mapped_column(String(12), primary_key=True)
    ags: Mapped[str | None] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    designation: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(2), index=True)
    kreis_ars: Mapped[str | None] = mapped_column(ForeignKey("municipality.ars"), index=True)
    samtgemeinde_ars: Mapped[str | None] = mapped_column(ForeignKey("municipality.ars"), index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    # WGS 84 degrees from the Destatis register; Kreise and Samtgemeinden take the mean of their Gemeinden.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str | None] = mapped_column(String(500))
    website_source: Mapped[str | None] = mapped_column(String(20))
    website_confidence: Mapped[float | None] = mapped_column(Float)
    website_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    kreis: Mapped[Municipality | None] = relationship(remote_side=[ars], foreign_keys=[kreis_ars])
    samtgemeinde: Mapped[Municipality | None] = relationship(remote_side=[ars], foreign_keys=[samtgemeinde_ars])


class Run(Base):
    """One screening job: a single `check` or a statewide run over many municipalities."""

    __tablename__ = "run"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    selection: Mapped[dict[str, Any]] = mapped_column(default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scoring_version: Mapped[str] = mapped_column(String(40), default="")

    screenings: Mapped[list[Screening]] = relationship(back_populates="run", cascade="all, delete-orphan")


class Screening(Base):
    """One site screened within a run: its crawl status and counts."""

    __tablename__ = "screening"
    __table_args__ = (
        UniqueConstraint("run_id", "start_url"),
        Index("ix_screening_municipality_run", "municipality_ars", "run_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    municipality_ars: Mapped[str | None] = mapped_column(ForeignKey("municipality.ars"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    start_url: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(30), index=True)
    pages_crawled: Mapped[int] = mapped_column(Integer, default=0)
    portal_pages: Mapped[int] = mapped_column(Integer, default=0)
    rendered_pages: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    errors: Mapped[list[Any]] = mapped_column(default=list)
    # Distributed runs: attempts started so far, and the worker of the latest one.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worker: Mapped[str] = mapped_column(String(100), default="", server_default="")
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    run: Mapped[Run] = relationship(back_populates="screenings")
    municipality: Mapped[Municipality | None] = relationship()


class Evidence(Base):
    """A fact the crawl saw: a page, a link, a document or an online form. Judged later, never here."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_screening_kind", "screening_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    screening_id: Mapped[int] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    page_url: Mapped[str] = mapped_column(Text, default="")
    page_title: Mapped[str] = mapped_column(Text, default="")
    http_status: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Result(Base):
    """The maturity of one OZG-Leistung for one screened site in one run."""

    __tablename__ = "result"
    __table_args__ = (UniqueConstraint("screening_id", "ozg_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    screening_id: Mapped[int] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), index=True)
    ozg_id: Mapped[str] = mapped_column(ForeignKey("ozg_leistung.ozg_id"), index=True)
    maturity: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)

    evidence_links: Mapped[list[ResultEvidence]] = relationship(cascade="all, delete-orphan")


class ResultEvidence(Base):
    """Which evidence supports a result, at which level, by which rule."""

    __tablename__ = "result_evidence"

    result_id: Mapped[int] = mapped_column(ForeignKey("result.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    rule: Mapped[str] = mapped_column(String(60), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)

    evidence: Mapped[Evidence] = relationship(lazy="joined")


class ApiKey(Base):
    """A key for the REST API's write routes; only its SHA-256 is stored, the key is shown once at creation."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # the key's first characters, to tell keys apart in a list
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Job(Base):
    """Work started through the API (a check or a run), done by a worker process outside the request."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    worker: Mapped[str] = mapped_column(String(100), default="")
    run_id: Mapped[int | None] = mapped_column(ForeignKey("run.id", ondelete="SET NULL"))
    error: Mapped[str] = mapped_column(Text, default="")


class ReviewDecision(Base):
    """An analyst's decision on one service of one municipality; undone decisions are kept as history."""

    __tablename__ = "review_decision"
    __table_args__ = (Index("ix_review_decision_ars_ozg", "ars", "ozg_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ars: Mapped[str] = mapped_column(ForeignKey("municipality.ars"))
    ozg_id: Mapped[str] = mapped_column(ForeignKey("ozg_leistung.ozg_id"))
    kind: Mapped[str] = mapped_column(String(20))  # confirm | reject | set_level (catalog.vocabulary.DecisionKind)
    evidence_url: Mapped[str | None] = mapped_column(Text)  # a rejection of one page; None: the whole service
    level: Mapped[int | None] = mapped_column(Integer)  # set_level: the level; confirm: the level confirmed
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The screening the analyst looked at, and what it showed of the service then (for synonym suggestions).
    screening_id: Mapped[int | None] = mapped_column(ForeignKey("screening.id", ondelete="SET NULL"))
    seen: Mapped[list[Any]] = mapped_column(default=list)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by: Mapped[str | None] = mapped_column(String(100))


class ResultOverride(Base):
    """A decision applied to one service of one stored screening, with the value scoring gave before it."""

    __tablename__ = "result_override"

    screening_id: Mapped[int] = mapped_column(ForeignKey("screening.id", ondelete="CASCADE"), primary_key=True)
    ozg_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("review_decision.id"), index=True)
    maturity: Mapped[int] = mapped_column(Integer)
    automatic_maturity: Mapped[int] = mapped_column(Integer)
    automatic_confidence: Mapped[float] = mapped_column(Float)

    decision: Mapped[ReviewDecision] = relationship(lazy="joined")


class RegisteredImport(Base):
    """One imported list of registered online services: where it came from and when."""

    __tablename__ = "registered_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(300))
    shape: Mapped[str] = mapped_column(String(20))  # dashboard | wsp
    state: Mapped[str | None] = mapped_column(String(2))  # a list without ARS holds for this whole state
    list_date: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    services: Mapped[list[RegisteredService]] = relationship(back_populates="registered_import", cascade="all")


class RegisteredService(Base):
    """A service an authority registered as online, by LeiKa key; mapped to an OZG-Leistung when the catalog can."""

    __tablename__ = "registered_service"
    __table_args__ = (Index("ix_registered_service_import_ars", "import_id", "ars"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("registered_import.id", ondelete="CASCADE"))
    leika_key: Mapped[str] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(500), default="")
    ars: Mapped[str | None] = mapped_column(String(12))  # None: every municipality of the import's state
    ozg_id: Mapped[str | None] = mapped_column(String(5), index=True)  # None: the LeiKa key is not in the catalog
    url: Mapped[str] = mapped_column(Text, default="")
    online_status: Mapped[str] = mapped_column(String(100), default="")
    authority: Mapped[str] = mapped_column(String(300), default="")

    registered_import: Mapped[RegisteredImport] = relationship(back_populates="services")


class DataVersion(Base):
    """One row whose number triggers raise on every write to what the API reads (migration 0011): a cache key."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger)
