"""The pre-entry page (事前入力) for phones: static files, their wording and postal data, and the
small read-only server ``kiosk preentry serve`` runs (see :mod:`.site` and :mod:`.server`)."""
