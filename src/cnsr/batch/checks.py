"""`cnsr batch --check NAME`: checklist results beside the rating, from the same reading.

The worker reads each document once; the rating (when it is due) and every checklist due for
the company-year are computed from those parsed documents, so a check costs its analysis, never
a second parse of the PDFs. A check has its own fingerprint (company-year, `id@version` of the
bundle, input hashes): a batch run again checks what is missing or changed only, and a
company-year whose rating is stored already is read for its checks without being re-rated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cnsr.batch.executors import JobResult, RateFn, _line
from cnsr.errors import CnsrError
from cnsr.rating import Company


@dataclass(frozen=True)
class CheckPlan:
    """One checklist a batch applies: how workers find it, its id and its versioned label."""

    spec: str
    id: str
    label: str


@dataclass(frozen=True)
class Checks:
    plans: tuple[CheckPlan, ...]
    methodology: str | None
    """What the reader rates with (a methodology file or bundle; None: the default)."""

    def work(self, rate: bool, specs: tuple[str, ...]) -> RateFn:
        return partial(read_rate_check, methodology=self.methodology, rate=rate, checks=specs)


def plan_checks(names: list[str], methodology: str | None) -> Checks:
    """Load (and so validate) each named checklist in the parent, before any work starts."""
    from cnsr.frameworks.checklist import load_checklist
    from cnsr.frameworks.stored import checklist_label

    plans: dict[str, CheckPlan] = {}
    for name in names:
        checklist = load_checklist(name)
        spec = str(Path(name).resolve()) if Path(name).exists() else name
        if checklist.id in plans:
            raise CnsrError(f"--check {name}: checklist {checklist.id} is given twice")
        plans[checklist.id] = CheckPlan(spec, checklist.id, checklist_label(checklist))
    return Checks(tuple(plans.values()), methodology)


def read_rate_check(paths: list[Path], company: Company, *, methodology: str | None,
                    rate: bool, checks: tuple[str, ...]) -> JobResult:
    """Read `paths` once; rate them (when `rate`) and check them against each checklist.
    A checklist that fails is one line in `check_errors`; the rest is kept."""
    from cnsr.assess.rate import rate_documents
    from cnsr.frameworks.check import check_documents
    from cnsr.frameworks.checklist import load_checklist
    from cnsr.frameworks.stored import stored_check
    from cnsr.ingest import read_document
    from cnsr.methodology import load_methodology

    documents = [read_document(p) for p in paths]
    rating = rate_documents(documents, company, load_methodology(methodology)) if rate else None
    done = JobResult(rating=rating)
    for spec in checks:
        checklist = load_checklist(spec)
        try:
            _, result = check_documents(documents, company, checklist)
        except CnsrError as err:
            done.check_errors[checklist.id] = _line(str(err))
        except Exception as err:  # a bug in one checklist must not cost the rating
            done.check_errors[checklist.id] = _line(
                f"internal error: {type(err).__name__}: {err}")
        else:
            done.checks.append(stored_check(checklist, result))
    return done
