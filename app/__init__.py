"""Haven: real-time anonymous peer-support chat for schools. See docs/architecture.md."""
