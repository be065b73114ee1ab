"""Multipart forms parsed in memory: an uploaded file never touches the disk.

Starlette spools uploads over 1 MB to a temporary file; this parser keeps the whole part in
memory, up to the size limit the request-size middleware already enforced.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import FormParser, MultiPartParser
from starlette.requests import Request

MAX_FIELDS = 30


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str | None
    data: bytes


def _in_memory_parser(spool_bytes: int) -> type[MultiPartParser]:
    return type("InMemoryMultiPartParser", (MultiPartParser,), {"spool_max_size": spool_bytes})


async def read_form(request: Request, max_bytes: int, max_field_bytes: int) -> FormData:
    """The request's form (multipart or urlencoded), file parts held in memory."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        parser = _in_memory_parser(max_bytes + 1)(
            request.headers,
            request.stream(),
            max_files=1,
            max_fields=MAX_FIELDS,
            max_part_size=max_field_bytes,
        )
        return await parser.parse()
    if content_type.startswith("application/x-www-form-urlencoded"):
        return await FormParser(request.headers, request.stream()).parse()
    return FormData()


async def uploaded_file(form: FormData, name: str) -> UploadedFile | None:
    """The file sent in field ``name``, read into memory; None when no file was chosen."""
    value = form.get(name)
    if not isinstance(value, UploadFile) or not value.filename:
        return None
    data = await value.read()
    await value.close()
    return UploadedFile(value.filename, value.content_type, data)


def text_field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""
