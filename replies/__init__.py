"""Outgoing mail: templates, composition with threading headers, SMTP sending."""
