"""Constants shared by the batch-m example files (written literally, no templating)."""

REJ = ("The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, "
       "the new_string was NOT written to the file). STOP what you are doing and wait for the user to tell you how to proceed.")
INT = "[Request interrupted by user for tool use]"
