"""Friendly random handles for anonymous students ("Quiet Otter"). Never derived from anything."""

from __future__ import annotations

import secrets

ADJECTIVES = (
    "Quiet", "Gentle", "Brave", "Calm", "Bright", "Kind", "Steady", "Curious", "Sunny", "Soft",
    "Clever", "Hopeful", "Patient", "Warm", "Swift", "Cosy", "Mellow", "Bold", "Lucky", "Merry",
    "Silver", "Golden", "Misty", "Starry", "Little", "Wise", "Peaceful", "Cheerful", "Friendly",
    "Dreamy",
)
ANIMALS = (
    "Otter", "Fox", "Panda", "Owl", "Koala", "Dolphin", "Heron", "Badger", "Rabbit", "Robin",
    "Turtle", "Penguin", "Deer", "Hedgehog", "Sparrow", "Seal", "Lynx", "Wren", "Falcon", "Moth",
    "Beaver", "Finch", "Lemur", "Puffin", "Squirrel", "Whale", "Gecko", "Crane", "Alpaca", "Kiwi",
)


def random_handle() -> str:
    return f"{secrets.choice(ADJECTIVES)} {secrets.choice(ANIMALS)}"
