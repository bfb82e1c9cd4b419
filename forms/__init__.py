"""The 住民異動届 (notification of change of residence) as data, rules and printed outputs."""
