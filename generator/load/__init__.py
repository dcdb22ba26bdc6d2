"""Load: read the files under content/ into plain data with source positions."""
