"""Errors a user can act on. Each carries a stable ``code`` for the CLI and the API."""

from __future__ import annotations


class CareerNavError(Exception):
    """Base class: a message written for the person using CareerNav."""

    code = "careernav_error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class DocumentError(CareerNavError):
    """A document could not be read; the message says why and what to do."""

    code = "document_unreadable"


class FileTooLargeError(DocumentError):
    code = "file_too_large"


class EmptyDocumentError(DocumentError):
    code = "empty_document"


class EncryptedDocumentError(DocumentError):
    code = "encrypted_document"


class ImageOnlyDocumentError(DocumentError):
    code = "image_only_document"


class CorruptDocumentError(DocumentError):
    code = "corrupt_document"


class UnsupportedFormatError(DocumentError):
    code = "unsupported_format"


class UnknownRoleError(CareerNavError):
    code = "unknown_role"


class UnknownSkillError(CareerNavError):
    code = "unknown_skill"


class DataSourceError(CareerNavError):
    """An import source (ESCO, O*NET, a job corpus) is missing or malformed."""

    code = "bad_data_source"
