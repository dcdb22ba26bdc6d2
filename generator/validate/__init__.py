"""Validate: turn loaded data into typed models and check references between them."""
