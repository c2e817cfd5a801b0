"""Tools beside the app, never used by it: the scripts that write the operation data under geodata/, and the screenshot comparison."""
