"""Delivery of approved notifications to the back-office 住民記録 system (送信).

Modules, one idea each:

- :mod:`sync.worker` — :class:`~sync.worker.OutboxWorker`: claims outbox rows with a renewed
  lease, delivers, records outcomes in batches through :mod:`kiosk.outbox` and
  :mod:`kiosk.workflow`, probes a route that is down one request at a time;
  ``running_in_thread`` for the single-PC mode;
- :mod:`sync.delivery` — what adapters take and answer (:class:`~sync.delivery.Parcel`,
  ``Delivered`` / ``RetryLater`` / ``Rejected``), the :class:`~sync.delivery.RetryPolicy`
  (capped backoff, no cap on attempts) and the :class:`~sync.delivery.OutagePolicy`;
- :mod:`sync.http_adapter` — signed HTTP JSON delivery (httpx, mutual TLS);
- :mod:`sync.csv_drop` — the CSV drop folder with its done/error acknowledgement;
- :mod:`sync.reconcile` — the day's reconciliation CSV;
- :mod:`sync.signing` — RFC 9421 HTTP Message Signatures with an RFC 9530 digest;
- :mod:`sync.transport` — which URLs personal data may go to; TLS contexts;
- :mod:`sync.service` — adapters and the signing key from ``kiosk.toml``;
- :mod:`sync.receiver`, :mod:`sync.contract` — the reference receiver (FastAPI, optional
  ``backoffice`` extra) and the OpenAPI intake contract generated from it.
"""
