"""Which model answers a request: explicit › lane › scenario › sticky › preference router › default."""
