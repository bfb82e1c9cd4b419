"""The staff console (職員画面, Qt Widgets): login, live queue, review, approval, the day."""
