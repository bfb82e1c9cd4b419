"""PySide6 screens: the resident's touch screens (Qt Quick) and the staff console (Qt Widgets)."""
