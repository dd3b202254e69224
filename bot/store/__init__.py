"""The database: the work queue and the record of every mail, case and reply."""
