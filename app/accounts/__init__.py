"""Staff users, password hashing, login tokens and anonymous student sessions."""
