"""WebSocket frames of PROTOCOL.md: client frames are pydantic models in a discriminated
union on "type"; server frames are built by the small functions at the bottom."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, field_validator

ClientMsgId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
RoomId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
MAX_TEXT = 2000


def _text_ok(value: str) -> str:
    if not value.strip():
        raise ValueError("text must not be only white space")
    return value


class _Frame(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Hello(_Frame):
    type: Literal["hello"]
    token: str | None = None
    resume: dict[RoomId, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)


class RequestChat(_Frame):
    type: Literal["request_chat"]
    topic: Annotated[str, StringConstraints(max_length=64)] | None = None
    mood: Annotated[int, Field(ge=1, le=5)] | None = None
    message: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)] | None = None
    client_msg_id: ClientMsgId | None = None

    @field_validator("message")
    @classmethod
    def _message(cls, v: str | None) -> str | None:
        return None if v is None else _text_ok(v)

    def model_post_init(self, _ctx: Any) -> None:
        if self.message is not None and self.client_msg_id is None:
            raise ValueError("client_msg_id is required with message")


class CancelRequest(_Frame):
    type: Literal["cancel_request"]


class Send(_Frame):
    type: Literal["send"]
    room_id: RoomId
    client_msg_id: ClientMsgId
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]

    _check = field_validator("text")(classmethod(lambda cls, v: _text_ok(v)))


class Typing(_Frame):
    type: Literal["typing"]
    room_id: RoomId


class EndChat(_Frame):
    type: Literal["end_chat"]
    room_id: RoomId


class SetStatus(_Frame):
    type: Literal["set_status"]
    status: Literal["available", "away"]


class Escalate(_Frame):
    type: Literal["escalate"]
    room_id: RoomId
    reason: Annotated[str, StringConstraints(max_length=MAX_TEXT)] = ""


class Join(_Frame):
    type: Literal["join"]
    room_id: RoomId


class Whisper(_Frame):
    type: Literal["whisper"]
    room_id: RoomId
    client_msg_id: ClientMsgId
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]

    _check = field_validator("text")(classmethod(lambda cls, v: _text_ok(v)))


class Ping(_Frame):
    type: Literal["ping"]


ClientFrame = Annotated[
    Hello
    | RequestChat
    | CancelRequest
    | Send
    | Typing
    | EndChat
    | SetStatus
    | Escalate
    | Join
    | Whisper
    | Ping,
    Field(discriminator="type"),
]
CLIENT_TYPES = frozenset(
    m.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]
    for m in (Hello, RequestChat, CancelRequest, Send, Typing, EndChat, SetStatus, Escalate,
              Join, Whisper, Ping)
)
client_frame: TypeAdapter[ClientFrame] = TypeAdapter(ClientFrame)


# --- server -> client -------------------------------------------------------------------

def error(code: str, message: str, ref: str | None) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message, "ref": ref}


def queued(position: int, estimated_wait_s: int | None) -> dict[str, Any]:
    return {"type": "queued", "position": position, "estimated_wait_s": estimated_wait_s}


def sent(room_id: str | None, client_msg_id: str, seq: int | None) -> dict[str, Any]:
    return {"type": "sent", "room_id": room_id, "client_msg_id": client_msg_id, "seq": seq}


def room_closed(room_id: str, reason: str | None, by_role: str | None) -> dict[str, Any]:
    return {"type": "room_closed", "room_id": room_id, "reason": reason, "by_role": by_role}


def withheld(room_id: str | None, client_msg_id: str, reason: str | None) -> dict[str, Any]:
    return {"type": "withheld", "room_id": room_id, "client_msg_id": client_msg_id,
            "reason": reason}


def risk_alert(room_id: str, seq: int, level: str, category: str | None,
               guidance: str | None) -> dict[str, Any]:
    return {"type": "risk_alert", "room_id": room_id, "seq": seq, "level": level,
            "category": category, "guidance": guidance}
