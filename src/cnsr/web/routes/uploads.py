"""Upload a company's documents with its metadata; the rating runs in the background and the
page polls its progress (htmx). Files are checked by size and by content (magic bytes) and
stored under generated names; the uploaded name is kept only as display text."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.company_fields import CompanyFieldsError, check_company
from cnsr.store.review_workflow import User
from cnsr.web import i18n
from cnsr.web.auth import Analyst
from cnsr.web.render import page
from cnsr.web.security import sniff_upload, stored_name
from cnsr.web.state import MB, WebState, state
from cnsr.web.views import company_ids

router = APIRouter()
CHUNK = 1024 * 1024


class Refused(Exception):
    pass


def _form(request: Request, error: str | None = None, status_code: int = 200,
          values: dict[str, str] | None = None) -> Response:
    web = state(request)
    return page(request, "upload.html", status_code=status_code, error=error,
                values=values or {}, jobs=web.jobs.recent(), mb=f"{web.limits.upload_bytes / MB:.3g}",
                max_files=web.limits.upload_files)


@router.get("/uploads")
def upload_form(request: Request, user: User = Analyst) -> Response:
    return _form(request)


@router.post("/uploads")
async def upload(request: Request, files: Annotated[list[UploadFile], File()],
                 name: str = Form(max_length=300), code: str = Form(""),
                 industry: str = Form("", max_length=10), size: str = Form("", max_length=10),
                 year: int = Form(),
                 user: User = Analyst) -> Response:
    web = state(request)
    values = {"name": name, "code": code, "industry": industry, "size": size, "year": str(year)}
    try:  # the same check as `cnsr rate` and the batch manifest
        company = check_company(name=name, code=code, industry=industry, size=size, year=year)
    except CompanyFieldsError as err:
        return _form(request, "; ".join(p.message for p in err.problems), 422, values)
    try:
        saved = await _save_all(web, files)
    except Refused as err:
        web.review.log(user.name, "upload_refused", key=company.key, reason=str(err),
                       after=", ".join(Path(f.filename or "file").name[:200] for f in files))
        return _form(request, str(err), 415 if "type" in str(err) else 413, values)
    job_id = web.jobs.submit(company, user.name, saved)
    return RedirectResponse(f"/uploads/{job_id}", status_code=303)


async def _save_all(web: WebState, files: list[UploadFile]) -> list[dict[str, object]]:
    if not files or len(files) > web.limits.upload_files:
        raise Refused(f"between 1 and {web.limits.upload_files} files")
    saved: list[dict[str, object]] = []
    try:
        for upload in files:
            saved.append(await _save(web, upload))
    except Refused:
        for item in saved:
            (web.upload_dir / str(item["stored"])).unlink(missing_ok=True)
        raise
    return saved


async def _save(web: WebState, upload: UploadFile) -> dict[str, object]:
    shown = Path(upload.filename or "file").name[:200]
    tmp = web.upload_dir / stored_name("part")
    digest, total = hashlib.sha256(), 0
    try:
        with tmp.open("wb") as out:
            while chunk := await upload.read(CHUNK):
                total += len(chunk)
                if total > web.limits.upload_bytes:
                    raise Refused(f"{shown}: larger than {web.limits.upload_bytes // MB} MB")
                digest.update(chunk)
                out.write(chunk)
        try:
            kind = sniff_upload(tmp)
        except ValueError as err:
            raise Refused(f"{shown}: wrong type: {err}") from None
        final = web.upload_dir / stored_name(kind)
        tmp.rename(final)
    finally:
        tmp.unlink(missing_ok=True)
    return {"original": shown, "stored": final.name, "kind": kind, "bytes": total,
            "sha256": digest.hexdigest()}


@router.get("/uploads/{job_id}")
def job_page(request: Request, job_id: int, user: User = Analyst) -> Response:
    return _job(request, job_id, "job.html")


@router.get("/uploads/{job_id}/status")
def job_status(request: Request, job_id: int, user: User = Analyst) -> Response:
    return _job(request, job_id, "job_status.html")


def _job(request: Request, job_id: int, template: str) -> Response:
    web = state(request)
    job = web.jobs.job(job_id)
    if job is None:
        raise HTTPException(status_code=404)
    if job.status == "done":
        job.company_year_id = company_ids(web, [job.key]).get(job.key)
    lang = i18n.choose(request)
    return page(request, template, job=job, status_text=i18n.t(f"job_{job.status}", lang))
