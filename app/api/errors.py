"""The error object of PROTOCOL.md on every failure: {"error": {"code", "message"}}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.accounts.service import AccountError
from app.chat.messages import ChatError

log = logging.getLogger(__name__)

STATUS_CODES = {
    400: "malformed",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "invalid",
    429: "rate_limited",
    503: "unavailable",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, e: ApiError) -> JSONResponse:
        return JSONResponse(body(e.code, e.message), status_code=e.status)

    @app.exception_handler(AccountError)
    async def _account(_: Request, e: AccountError) -> JSONResponse:
        status = 404 if e.code.endswith("not_found") else 422
        return JSONResponse(body(e.code, e.message), status_code=status)

    @app.exception_handler(ChatError)
    async def _chat(_: Request, e: ChatError) -> JSONResponse:
        status = {"not_found": 404, "not_allowed": 403}.get(e.code, 409)
        return JSONResponse(body(e.code, e.message), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONResponse:
        code = STATUS_CODES.get(e.status_code, "error")
        message = e.detail if isinstance(e.detail, str) else "Request failed."
        return JSONResponse(body(code, message), status_code=e.status_code,
                            headers=getattr(e, "headers", None))

    async def _unavailable(_: Request, e: Exception) -> JSONResponse:
        log.warning("storage unavailable: %s", type(e).__name__)
        return JSONResponse(body("unavailable", "The service is having trouble; try again soon."),
                            status_code=503, headers={"Retry-After": "5"})

    # The database or broker is down: a clear 503, not a crash (DESIGN.md, Failure).
    for exc in (OperationalError, DBAPIError, ConnectionError, OSError):
        app.add_exception_handler(exc, _unavailable)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, e: RequestValidationError) -> JSONResponse:
        errors = e.errors()
        if any(err.get("type") == "json_invalid" for err in errors):
            return JSONResponse(body("malformed", "The body is not valid JSON."), status_code=400)
        first = errors[0] if errors else {}
        loc = [str(x) for x in first.get("loc", ()) if x != "body"]
        where = ".".join(loc) or "body"
        return JSONResponse(body("invalid", f"{where}: {first.get('msg', 'invalid')}"),
                            status_code=422)
