"""What a checklist check produces, as plain models: the result of `cnsr check` and the form
the store keeps it in. Light on purpose (pydantic and the rating models only): the batch's
worker outcome, the store and the web app import it without the reader."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cnsr.rating import Company, Evidence

Level = Literal["must", "if_material", "if_exists", "encouraged"]
LEVELS: tuple[Level, ...] = ("must", "if_material", "if_exists", "encouraged")
Status = Literal["met", "partly", "missing"]
STATUSES: tuple[Status, ...] = ("met", "partly", "missing")


class Text(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class ItemResult(BaseModel):
    item: str
    level: Level
    pillar: str
    status: Status
    found_by: str = Field(default="", description="point id, 'figure', 'rule' or 'navigation'")
    evidence: list[Evidence] = Field(default_factory=list)
    reason: Text | None = None


class Readiness(BaseModel):
    level: Level
    items: int
    met: int
    partly: int
    missing: int
    share: float


class CheckResult(BaseModel):
    framework: str
    company: Company
    files: list[str]
    rated_with: str
    rating_stage: int
    rating_total: float
    items: list[ItemResult]
    readiness: list[Readiness]
    add_first: list[str]


class StoredCheck(BaseModel):
    """A check result with what is needed to show it later without its bundle: the bundle's
    version (a digest of its files, so a changed rule is a new version) and the names of its
    levels and items as they were when it ran."""

    framework: str
    version: str
    title: Text
    levels: dict[str, Text]
    names: dict[str, Text]
    result: CheckResult

    @property
    def label(self) -> str:
        return f"{self.framework}@{self.version}"

    def name(self, item: str, lang: str) -> str:
        found = self.names.get(item)
        return found.get(lang) if found else item

    def level_name(self, level: str, lang: str) -> str:
        found = self.levels.get(level)
        return found.get(lang) if found else level

    def share(self) -> float:
        """All items together: met plus half of partly, over the items."""
        items = self.result.items
        if not items:
            return 0.0
        met = sum(r.status == "met" for r in items)
        partly = sum(r.status == "partly" for r in items)
        return round((met + partly / 2) / len(items), 4)


class CheckSummary(BaseModel):
    """A stored check in one line, as a ranking shows it beside a company-year: readiness over
    all items and how many of the `must` items are missing."""

    framework: str
    key: str
    share: float
    must_items: int
    must_missing: int

    @classmethod
    def of(cls, check: StoredCheck) -> CheckSummary:
        return summary_of(check.framework, check.result.company.key, check.share(),
                          check.result.readiness)


def summary_of(framework: str, key: str, share: float,
               readiness: list[Readiness] | list[dict[str, Any]]) -> CheckSummary:
    """From a check's overall share and its readiness by level: models, or their JSON as the
    store's `checks.readiness` column holds it (read as it is: a year page may hold
    thousands)."""
    must = next((lv.model_dump() if isinstance(lv, Readiness) else lv for lv in readiness
                 if (lv.level if isinstance(lv, Readiness) else lv["level"]) == "must"), None)
    return CheckSummary(framework=framework, key=key, share=share,
                        must_items=int(must["items"]) if must else 0,
                        must_missing=int(must["missing"]) if must else 0)
