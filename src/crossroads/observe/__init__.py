"""Observers: they receive one record per request after it is answered and never sit in the data path."""
