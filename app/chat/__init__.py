"""Rooms, messages, the queue and matching, and the WebSocket hub. See docs/chat.md."""
