"""Preference routers behind one small interface: a conversation and the routes in, a route (or none) out."""
