"""Delivery of approved notifications to the back-office 住民記録 system."""
