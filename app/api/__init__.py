"""REST routes, thin: parse, authorise, call a service (PROTOCOL.md, HTTP)."""
